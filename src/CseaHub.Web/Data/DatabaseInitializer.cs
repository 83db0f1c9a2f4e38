using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;

namespace CseaHub.Web.Data;

/// <summary>
/// Migrates the database and loads the bundled dataset before the server takes its first request
/// (<see cref="IHostedLifecycleService.StartingAsync"/> runs before every hosted service starts, Kestrel included).
/// A broken dataset stops the start-up with a message that names the file, the record and the field.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes, HubDataOptions options, ILogger<DatabaseInitializer> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => PrepareAsync(scopes, options, logger, cancellationToken);

    /// <summary>Migrates, then loads the bundled dataset unless the files editors published in the hub since.</summary>
    public static async Task PrepareAsync(
        IServiceScopeFactory scopes, HubDataOptions options, ILogger<DatabaseInitializer> logger, CancellationToken cancellationToken)
    {
        await MigrateAsync(scopes, options, cancellationToken);
        if (!options.LoadDatasetOnStart)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var editedInHub = await scope.ServiceProvider.GetRequiredService<HubDbContext>().ContentRevisions
            .Where(r => r.Action == RevisionAction.Published || r.Action == RevisionAction.Archived)
            .Select(r => r.File).Distinct().ToListAsync(cancellationToken);
        var summary = await scope.ServiceProvider.GetRequiredService<DatasetLoad>()
            .LoadAsync(options.DatasetPath, editedInHub.ToHashSet(StringComparer.Ordinal), cancellationToken);
        LogDatasetLoaded(logger, options.DatasetPath, summary, editedInHub.Count);
    }

    public static async Task MigrateAsync(IServiceScopeFactory scopes, HubDataOptions options, CancellationToken cancellationToken)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(options.DataDirectory);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while an import writes; the setting persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Dataset {Path} loaded: {Summary}; {Kept} files edited in the hub kept as they are")]
    private static partial void LogDatasetLoaded(ILogger logger, string path, DatasetImportSummary summary, int kept);
}
