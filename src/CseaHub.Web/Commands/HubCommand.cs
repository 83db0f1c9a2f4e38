namespace CseaHub.Web.Commands;

public enum HubCommandName
{
    Serve,
    Import,
    Export,
    Reindex,
    Migrate,
    Generate,
    Users,
    Help,
}

/// <summary>
/// The operator's command line: <c>serve</c> (default), <c>import PATH</c>, <c>export --out DIR</c>, <c>reindex</c>, <c>migrate</c>, <c>--help</c>.
/// Options that are not the command's own (<c>--urls</c>, <c>--environment</c>, …) go to the host as usual.
/// </summary>
public sealed record HubCommand(HubCommandName Name, string? Argument, string[] HostArgs, string? Error = null)
{
    /// <summary>The commands' on/off options: they take no value, and the host never sees them.</summary>
    private static readonly HashSet<string> KnownSwitches = ["--publish", "--dry-run", "--include-professionals"];

    public IReadOnlySet<string> Switches { get; init; } = new HashSet<string>();

    public bool Has(string name) => Switches.Contains("--" + name);

    public const string Usage = """
        CseaHub: a knowledge hub for professionals fighting online child sexual exploitation and abuse.

        Usage: CseaHub.Web [command] [options]

        Commands:
          serve              Run the web hub (default). Loads the bundled dataset on start.
          import PATH [--publish] [--dry-run]
                             Import JSON files in the dataset's layout (a folder, part of one, or one file) or CSV
                             tables from an export. Everything is validated against the hub's data first; on any
                             error nothing is imported and every error is listed (file, line, field, reason). One
                             transaction; changed files become drafts for review, or are published with --publish;
                             files equal to the hub's change nothing. --dry-run validates and reports only.
          export --out DIR [--format json|csv] [--include-professionals] [--only KIND,KIND]
                             Write the published dataset to a new folder: JSON in the dataset's layout (default)
                             or CSV (a table per kind and per list, RFC 4180, UTF-8). Public content only, unless
                             --include-professionals (an administrator's backup; each export is in the audit log).
                             --only keeps some kinds: organisation, instrument, round, document, authority,
                             glossary, route, countries, audiences, topics, organisation-types, measures, about.
          reindex            Rebuild the search index from the database (while no hub serves this data directory).
          migrate            Apply the database migrations this release brings, then stop (for operators who start
                             the nodes with --Database:MigrateOnStart=false; by default serve migrates itself).
          generate [--organisations N] [--documents N] [--findings N] [--seed S]
                             Benchmarks only: add synthetic organisations, library documents and monitoring
                             findings (made-up text, marked "[Synthetic]"; findings in rounds of 500 numbered
                             from 50) to a fresh data directory's database, then rebuild its search index.
          users add --email EMAIL --role ROLE [--organisation NAME]
                             Create an account (ROLE: Professional, Editor, Reviewer or Administrator). The password
                             is read from standard input (typed twice, unseen, at a terminal); there is no default.
                             Staff set up two-factor authentication at their first sign-in.
          users token --email EMAIL --name NAME
                             Make an API token for a staff account's program (the content API, /api/v1/content),
                             valid 90 days. The secret alone goes to standard output, shown this once; its holder
                             sees and revokes it at /admin/api-tokens.
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
        var switches = new HashSet<string>(StringComparer.Ordinal);
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
            else if (KnownSwitches.Contains(arg))
            {
                switches.Add(arg);
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

        var command = positional switch
        {
            [] or ["serve"] => new HubCommand(HubCommandName.Serve, null, [.. hostArgs]),
            ["import", var path] => new HubCommand(HubCommandName.Import, path, [.. hostArgs]),
            ["export", var folder] => new HubCommand(HubCommandName.Export, folder, [.. hostArgs]),
            ["export"] when hostArgs.Exists(a => a == "--out" || a.StartsWith("--out=", StringComparison.Ordinal)) =>
                new HubCommand(HubCommandName.Export, null, [.. hostArgs]),
            ["reindex"] => new HubCommand(HubCommandName.Reindex, null, [.. hostArgs]),
            ["migrate"] => new HubCommand(HubCommandName.Migrate, null, [.. hostArgs]),
            ["generate"] => new HubCommand(HubCommandName.Generate, null, [.. hostArgs]),
            ["users", "add" or "token"] => new HubCommand(HubCommandName.Users, positional[1], [.. hostArgs]),
            ["users", ..] => new HubCommand(HubCommandName.Help, null, [], "'users' knows two actions: users add --email EMAIL --role ROLE, users token --email EMAIL --name NAME."),
            ["import"] => new HubCommand(HubCommandName.Help, null, [], "'import' needs a path."),
            ["export"] => new HubCommand(HubCommandName.Help, null, [], "'export' needs --out DIR."),
            _ => new HubCommand(HubCommandName.Help, null, [], $"Unknown command: {string.Join(' ', positional)}"),
        };
        return command with { Switches = switches };
    }
}
