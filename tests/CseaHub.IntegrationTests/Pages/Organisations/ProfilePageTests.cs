using System.Net;
using CseaHub.Web.Domain.Editorial;
using CseaHub.Web.Domain.Organisations;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Pages.Organisations;

public sealed class ProfilePageTests(HubAppFactory hub)
{
    [Fact]
    public async Task Council_of_Europe_profile_shows_every_fact_of_the_seed_page()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/organisations/council-of-europe");
        var text = page.VisibleText();

        string[] seedFacts =
        [
            "Council of Europe", "46 member States", "1949", "human rights, democracy and the rule of law",
            "European Convention on Human Rights (ECHR)", "more than 200 legally binding treaties",
            "torture, violence, cybercrime and child sexual exploitation and sexual abuse", "European Court of Human Rights",
            "Strategy for the Rights of the Child (2022–2027)", "freedom from violence for all children",
            "access to and safe use of technologies for all children", "Steering Committee for the Rights of the Child (CDENF)",
            "Lanzarote Committee", "48 States Parties", "three times a year", "statements, opinions and declarations",
            "Budapest Convention on Cybercrime", "Article 9", "Cybercrime Convention Committee (T-CY)", "Guidance Notes",
            "Cybercrime Programme Office (C-PROC)", "Romania",
            "child self-generated sexual images and/or videos (CSGSIV)",
            "prevention, protection, prosecution and the promotion of national and international co-operation",
            "Interpretative Opinion on the applicability of the Lanzarote Convention",
            "Opinion on solicitation of children for sexual purposes through ICTs",
            "victim support, not prosecuted", "other criminal offences committed by means of a computer system",
            "Guidance Note on the scope of procedural powers", "CETS No. 224", "12 May 2022",
            "direct co-operation with service providers and domain name registrars", "subscriber information and traffic data",
            "immediate co-operation in emergencies", "joint investigations", "data protection",
            "Avenue de l'Europe", "F-67075 Strasbourg Cedex", "France", "+33 3 88 41 20 00",
            "Law enforcement", "Judiciary", "Justice authorities", "NGOs", "Last reviewed",
        ];
        Assert.All(seedFacts, fact => Assert.Contains(fact, text, StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("a[href='tel:+33388412000']"));
    }

    [Fact]
    public async Task Council_of_Europe_bodies_are_one_click_away()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/organisations/council-of-europe");

        var bodyLinks = page.QuerySelectorAll("#bodies-heading + ul a").Select(a => a.GetAttribute("href")).Order();

