using System.Net;
using CseaHub.Tests;
using CseaHub.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.IntegrationTests.Accounts;

/// <summary>Behind the configured proxy, limits and the audit log see the client the proxy names, not the proxy.</summary>
public sealed class ReverseProxyTests(HubAppFactory hub)
{
    [Fact]
    public async Task Sign_in_limits_count_each_client_behind_the_proxy_separately()
    {
        var first = ThroughProxy("203.0.113.10");
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await first.SignInAsync($"{TestData.UniqueKey("nobody")}@example.org", "wrong password 1");
        }

        var limited = await first.SignInAsync("nobody@example.org", "wrong password 1");
        var other = await ThroughProxy("203.0.113.11").SignInAsync("nobody@example.org", "wrong password 1");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task The_audit_log_records_the_client_the_proxy_names()
    {
        var email = $"{TestData.UniqueKey("proxied")}@example.org";

        await ThroughProxy("203.0.113.20").SignInAsync(email, "wrong password 1");

        var address = await hub.WithDatabaseAsync(db => db.AuditEvents.Where(e => e.Subject == email && e.Kind == AuditEventKind.SignInFailed).Select(e => e.RemoteAddress).SingleAsync());
        Assert.Equal("203.0.113.20", address);
    }

    [Fact]
    public async Task A_client_that_is_not_the_proxy_cannot_claim_another_address()
    {
        var email = $"{TestData.UniqueKey("spoofed")}@example.org";
        var client = hub.CreateAccountClient();
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.1");

        await client.SignInAsync(email, "wrong password 1");

        var address = await hub.WithDatabaseAsync(db => db.AuditEvents.Where(e => e.Subject == email).Select(e => e.RemoteAddress).SingleAsync());
        Assert.NotEqual("198.51.100.1", address);
    }

    private AccountClient ThroughProxy(string client)
    {
        var visitor = new AccountClient(hub.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), HubAppFactory.ProxyAddress);
        visitor.Http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return visitor;
    }
}
