using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages.Cooperation;
using CseaHub.Web.Pages.Countries;
using CseaHub.Web.Pages.Instruments;
using CseaHub.Web.Pages.Library;
using CseaHub.Web.Pages.Monitoring;
using CseaHub.Web.Pages.Organisations;
using CseaHub.Web.Pages.Search;

namespace CseaHub.Web.Pages;

public static class HubPages
{
    public static WebApplicationBuilder AddHubPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            // The back office needs a staff role and a sign-in with a second factor; accounts and the log, an administrator.
            options.Conventions.AuthorizeFolder("/Admin", HubIdentity.StaffPolicy);
            options.Conventions.AuthorizePage("/Admin/Users", HubIdentity.AdministratorPolicy);
            options.Conventions.AuthorizePage("/Admin/Audit", HubIdentity.AdministratorPolicy);
            options.Conventions.AuthorizePage("/Admin/Exchange", HubIdentity.AdministratorPolicy);
        });
        builder.Services.AddScoped<OrganisationDirectory>();
        builder.Services.AddScoped<OrganisationProfiles>();
        builder.Services.AddScoped<InstrumentProfiles>();
        builder.Services.AddScoped<CountryProfiles>();
        builder.Services.AddScoped<LibraryCatalogue>();
        builder.Services.AddScoped<DocumentProfiles>();
        builder.Services.AddScoped<MonitoringRounds>();
        builder.Services.AddScoped<CompetentAuthorities>();
        builder.Services.AddScoped<CooperationNavigator>();
        builder.Services.AddScoped<SearchVocabulary>();
        builder.Services.AddSingleton<EuropeMap>();
        builder.Services.AddScoped<Admin.Content.ContentEditor>();
        return builder;
    }

    public static WebApplication MapHubPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
