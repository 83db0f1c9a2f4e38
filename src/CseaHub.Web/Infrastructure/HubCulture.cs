using System.Globalization;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// The URL scheme for languages: English at <c>/…</c>, French at <c>/fr/…</c>. The <c>/fr</c> prefix becomes the
/// request's path base, so every route is written once and every generated link keeps the reader's language.
/// </summary>
public static class HubCulture
{
    public const string English = "en";
    public const string French = "fr";
    public static readonly PathString FrenchPrefix = new("/fr");

    public static IReadOnlyList<string> Languages { get; } = [English, French];

    public static IApplicationBuilder UseCultureFromPath(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var language = English;
            if (context.Request.Path.StartsWithSegments(FrenchPrefix, out var rest))
            {
                language = French;
                context.Request.PathBase = context.Request.PathBase.Add(FrenchPrefix);
                context.Request.Path = rest.HasValue ? rest : new PathString("/");
            }

            var culture = CultureInfo.GetCultureInfo(language == French ? "fr-FR" : "en-GB");
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            await next(context);
        });

    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == French ? French : English;

    /// <summary>The same page in the other language: the path without the path base, under the other prefix.</summary>
    public static string PathIn(HttpRequest request, string language)
    {
        var basePath = request.PathBase.StartsWithSegments(FrenchPrefix, out var outer) ? outer : request.PathBase;
        var path = language == French ? basePath.Add(FrenchPrefix).Add(request.Path) : basePath.Add(request.Path);
        var value = path.Value is { Length: > 1 } p && p.EndsWith('/') ? p.TrimEnd('/') : path.Value;
        return (string.IsNullOrEmpty(value) ? "/" : value) + request.QueryString;
    }
}
