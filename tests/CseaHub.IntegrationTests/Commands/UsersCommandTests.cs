using System.Net;
using CseaHub.IntegrationTests.Cluster;

namespace CseaHub.IntegrationTests.Commands;

public sealed class UsersCommandTests : IDisposable
{
    private readonly HubProcess _hub = new();

    [Fact]
    public async Task The_operator_creates_the_first_administrator_with_a_password_from_standard_input()
    {
        var created = await _hub.RunWithInputAsync("a long operator password 7\n", "users", "add", "--email", "admin@hub.example", "--role", "Administrator");
        var again = await _hub.RunWithInputAsync("a long operator password 7\n", "users", "add", "--email", "admin@hub.example", "--role", "Administrator");

        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Contains("Created admin@hub.example (Administrator)", created.Output, StringComparison.Ordinal);
        Assert.Contains("two-factor", created.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Administrator", 1, "none was given")]
    [InlineData("short1\n", "Administrator", 1, "users add:")]
    [InlineData("a long operator password 7\n", "Superuser", 2, "--role ROLE")]
    public async Task Without_a_sound_password_or_a_known_role_no_account_is_created(string input, string role, int exitCode, string message)
    {
        var result = await _hub.RunWithInputAsync(input, "users", "add", "--email", "someone@hub.example", "--role", role);
        var retry = await _hub.RunWithInputAsync("a long operator password 7\n", "users", "add", "--email", "someone@hub.example", "--role", "Editor");

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.True(retry.ExitCode == 0, retry.Error);
    }

    [Fact]
    public async Task The_operator_makes_an_api_token_for_a_staff_account_and_it_reads_the_content_api()
    {
        const string Password = "a long operator password 7\n";
        Assert.Equal(0, (await _hub.RunWithInputAsync(Password, "users", "add", "--email", "editor@hub.example", "--role", "Editor")).ExitCode);
        Assert.Equal(0, (await _hub.RunWithInputAsync(Password, "users", "add", "--email", "reader@hub.example", "--role", "Professional")).ExitCode);

        var made = await _hub.RunAsync("users", "token", "--email", "editor@hub.example", "--name", "nightly sync");
        var forReader = await _hub.RunAsync("users", "token", "--email", "reader@hub.example", "--name", "nightly sync");
        var forNobody = await _hub.RunAsync("users", "token", "--email", "nobody@hub.example", "--name", "nightly sync");
        var unnamed = await _hub.RunAsync("users", "token", "--email", "editor@hub.example");

        Assert.True(made.ExitCode == 0, made.Error);
        var secret = Assert.Single(made.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("chub_", secret, StringComparison.Ordinal);
        Assert.Contains("shown this once", made.Error, StringComparison.Ordinal);
        Assert.Equal((1, string.Empty), (forReader.ExitCode, forReader.Output));
        Assert.Contains("staff only", forReader.Error, StringComparison.Ordinal);
        Assert.Equal((1, string.Empty), (forNobody.ExitCode, forNobody.Output));
        Assert.Contains("no account for nobody@hub.example", forNobody.Error, StringComparison.Ordinal);
        Assert.Equal(2, unnamed.ExitCode);
        Assert.Contains("--name NAME", unnamed.Error, StringComparison.Ordinal);

        await using var node = await HubNode.ServeAsync(_hub);
        using var client = node.CreateClient();
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/content?file=organisations/council-of-europe.json");
        read.Headers.Authorization = new("Bearer", secret.Trim());
        using var unsigned = await client.GetAsync("/api/v1/content?file=organisations/council-of-europe.json");
        using var answer = await client.SendAsync(read);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    [Fact]
    public async Task Help_names_the_users_command()
    {
        var (_, output, _) = await _hub.RunAsync("--help");

        Assert.Contains("users add --email EMAIL --role ROLE", output, StringComparison.Ordinal);
        Assert.Contains("users token --email EMAIL --name NAME", output, StringComparison.Ordinal);
    }

    public void Dispose() => _hub.Dispose();
}
