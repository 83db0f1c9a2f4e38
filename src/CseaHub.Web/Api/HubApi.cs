using System.Text.Json;
using System.Text.Json.Serialization;

namespace CseaHub.Web.Api;

public static class HubApi
{
    public static WebApplicationBuilder AddHubApi(this WebApplicationBuilder builder)
    {
        // Enums travel as the same camel-case words the dataset files use ("professionals", "instrument").
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        return builder;
    }

    public static WebApplication MapHubApi(this WebApplication app)
    {
        app.MapOrganisationsApi();
        app.MapInstrumentsApi();
        app.MapCountriesApi();
        app.MapLibraryApi();
        app.MapMonitoringApi();
        app.MapSearchApi();
        app.MapCooperationApi();
        return app;
    }
}
