using System.Diagnostics;
using System.Globalization;
using CseaHub.Web.Data;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Exchange;
using CseaHub.Web.Infrastructure.Authorization;
using CseaHub.Web.Search;

namespace CseaHub.Web.Commands;

public static class HubCommands
{
    /// <summary>Runs the command the operator asked for on the built application; returns the process exit code.</summary>
    public static async Task<int> RunCommandAsync(this WebApplication app, HubCommand command)
    {
        try
        {
            switch (command.Name)
            {
                case HubCommandName.Import:
                    return await ImportAsync(app, command);
                case HubCommandName.Export:
                    return await ExportAsync(app, command);
                case HubCommandName.Reindex:
                    return await ReindexAsync(app);
                case HubCommandName.Migrate:
                    var applied = await MigrateAsync(app);
                    await Console.Out.WriteLineAsync(applied.Count == 0
                        ? "The database schema is up to date."
                        : $"Applied {applied.Count} migrations: {string.Join(", ", applied)}.");
                    return 0;
                case HubCommandName.Generate:
                    return await GenerateAsync(app, command);
                case HubCommandName.Users:
                    await MigrateAsync(app);
                    return await InScopeAsync(app, (AccountCommands accounts) => command.Argument == "token"
                        ? accounts.TokenAsync(command, Console.Out, Console.Error)
                        : accounts.AddAsync(command, Console.In, Console.Out, Console.Error));
                default:
                    await app.RunAsync();
                    return 0;
            }
        }
        catch (Exception exception) when (exception is DatasetException or SchemaBehindException)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }

    /// <summary>Imports a file or folder; every error on standard error, and exit code 1 if there was any.</summary>
    private static async Task<int> ImportAsync(WebApplication app, HubCommand command)
    {
        await PrepareAsync(app);
        var path = Path.GetFullPath(command.Argument!);
        var options = new ImportOptions(Publish: command.Has("publish"), DryRun: command.Has("dry-run"));
        var report = await InScopeAsync(app, (DatasetExchange exchange) => exchange.ImportAsync(path, options, Console.Out, CancellationToken.None));
        if (report.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Nothing was imported: {report.Errors.Count} errors in {command.Argument}.");
            foreach (var error in report.Errors)
            {
                await Console.Error.WriteLineAsync(error.ToString());
            }

            return 1;
        }

        var outcome = options.DryRun ? "Dry run, nothing written" : report.Written ? (options.Publish ? "Published" : "Saved as drafts for review") : "Nothing to change";
        await Console.Out.WriteLineAsync($"{outcome}: {report}.");
        return 0;
    }

