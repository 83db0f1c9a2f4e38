using System.Diagnostics;
using System.Globalization;
using CseaHub.Web.Data;
using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Accounts;
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
                    var summary = await WithDatabaseAsync(app, (DatasetLoad load) => load.LoadAsync(Path.GetFullPath(command.Argument!)));
                    await Console.Out.WriteLineAsync($"Imported {command.Argument}: {summary}.");
                    return 0;
                case HubCommandName.Export:
                    var target = Path.GetFullPath(command.Argument!);
                    var written = await WithDatabaseAsync(app, (DatasetExporter exporter) => exporter.ExportAsync(target));
                    // An export holds professionals-only content: administrators see in the audit log that one was made.
                    await InScopeAsync(app, async (AuditLog audit) =>
                    {
                        await audit.RecordAsync(AuditEventKind.Exported, "dataset", "operator (command line)", $"{written} to {target}");
                        return true;
                    });
                    await Console.Out.WriteLineAsync($"Exported {written} to {command.Argument}.");
                    return 0;
                case HubCommandName.Reindex:
                    return await ReindexAsync(app);
                case HubCommandName.Generate:
                    return await GenerateAsync(app, command);
                case HubCommandName.Users:
                    await MigrateAsync(app);
                    return await InScopeAsync(app, (AccountCommands accounts) => accounts.AddAsync(command, Console.In, Console.Out, Console.Error));
                default:
                    await app.RunAsync();
                    return 0;
            }
        }
        catch (DatasetException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }

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

    /// <summary>Loads the bundled dataset, adds the synthetic documents, rebuilds the index, and reports how long each step took.</summary>
    private static async Task<int> GenerateAsync(WebApplication app, HubCommand command)
    {
        if (!int.TryParse(command.Option("documents"), CultureInfo.InvariantCulture, out var documents) || documents < 1
            || !int.TryParse(command.Option("seed") ?? "20261130", CultureInfo.InvariantCulture, out var seed))
        {
            await Console.Error.WriteLineAsync("generate: give --documents N (a positive number) and optionally --seed S.");
            return 2;
        }

        var watch = Stopwatch.StartNew();
        await MigrateAsync(app);
        await InScopeAsync(app, (DatasetLoad load) => load.LoadAsync(app.Services.GetRequiredService<HubDataOptions>().DatasetPath));
        if (await InScopeAsync(app, (SyntheticCorpus corpus) => corpus.HoldsSyntheticDocumentsAsync(CancellationToken.None)))
        {
            await Console.Error.WriteLineAsync("generate: this data directory already holds synthetic documents; use a fresh --data-dir.");
            return 1;
        }

        var added = await InScopeAsync(app, (SyntheticCorpus corpus) => corpus.AddDocumentsAsync(documents, seed, CancellationToken.None));
        var generated = watch.Elapsed;
        var status = await RebuildIndexAsync(app);
        await Console.Out.WriteLineAsync(FormattableString.Invariant(
            $"generate: {added} synthetic documents added in {generated.TotalSeconds:F1} s; index rebuilt in {(watch.Elapsed - generated).TotalSeconds:F1} s."));
        return status;
    }

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

    private static async Task MigrateAsync(WebApplication app) => await DatabaseInitializer.MigrateAsync(
        app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetRequiredService<HubDataOptions>(), CancellationToken.None);

    private static async Task<TResult> InScopeAsync<TService, TResult>(WebApplication app, Func<TService, Task<TResult>> task)
        where TService : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await task(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