        Assert.Equal(
        [
            "/organisations/c-proc", "/organisations/cdenf", "/organisations/cybercrime-convention-committee",
            "/organisations/european-court-of-human-rights", "/organisations/lanzarote-committee",
        ], bodyLinks);
    }

    [Fact]
    public async Task A_body_links_back_to_its_parent()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/organisations/c-proc");

        Assert.Contains(page.QuerySelectorAll(".breadcrumbs a"), a => a.GetAttribute("href") == "/organisations/council-of-europe");
        Assert.Contains("Bucharest", page.VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_fact_links_to_a_listed_source()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/organisations/council-of-europe");

        var marks = page.QuerySelectorAll("a.source-mark").Select(a => a.GetAttribute("href")!).ToList();

        Assert.NotEmpty(marks);
        Assert.All(marks, href => Assert.NotNull(page.GetElementById(href.TrimStart('#'))));
    }

    [Fact]
    public async Task Unknown_slug_shows_the_not_found_page()
    {
        var response = await hub.CreateClient().GetAsync("/organisations/no-such-organisation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", (await response.ReadDocumentAsync()).VisibleText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/organisations/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/organisations/%3Cscript%3E")]
    [InlineData("/organisations/a'b")]
    public async Task Hostile_slugs_get_a_plain_not_found(string url)
    {
        var response = await hub.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Professionals_only_section_is_hidden_from_anonymous_readers_and_shown_to_professionals()
    {
        const string url = "/organisations/cybercrime-convention-committee";
        const string title = "24/7 Network points of contact";

        var anonymous = (await hub.CreateClient().GetDocumentAsync(url)).VisibleText();
        var professional = (await hub.CreateClientAs(HubRoles.Professional).GetDocumentAsync(url)).VisibleText();

        Assert.DoesNotContain(title, anonymous, StringComparison.Ordinal);
        Assert.Contains(title, professional, StringComparison.Ordinal);
        Assert.Contains("For vetted professionals only", professional, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_of_a_hidden_section_reaches_anonymous_readers_not_its_sources_links_or_notes()
    {
        var slug = await hub.AddOrganisationAsync("Leak test", configure: o =>
        {
            o.Sources.Add(new SourceReference { Key = "secret-source", Title = "Secret source title", Publisher = "Secret publisher", Url = new Uri("https://example.org/secret-source") });
            o.Sections.Add(new OrganisationSection
            {
                Key = "secret-section",
                Title = new LocalisedText("Secret section title"),
                Body = new LocalisedText("Secret body text"),
                Visibility = Visibility.Professionals,
                SourceKeys = ["secret-source"],
                AsOf = new DateOnly(2026, 11, 28),
            });
            o.Links.Add(new OrganisationLink { Kind = LinkKind.Document, Title = new LocalisedText("Secret link"), Url = new Uri("https://example.org/secret-link"), Visibility = Visibility.Professionals });
            o.Gaps = ["Secret gap note about the secret section."];
        });

        var anonymous = await hub.CreateClient().GetStringAsync($"/organisations/{slug}");
        var professional = await hub.CreateClientAs(HubRoles.Professional).GetStringAsync($"/organisations/{slug}");

        string[] secrets = ["secret-section", "Secret section title", "Secret body text", "secret-source", "Secret source title", "Secret link", "secret-link", "Secret gap note"];
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, anonymous, StringComparison.Ordinal));
        Assert.All(secrets, secret => Assert.Contains(secret, professional, StringComparison.Ordinal));
        Assert.Contains("Test source", anonymous, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hidden_bodies_are_not_listed_on_a_public_parent()
    {
        var parent = await hub.AddOrganisationAsync("Public parent");
        var parentId = await hub.WithDatabaseAsync(db => db.Organisations.Where(o => o.Slug == parent).Select(o => o.Id).SingleAsync());
        var draft = await hub.AddOrganisationAsync("Draft body", status: ContentStatus.Draft, configure: o => o.ParentId = parentId);
        var restricted = await hub.AddOrganisationAsync("Restricted body", visibility: Visibility.Professionals, configure: o => o.ParentId = parentId);
        var published = await hub.AddOrganisationAsync("Published body", configure: o => o.ParentId = parentId);

        var page = await hub.CreateClient().GetDocumentAsync($"/organisations/{parent}");

        Assert.Equal([$"/organisations/{published}"], page.QuerySelectorAll("#bodies-heading + ul a").Select(a => a.GetAttribute("href")));
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain(draft, html, StringComparison.Ordinal);
        Assert.DoesNotContain(restricted, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ContentStatus.Draft, Visibility.Public)]
    [InlineData(ContentStatus.InReview, Visibility.Public)]
    [InlineData(ContentStatus.Archived, Visibility.Public)]
    [InlineData(ContentStatus.Published, Visibility.Professionals)]
    public async Task Unpublished_or_restricted_profiles_do_not_exist_for_anonymous_readers(ContentStatus status, Visibility visibility)
    {
        var slug = await hub.AddOrganisationAsync("Hidden organisation", status: status, visibility: visibility);

        var response = await hub.CreateClient().GetAsync($"/organisations/{slug}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Hidden organisation", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restricted_parent_is_not_revealed_through_its_public_body()
    {
        var parent = await hub.AddOrganisationAsync("Secret parent", visibility: Visibility.Professionals);
        var child = await hub.AddOrganisationAsync("Public child");
        await hub.WithDatabaseAsync(async db =>
        {
            var parentRow = db.Organisations.Single(o => o.Slug == parent);
            db.Organisations.Single(o => o.Slug == child).ParentId = parentRow.Id;
            await db.SaveChangesAsync();
        });

        var html = await hub.CreateClient().GetStringAsync($"/organisations/{child}");

        Assert.DoesNotContain("Secret parent", html, StringComparison.Ordinal);
        Assert.DoesNotContain(parent, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phone_is_shown_readably_with_a_tel_link()
    {
        var slug = await hub.AddOrganisationAsync("Phone test", configure: o =>
            o.Phone = new SourcedValue { Value = "+40212017887", SourceKey = "test", AsOf = new DateOnly(2026, 11, 28) });

        var page = await hub.CreateClient().GetDocumentAsync($"/organisations/{slug}");

        var link = page.QuerySelector("a[href='tel:+40212017887']");
        Assert.NotNull(link);
        Assert.Equal(PhoneNumberFormat.ToDisplay("+40212017887"), link.TextContent);
    }

    [Fact]
    public async Task French_profile_uses_French_names_and_marks_English_fallback()
    {
        var page = await hub.CreateClient().GetDocumentAsync("/fr/organisations/council-of-europe");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Conseil de l'Europe", page.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("[lang='en'] p"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/fr/organisations/lanzarote-committee");
    }

    [Fact]
    public async Task Markdown_in_sections_cannot_inject_script()
    {
        var slug = await hub.AddOrganisationAsync("Markdown test", configure: o => o.Sections.Add(new OrganisationSection
        {
            Key = "x",
            Title = new LocalisedText("Section"),
            Body = new LocalisedText("<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>"),
            SourceKeys = ["test"],
            AsOf = new DateOnly(2026, 11, 28),
        }));

        var page = await hub.CreateClient().GetDocumentAsync($"/organisations/{slug}");

        var main = page.QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("script, img"));
        Assert.DoesNotContain(main.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) == true);
        Assert.DoesNotContain(main.QuerySelectorAll("*"), e => e.Attributes.Any(attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains("<script>alert(1)</script>", main.TextContent, StringComparison.Ordinal);
    }
}
