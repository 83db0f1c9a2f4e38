using CseaHub.Web.Data;
using CseaHub.Web.Data.DatasetLoader;
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
                    var written = await WithDatabaseAsync(app, (DatasetExporter exporter) => exporter.ExportAsync(Path.GetFullPath(command.Argument!)));
                    await Console.Out.WriteLineAsync($"Exported {written} to {command.Argument}.");
                    return 0;
                case HubCommandName.Reindex:
                    return await ReindexAsync(app);
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
        var options = app.Services.GetRequiredService<HubDataOptions>();
        await DatabaseInitializer.MigrateAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), options, CancellationToken.None);
        try
        {
            using var index = SearchIndex.Open(Path.Combine(options.DataDirectory, "index"), app.Logger);
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
        await DatabaseInitializer.MigrateAsync(
            app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetRequiredService<HubDataOptions>(), CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        return await task(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
