using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// The URL scheme for languages: English at <c>/…</c>, French at <c>/fr/…</c>. The <c>/fr</c> prefix becomes the
/// request's path base, so every route is written once and every generated link keeps the reader's language.
/// </summary>
public static class HubCulture
{
    public const string English = "en";
    public const string French = "fr";
    private static readonly PathString FrenchPrefix = new("/fr");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");

    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == French ? French : English;

    /// <summary>What <paramref name="compose"/> writes in <paramref name="language"/> (an e-mail to someone who reads another language).</summary>
    public static T In<T>(string language, Func<T> compose)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        SetCulture(language == French ? FrenchCulture : EnglishCulture);
        try
        {
            return compose();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>A local path of the hub (<c>/account/sign-in</c> or <c>/fr/account/sign-in</c>) in <paramref name="language"/>.</summary>
    public static string PathInLanguage(string path, string language)
    {
        var english = new PathString(path).StartsWithSegments(FrenchPrefix, StringComparison.Ordinal, out var rest) ? (rest.HasValue ? rest.Value! : "/") : path;
        return language == French ? FrenchPrefix.Add(english == "/" ? string.Empty : english).Value! : english;
    }

    /// <summary>
    /// Runs before the error handlers, so an error page re-executed for a French request is French too. The API and
    /// the health check have no French form; <c>/FR/…</c> is sent to the one canonical <c>/fr/…</c>.
    /// </summary>
    public static IApplicationBuilder UseCultureFromPath(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!request.Path.StartsWithSegments(FrenchPrefix, StringComparison.OrdinalIgnoreCase, out var rest))
            {
                SetCulture(EnglishCulture);
                await next(context);
                return;
            }

            if (!request.Path.StartsWithSegments(FrenchPrefix, StringComparison.Ordinal))
            {
                context.Response.Redirect(request.PathBase.Add(FrenchPrefix).Add(rest) + request.QueryString, permanent: true);
                return;
            }

            SetCulture(FrenchCulture);
            if (rest.StartsWithSegments("/api") || rest.StartsWithSegments("/health"))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            var (pathBase, path) = (request.PathBase, request.Path);
            request.PathBase = pathBase.Add(FrenchPrefix);
            request.Path = rest.HasValue ? rest : new PathString("/");
            try
            {
                await next(context);
            }
            finally
            {
                (request.PathBase, request.Path) = (pathBase, path);
            }
        });

    /// <summary>
    /// The page the reader is on, in the other language: the same path and query under the other prefix. On an error
    /// page it is the page that failed, not the error page's own address.
    /// </summary>
    public static string PathIn(HttpContext context, string language)
    {
        var request = context.Request;
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>();
        var failed = context.Features.Get<IExceptionHandlerPathFeature>();
        var path = reExecuted is not null ? new PathString(reExecuted.OriginalPath)
            : failed is not null ? new PathString(failed.Path)
            : request.Path;
        var query = reExecuted is not null ? reExecuted.OriginalQueryString ?? string.Empty : request.QueryString.Value;
        var pathBase = request.PathBase.Value ?? string.Empty;
        var basePath = new PathString(CurrentLanguage == French && pathBase.EndsWith(FrenchPrefix.Value!, StringComparison.Ordinal)
            ? pathBase[..^FrenchPrefix.Value!.Length]
            : pathBase);
        var target = language == French ? basePath.Add(FrenchPrefix).Add(path) : basePath.Add(path);
        var value = target.ToUriComponent();
        value = value.Length > 1 ? value.TrimEnd('/') : value;
        return (value.Length == 0 ? "/" : value) + query;
    }

    private static void SetCulture(CultureInfo culture)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
