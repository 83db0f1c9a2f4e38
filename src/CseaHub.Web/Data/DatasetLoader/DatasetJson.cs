using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>
/// Strict JSON settings for dataset files: an unknown or misspelt field, a missing required field or a null where a
/// value is required is an error, not a silently ignored value.
/// </summary>
internal static class DatasetJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        WriteIndented = true,
        IndentSize = 2,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        // Set, not left to the first (de)serialisation: the record form reads the metadata before anything is read.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };
}
