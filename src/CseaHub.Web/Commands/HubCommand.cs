namespace CseaHub.Web.Commands;

public enum HubCommandName
{
    Serve,
    Import,
    Export,
    Reindex,
    Generate,
    Users,
    Help,
}

/// <summary>
/// The operator's command line: <c>serve</c> (default), <c>import PATH</c>, <c>export DIR</c>, <c>reindex</c>, <c>--help</c>.
/// Options that are not the command's own (<c>--urls</c>, <c>--environment</c>, …) go to the host as usual.
/// </summary>
public sealed record HubCommand(HubCommandName Name, string? Argument, string[] HostArgs, string? Error = null)
{
    public const string Usage = """
        CseaHub: a knowledge hub for professionals fighting online child sexual exploitation and abuse.

        Usage: CseaHub.Web [command] [options]

        Commands:
          serve              Run the web hub (default). Loads the bundled dataset on start.
          import PATH        Validate a dataset folder (the layout of data/) and load it in one transaction.
          export DIR         Write the database's content to DIR in the dataset format.
          reindex            Rebuild the search index from the database (while no hub serves this data directory).
          generate --documents N [--seed S]
                             Benchmarks only: add N synthetic library documents (made-up text, titles marked
                             "[Synthetic]") to a fresh data directory's database, then rebuild its search index.
          users add --email EMAIL --role ROLE [--organisation NAME]
                             Create an account (ROLE: Professional, Editor, Reviewer or Administrator). The password
                             is read from standard input (typed twice, unseen, at a terminal); there is no default.
                             Staff set up two-factor authentication at their first sign-in.
          --help             Show this help.

        Options:
          --data-dir DIR     Where runtime state lives (the SQLite file). Default: $CSEAHUB_DATA_DIR,
                             else ~/.local/share/cseahub.
          --urls URL         Where to listen, e.g. http://127.0.0.1:5000 (serve).
          Any ASP.NET Core setting as --Section:Key=value, e.g. --Database:Provider=Postgres.
        """;

    /// <summary>
    /// A command's own option (<c>--email x</c> or <c>--email=x</c>), read from the command line only: through the
    /// host's configuration a stray environment variable (EMAIL, ROLE) would fill it silently.
    /// </summary>
    public string? Option(string name)
    {
        var flag = "--" + name;
        for (var i = 0; i < HostArgs.Length; i++)
        {
            if (HostArgs[i].StartsWith(flag + "=", StringComparison.Ordinal))
            {
                return HostArgs[i][(flag.Length + 1)..];
            }

            if (HostArgs[i] == flag && i + 1 < HostArgs.Length)
            {
                return HostArgs[i + 1];
            }
        }

        return null;
    }

    public static HubCommand Parse(IReadOnlyList<string> args)
    {
        var hostArgs = new List<string>();
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "help")
            {
                return new HubCommand(HubCommandName.Help, null, []);
            }

            if (arg == "--data-dir")
            {
                if (i + 1 >= args.Count)
                {
                    return new HubCommand(HubCommandName.Help, null, [], "--data-dir needs a folder.");
                }

                hostArgs.Add("--DataDirectory=" + args[++i]);
            }
            else if (arg.StartsWith('-'))
            {
                hostArgs.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count && !args[i + 1].StartsWith('-'))
                {
                    hostArgs.Add(args[++i]);
                }
            }
            else
            {
                positional.Add(arg);
            }
        }

        if (Environment.GetEnvironmentVariable("CSEAHUB_DATA_DIR") is { Length: > 0 } dataDir
            && !hostArgs.Exists(a => a.StartsWith("--DataDirectory=", StringComparison.Ordinal)))
        {
            hostArgs.Insert(0, "--DataDirectory=" + dataDir);
        }

        return positional switch
        {
            [] or ["serve"] => new HubCommand(HubCommandName.Serve, null, [.. hostArgs]),
            ["import", var path] => new HubCommand(HubCommandName.Import, path, [.. hostArgs]),
            ["export", var folder] => new HubCommand(HubCommandName.Export, folder, [.. hostArgs]),
            ["reindex"] => new HubCommand(HubCommandName.Reindex, null, [.. hostArgs]),
            ["generate"] => new HubCommand(HubCommandName.Generate, null, [.. hostArgs]),
            ["users", "add"] => new HubCommand(HubCommandName.Users, "add", [.. hostArgs]),
            ["users", ..] => new HubCommand(HubCommandName.Help, null, [], "'users' knows one action: users add --email EMAIL --role ROLE."),
            ["import" or "export"] => new HubCommand(HubCommandName.Help, null, [], $"'{positional[0]}' needs a path."),
            _ => new HubCommand(HubCommandName.Help, null, [], $"Unknown command: {string.Join(' ', positional)}"),
        };
    }
}
