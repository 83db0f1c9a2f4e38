using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Pages.Cooperation;
using CseaHub.Web.Pages.Countries;
using CseaHub.Web.Pages.Instruments;
using CseaHub.Web.Pages.Library;
using CseaHub.Web.Pages.Monitoring;
using CseaHub.Web.Pages.Organisations;
using CseaHub.Web.Pages.Search;
using CseaHub.Web.Search;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.OutputCaching;

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

            // What everyone reads is kept until the content changes. Never the pages with forms that post (accounts,
            // back office, suggestions): their anti-forgery token belongs to one reader.
            foreach (var folder in PublicFolders)
            {
                options.Conventions.AddFolderApplicationModelConvention(folder, KeptUntilContentChanges);
            }

            options.Conventions.AddPageApplicationModelConvention("/Index", KeptUntilContentChanges);
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

    private static readonly string[] PublicFolders =
        ["/About", "/Cooperation", "/Countries", "/Glossary", "/Instruments", "/Library", "/Monitoring", "/Organisations", "/Search"];

    private static void KeptUntilContentChanges(PageApplicationModel page) =>
        page.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = ContentCachePolicy.Name });

    public static WebApplication MapHubPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
