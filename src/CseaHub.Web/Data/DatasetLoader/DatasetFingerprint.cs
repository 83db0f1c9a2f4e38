using System.Security.Cryptography;
using System.Text;

namespace CseaHub.Web.Data.DatasetLoader;

/// <summary>
/// What a load of the bundled dataset depends on: every file's path and bytes, and the release that maps them (its
/// module version id changes with any change to the code). Equal fingerprints load the same rows.
/// </summary>
public static class DatasetFingerprint
{
    public static string Of(string root)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(DatasetFingerprint).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            // A name's length goes first, so no name and content can run into the next file's.
            var name = Encoding.UTF8.GetBytes(path);
            hash.AppendData(BitConverter.GetBytes(name.Length));
            hash.AppendData(name);
            var content = File.ReadAllBytes(Path.Combine(root, path));
            hash.AppendData(BitConverter.GetBytes(content.Length));
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
