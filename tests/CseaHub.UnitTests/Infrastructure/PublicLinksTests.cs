using CseaHub.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CseaHub.UnitTests.Infrastructure;

/// <summary>Absolute links for feeds, sitemaps and e-mails stay under the public base, whatever path a request names.</summary>
public sealed class PublicLinksTests
{
    [Theory]
    [InlineData("/organisations/europol", "https://hub.example.org/cseahub/organisations/europol")]
    [InlineData("/c:x", "https://hub.example.org/cseahub/c:x")]
    [InlineData("/a:b:c", "https://hub.example.org/cseahub/a:b:c")]
    [InlineData("//evil.example/x", "https://hub.example.org/cseahub/evil.example/x")]
    public void A_path_is_joined_under_the_public_base_whatever_it_looks_like(string path, string expected)
    {
        var links = new PublicLinks(Configured("https://hub.example.org/cseahub"));

        Assert.Equal(expected, links.Absolute(new DefaultHttpContext().Request, path).ToString());
    }

    private static IConfiguration Configured(string publicBaseUrl) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Hub:PublicBaseUrl"] = publicBaseUrl }).Build();
}
