using CseaHub.Web.Commands;

namespace CseaHub.UnitTests.Commands;

public sealed class HubCommandTests
{
    [Fact]
    public void No_arguments_means_serve()
    {
        Assert.Equal(HubCommandName.Serve, HubCommand.Parse([]).Name);
    }

    [Fact]
    public void Host_options_pass_through_to_serve()
    {
        var command = HubCommand.Parse(["serve", "--urls", "http://127.0.0.1:5099"]);

        Assert.Equal(HubCommandName.Serve, command.Name);
        Assert.Equal(["--urls", "http://127.0.0.1:5099"], command.HostArgs);
    }

    [Fact]
    public void Data_dir_becomes_the_DataDirectory_setting()
    {
        var command = HubCommand.Parse(["import", "/tmp/data", "--data-dir", "/tmp/state"]);

        Assert.Equal((HubCommandName.Import, "/tmp/data"), (command.Name, command.Argument));
        Assert.Contains("--DataDirectory=/tmp/state", command.HostArgs);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_is_recognised(string arg)
    {
        var command = HubCommand.Parse([arg]);

        Assert.Equal(HubCommandName.Help, command.Name);
        Assert.Null(command.Error);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("import")]
    [InlineData("export")]
    public void Unknown_or_incomplete_commands_explain_themselves(string arg)
    {
        var command = HubCommand.Parse([arg]);

        Assert.Equal(HubCommandName.Help, command.Name);
        Assert.NotNull(command.Error);
    }

    [Fact]
    public void Users_add_passes_its_options_to_the_host_configuration()
    {
        var command = HubCommand.Parse(["users", "add", "--email", "admin@hub.example", "--role", "Administrator"]);

        Assert.Equal(HubCommandName.Users, command.Name);
        Assert.Equal("add", command.Argument);
        Assert.Equal(["--email", "admin@hub.example", "--role", "Administrator"], command.HostArgs);
    }

    [Fact]
    public void Users_token_reads_the_account_and_the_token_name()
    {
        var command = HubCommand.Parse(["users", "token", "--email", "editor@hub.example", "--name", "nightly sync"]);

        Assert.Equal(HubCommandName.Users, command.Name);
        Assert.Equal("token", command.Argument);
        Assert.Equal("editor@hub.example", command.Option("email"));
        Assert.Equal("nightly sync", command.Option("name"));
    }

    [Fact]
    public void A_command_option_comes_from_the_command_line_in_either_spelling()
    {
        var command = HubCommand.Parse(["generate", "--documents=500", "--seed", "7"]);

        Assert.Equal("500", command.Option("documents"));
        Assert.Equal("7", command.Option("seed"));
        Assert.Null(command.Option("email"));
    }

    [Theory]
    [InlineData("users")]
    [InlineData("users", "delete")]
    public void The_users_command_knows_only_add_and_token(params string[] args)
    {
        var command = HubCommand.Parse(args);

        Assert.Equal(HubCommandName.Help, command.Name);
        Assert.Contains("users add", command.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_lists_every_command()
    {
        foreach (var name in new[] { "serve", "import", "export", "reindex", "users add", "--help" })
        {
            Assert.Contains(name, HubCommand.Usage, StringComparison.Ordinal);
        }
    }
}
