using System.Text.Json;
using System.Text.Json.Serialization;

namespace CseaHub.Web.Api;

public static class HubApi
{
    public static WebApplicationBuilder AddHubApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        return builder;
    }

    public static WebApplication MapHubApi(this WebApplication app)
    {
        app.MapOrganisationsApi();
        return app;
    }
}
