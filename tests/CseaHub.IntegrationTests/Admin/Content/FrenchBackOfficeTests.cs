using System.Net;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Infrastructure.Authorization;

namespace CseaHub.IntegrationTests.Admin.Content;

/// <summary>
/// The back office in French: the errors the checks and the form write in English are said in French, and what only
/// the framework can say (a value System.Text.Json cannot read) stays English, marked lang="en".
/// </summary>
public sealed class FrenchBackOfficeTests(HubAppFactory hub)
{
    private readonly EditorClient _editor = new(hub.CreateClientAs(HubRoles.Editor, "editor-fr"));

    [Fact]
    public async Task The_checks_refuse_content_in_French_naming_the_values_as_typed()
    {
        var response = await _editor.SaveAsync("/fr" + EditorClient.NewUrl("organisation"), fields =>
        {
            NewOrganisation.Fill(fields, TestData.UniqueKey("org"), "Unité avec erreurs");
            fields["audiences"] = "no-such-audience";
            fields["sources[0].url"] = "not a web address";
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = (await response.ReadDocumentAsync()).QuerySelector(".error-summary")!;
        Assert.Contains("«\u00a0no-such-audience\u00a0» est inconnu (public).", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("«\u00a0not a web address\u00a0» n'est pas une adresse http(s) absolue.", summary.TextContent, StringComparison.Ordinal);
        Assert.Empty(summary.QuerySelectorAll("[lang='en']"));
    }

    [Fact]
    public async Task The_form_says_on_the_field_in_French_what_it_could_not_read()
    {
        var response = await _editor.SaveAsync("/fr" + EditorClient.NewUrl("round"), fields =>
        {
            fields["instrument"] = "lanzarote-convention";
            fields["number"] = "trois";
        });

        var page = await response.ReadDocumentAsync();
        var error = page.QuerySelector("[id='number-error']")!;
        Assert.Equal("Saisissez un nombre entier.", error.TextContent.Trim());
        Assert.Null(error.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_message_only_the_framework_writes_stays_English_and_says_so()
    {
        var administrator = new EditorClient(hub.CreateClientAs(HubRoles.Administrator, "admin-fr"));

        var response = await administrator.SaveAsync("/fr" + EditorClient.EditUrl(Dataset.CountriesFile), fields => fields["[0].coeMemberSince"] = "pas une date");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.ReadDocumentAsync()).QuerySelector("[id='[0].coeMemberSince-error']")!;
        Assert.Equal("en", error.GetAttribute("lang"));
    }
}
