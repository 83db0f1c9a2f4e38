using System.Text;

namespace CseaHub.Web.Pages;

/// <summary>
/// Enum values as they appear in URLs ("interpretative-opinion"): lower-case words joined by hyphens, so filter
/// addresses read plainly and never change with the C# spelling of a member.
/// </summary>
public static class EnumKeys
{
    public static string ToKey<T>(this T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var key = new StringBuilder(name.Length + 4);
        foreach (var (c, index) in name.Select((c, i) => (c, i)))
        {
            if (index > 0 && char.IsUpper(c))
            {
                key.Append('-');
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    public static T? FromKey<T>(string key)
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => v.ToKey() == key).Cast<T?>().FirstOrDefault();
}
