using System.Security.Cryptography;
using System.Text.Json;

namespace CseaHub.Web.Data.DatasetLoader;

internal static class RecordHash
{
    /// <summary>A fingerprint of a record's content, so an unchanged file leaves its row (and its timestamps) alone.</summary>
    public static string Of<T>(T record) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record, DatasetJson.Options)));
}
