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
    public async Task Help_names_the_users_command()
    {
        var (_, output, _) = await _hub.RunAsync("--help");

        Assert.Contains("users add --email EMAIL --role ROLE", output, StringComparison.Ordinal);
    }

    public void Dispose() => _hub.Dispose();
}
