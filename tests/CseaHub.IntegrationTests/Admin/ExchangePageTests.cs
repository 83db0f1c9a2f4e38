using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CseaHub.IntegrationTests.Admin.Content;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Infrastructure.Authorization;

namespace CseaHub.IntegrationTests.Admin;

public sealed class ExchangePageTests(HubAppFactory hub)
{
    [Fact]
    public async Task An_administrator_downloads_a_public_export_that_leaves_restricted_content_out()
    {
        var hidden = await hub.AddOrganisationAsync("Exchange page hidden unit", visibility: Visibility.Professionals);
        var admin = hub.CreateClientAs(HubRoles.Administrator);

        var download = await PostFormAsync(admin, "Export", new() { ["format"] = "json" });

        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await download.Content.ReadAsStreamAsync());
        Assert.Contains(zip.Entries, e => e.FullName == "organisations/council-of-europe.json");
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains(hidden, StringComparison.Ordinal));

        var professionals = await PostFormAsync(admin, "Export", new() { ["format"] = "csv", ["includeProfessionals"] = "true" });
        using var csv = new ZipArchive(await professionals.Content.ReadAsStreamAsync());
        using var organisations = new StreamReader(csv.GetEntry("organisation.csv")!.Open());
        Assert.Contains(hidden, await organisations.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_csv_export_checks_out_unchanged_and_a_zip_reaching_outside_its_folder_is_refused()
    {
        var admin = hub.CreateClientAs(HubRoles.Administrator);
        var export = await PostFormAsync(admin, "Export", new() { ["format"] = "csv", ["includeProfessionals"] = "true" });
        using var archive = new ZipArchive(await export.Content.ReadAsStreamAsync());
        // Audiences, which no other test adds to: a topic added meanwhile would be missing from the upload.
        var audiences = await new StreamReader(archive.GetEntry("audiences.csv")!.Open()).ReadToEndAsync();

        var checkedOut = await UploadAsync(admin, "audiences.csv", Encoding.UTF8.GetBytes(audiences), dryRun: true);
        var page = await checkedOut.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, checkedOut.StatusCode);
        Assert.Contains("0 added, 0 changed, 1 unchanged", page.QuerySelector(".exchange-progress")!.TextContent, StringComparison.Ordinal);

        using var evil = new MemoryStream();
        using (var zip = new ZipArchive(evil, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("../../escape.csv").Open();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("_id,key\n1,x\n"));
        }

        var refused = await UploadAsync(admin, "evil.zip", evil.ToArray(), dryRun: false);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("outside its own folder", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_in_an_upload_are_listed_and_nothing_is_imported()
    {
        var admin = hub.CreateClientAs(HubRoles.Administrator);
        var csv = "_id,key,label.en,label.fr\n1,ngos,NGOs,ONG\n2,ngos,Again,Encore\n3,Bad Key!,,\n";

        var response = await UploadAsync(admin, "audiences.csv", Encoding.UTF8.GetBytes(csv), dryRun: false, publish: true);
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was imported", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var audiences = await hub.CreateClient().GetStringAsync("/api/v1/taxonomies/audiences");
        Assert.Contains("\"law-enforcement\"", audiences, StringComparison.Ordinal);
        Assert.DoesNotContain("Again", audiences, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_French_the_errors_of_an_upload_are_in_French_and_the_technical_log_says_it_is_English()
    {
        var admin = hub.CreateClientAs(HubRoles.Administrator);
        var csv = "_id,key,label.en,label.fr,colour\n1,ngos,NGOs,ONG,blue\n";

        var response = await UploadAsync(admin, "audiences.csv", Encoding.UTF8.GetBytes(csv), dryRun: true, page: "/fr/admin/exchange");
        var page = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = page.QuerySelector(".error-summary")!;
        Assert.Contains("ligne 1", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("Aucun champ ne porte ce nom", summary.TextContent, StringComparison.Ordinal);
        Assert.Empty(summary.QuerySelectorAll("[lang='en']"));
        Assert.Equal("en", page.QuerySelector(".exchange-progress")!.GetAttribute("lang"));

        var empty = await UploadAsync(admin, "empty.csv", [], dryRun: true, page: "/fr/admin/exchange");
        Assert.Contains("Choisissez un fichier", (await empty.ReadDocumentAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_reach_the_exchange_page()
    {
        Assert.Equal(HttpStatusCode.OK, (await hub.CreateClientAs(HubRoles.Administrator).GetAsync("/admin/exchange")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await hub.CreateClientAs("Editor,Reviewer").GetAsync("/admin/exchange")).StatusCode);
        var anonymous = hub.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/admin/exchange")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string handler, Dictionary<string, string> values)
    {
        var form = (await client.GetDocumentAsync("/admin/exchange")).QuerySelector($"form[action*='handler={handler}']")!;
        var fields = EditorClient.HiddenFieldsOf(form);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client, string name, byte[] bytes, bool dryRun, bool publish = false, string page = "/admin/exchange")
    {
        var form = (await client.GetDocumentAsync(page)).QuerySelector("form[action*='handler=Import']")!;
        var content = new MultipartFormDataContent();
        foreach (var (field, value) in EditorClient.HiddenFieldsOf(form))
        {
            content.Add(new StringContent(value), field);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "upload", name);
        content.Add(new StringContent(dryRun ? "true" : "false"), "dryRun");
        content.Add(new StringContent(publish ? "true" : "false"), "publish");
        return await client.PostAsync(form.GetAttribute("action"), content);
    }
}