    private static async Task<int> ExportAsync(WebApplication app, HubCommand command)
    {
        var format = (command.Option("format") ?? "json") switch
        {
            "json" => ExchangeFormat.Json,
            "csv" => ExchangeFormat.Csv,
            _ => (ExchangeFormat?)null,
        };
        if (format is null || (command.Option("out") ?? command.Argument) is not { Length: > 0 } output)
        {
            await Console.Error.WriteLineAsync("export: give --out DIR and, if wanted, --format json or --format csv.");
            return 2;
        }

        var kinds = command.Option("only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (kinds?.FirstOrDefault(k => DatasetFiles.Named(k) is null) is { } unknown)
        {
            await Console.Error.WriteLineAsync($"export: '{unknown}' is not a kind; --only takes {string.Join(", ", DatasetFiles.Kinds.Select(k => k.Name))}.");
            return 2;
        }

        await PrepareAsync(app);
        var options = new ExportOptions(format.Value, Path.GetFullPath(output), command.Has("include-professionals"), Kinds: kinds);
        var summary = await InScopeAsync(app, (DatasetExchange exchange) => exchange.ExportAsync(options, CancellationToken.None));
        await Console.Out.WriteLineAsync($"Exported {summary} to {output}.");
        return 0;
    }

    /// <summary>What <c>serve</c> does before its first request: migrate, and load the bundled dataset (keeping files edited in the hub).</summary>
    private static async Task PrepareAsync(WebApplication app) => await DatabaseInitializer.PrepareAsync(
        app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetRequiredService<HubDataOptions>(),
        app.Services.GetRequiredService<ILogger<DatabaseInitializer>>(), CancellationToken.None);

    /// <summary>Rebuilds this data directory's search index from the database, while no hub serves from it.</summary>
    private static async Task<int> ReindexAsync(WebApplication app)
    {
        await MigrateAsync(app);
        return await RebuildIndexAsync(app);
    }

    private static async Task<int> RebuildIndexAsync(WebApplication app)
    {
        var options = app.Services.GetRequiredService<HubDataOptions>();
        try
        {
            using var index = SearchIndex.OpenIn(options.DataDirectory, app.Logger);
            await app.Services.GetRequiredService<SearchIndexer>().RebuildAsync(index, CancellationToken.None);
            await Console.Out.WriteLineAsync($"Search index rebuilt at change-feed position {index.Checkpoint}.");
            return 0;
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            await Console.Error.WriteLineAsync(
                "reindex: a running hub holds this data directory's index (and keeps it current). Stop it first, or delete the index folder and restart it to rebuild.");
            return 1;
        }
    }

    /// <summary>Loads the bundled dataset, adds the synthetic records, rebuilds the index, and reports how long each step took.</summary>
    private static async Task<int> GenerateAsync(WebApplication app, HubCommand command)
    {
        var counts = new SyntheticCounts(CountOption(command, "organisations"), CountOption(command, "documents"), CountOption(command, "findings"));
        if (counts is { Organisations: < 0 } or { Documents: < 0 } or { Findings: < 0 } || counts.Total == 0
            || !int.TryParse(command.Option("seed") ?? "20261130", CultureInfo.InvariantCulture, out var seed))
        {
            await Console.Error.WriteLineAsync(
                "generate: give --organisations N, --documents N and/or --findings N (numbers, at least one above 0) and optionally --seed S.");
            return 2;
        }

        var watch = Stopwatch.StartNew();
        await MigrateAsync(app);
        await InScopeAsync(app, (DatasetLoad load) => load.LoadAtStartAsync(app.Services.GetRequiredService<HubDataOptions>().DatasetPath, CancellationToken.None));
        if (await InScopeAsync(app, (SyntheticCorpus corpus) => corpus.HoldsSyntheticContentAsync(CancellationToken.None)))
        {
            await Console.Error.WriteLineAsync("generate: this data directory already holds synthetic records; use a fresh --data-dir.");
            return 1;
        }

        if (await InScopeAsync(app, (SyntheticCorpus corpus) => corpus.MaxFindingsAsync(CancellationToken.None)) is var max && counts.Findings > max)
        {
            await Console.Error.WriteLineAsync(FormattableString.Invariant($"generate: at most {max} findings (500 a round, rounds 50 to 99 of each instrument)."));
            return 2;
        }

        await InScopeAsync(app, async (SyntheticCorpus corpus) =>
        {
            await corpus.AddAsync(counts, seed, CancellationToken.None);
            return counts.Total;
        });
        var generated = watch.Elapsed;
        var status = await RebuildIndexAsync(app);
        await Console.Out.WriteLineAsync(FormattableString.Invariant(
            $"generate: {counts.Organisations} organisations, {counts.Documents} documents and {counts.Findings} findings added in {generated.TotalSeconds:F1} s; index rebuilt in {(watch.Elapsed - generated).TotalSeconds:F1} s."));
        return status;
    }

    /// <summary>A count option's value: 0 when absent, -1 when not a number (refused).</summary>
    private static int CountOption(HubCommand command, string name) => command.Option(name) switch
    {
        null => 0,
        var value => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : -1,
    };

    public static async Task<int> PrintHelpAsync(HubCommand command)
    {
        if (command.Error is not null)
        {
            await Console.Error.WriteLineAsync(command.Error + Environment.NewLine);
        }

        await Console.Out.WriteLineAsync(HubCommand.Usage);
        return command.Error is null ? 0 : 2;
    }

    /// <summary>Migrates the database, then runs one operator task with a service from a fresh scope.</summary>
    private static async Task<TResult> WithDatabaseAsync<TService, TResult>(WebApplication app, Func<TService, Task<TResult>> task)
        where TService : notnull
    {
        await MigrateAsync(app);
        return await InScopeAsync(app, task);
    }

    private static async Task<IReadOnlyList<string>> MigrateAsync(WebApplication app) => await DatabaseInitializer.MigrateAsync(
        app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetRequiredService<HubDataOptions>(), CancellationToken.None);

    private static async Task<TResult> InScopeAsync<TService, TResult>(WebApplication app, Func<TService, Task<TResult>> task)
        where TService : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await task(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
