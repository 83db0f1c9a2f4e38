using System.Text.Json;
using System.Text.Json.Serialization;

namespace CseaHub.Web.Api;

public static class HubApi
{
    /// <summary>Anyone's browser may read the public API from any site; no cookie travels with it (no credentials).</summary>
    public const string PublicReadPolicy = "PublicRead";

    public static WebApplicationBuilder AddHubApi(this WebApplicationBuilder builder)
    {
        // Enums travel as the same camel-case words the dataset files use ("professionals", "instrument").
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddOpenApi(options => options.DescribeParameters().AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CseaHub open data API";
            document.Info.Description = ApiDescription;
            return Task.CompletedTask;
        }));
        builder.Services.AddCors(options => options.AddPolicy(PublicReadPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get)
            .WithHeaders("If-None-Match", "Accept", "Accept-Language")
            .WithExposedHeaders("ETag", "Link", "X-Total-Count", "Retry-After")));
        return builder;
    }

    public static WebApplication MapHubApi(this WebApplication app)
    {
        // Anonymous answers are kept until the content changes (ContentCachePolicy); a caller with a token is never cached.
        var read = app.MapGroup(string.Empty).RequireCors(PublicReadPolicy).CacheOutput(Search.ContentCachePolicy.Name);
        read.MapOrganisationsApi();
        read.MapInstrumentsApi();
        read.MapCountriesApi();
        read.MapLibraryApi();
        read.MapMonitoringApi();
        read.MapTaxonomiesApi();
        read.MapSearchApi();
        read.MapCooperationApi();
        app.MapContentApi();
        app.MapOpenApi().RequireCors(PublicReadPolicy);
        app.MapApiReference();
        return app;
    }

    private const string ApiDescription =
        "Read-only access to everything the hub publishes: organisations, legal instruments with articles and parties, " +
        "countries, the library, monitoring rounds and findings, taxonomies, search and the cooperation navigator. " +
        "Lists take `page` and `pageSize`, answer the total in the body and in `X-Total-Count`, and link to the first, " +
        "previous, next and last pages in a `Link` header. Every answer carries an `ETag`: send it back in " +
        "`If-None-Match` to get 304 Not Modified. Errors are RFC 9457 problem details. Anonymous callers see public content.";
}
