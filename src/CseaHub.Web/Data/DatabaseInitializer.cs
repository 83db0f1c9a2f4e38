using CseaHub.Web.Data.DatasetLoader;
using CseaHub.Web.Domain.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

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

    /// <summary>
    /// Migrates (or, for operators who migrate themselves, checks the schema is current), then loads the bundled
    /// dataset unless the files editors published in the hub since: one node at a time, so nodes started together on
    /// one database neither run the same migration twice nor load the dataset twice.
    /// </summary>
    public static async Task PrepareAsync(
        IServiceScopeFactory scopes, HubDataOptions options, ILogger<DatabaseInitializer> logger, CancellationToken cancellationToken)
    {
        await using var startup = await LockAsync(scopes, options, cancellationToken);
        if (options.MigrateOnStart)
        {
            await MigrateLockedAsync(scopes, options, cancellationToken);
        }
        else
        {
            await EnsureSchemaCurrentAsync(scopes, cancellationToken);
        }

        if (!options.LoadDatasetOnStart)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<DatasetLoad>().LoadAtStartAsync(options.DatasetPath, cancellationToken) is { } load)
        {
            LogDatasetLoaded(logger, options.DatasetPath, load.Summary, load.Kept);
        }
        else
        {
            LogDatasetUnchanged(logger, options.DatasetPath);
        }
    }

    /// <summary>Applies the pending migrations, one node at a time; returns their names.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(IServiceScopeFactory scopes, HubDataOptions options, CancellationToken cancellationToken)
    {
        await using var startup = await LockAsync(scopes, options, cancellationToken);
        return await MigrateLockedAsync(scopes, options, cancellationToken);
    }

    /// <summary>
    /// Takes the start-up lock, on a database that exists: the lock lives in it. EF Core's own migration lock does not
    /// cover two nodes that both find the database missing; the one that creates it second is told it exists.
    /// </summary>
    private static async Task<IAsyncDisposable> LockAsync(IServiceScopeFactory scopes, HubDataOptions options, CancellationToken cancellationToken)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(options.DataDirectory);
        }
        else
        {
            await using var scope = scopes.CreateAsyncScope();
            var creator = scope.ServiceProvider.GetRequiredService<HubDbContext>().GetService<IRelationalDatabaseCreator>();
            try
            {
                if (!await creator.ExistsAsync(cancellationToken))
                {
                    await creator.CreateAsync(cancellationToken);
                }
            }
            catch (Npgsql.PostgresException exception) when (exception.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
            {
                // Another node made it first.
            }
        }

        return await StartupLock.AcquireAsync(options, cancellationToken);
    }

    private static async Task<IReadOnlyList<string>> MigrateLockedAsync(IServiceScopeFactory scopes, HubDataOptions options, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var pending = await PendingMigrationsAsync(db, cancellationToken);

        // Only when there is something to apply: MigrateAsync first rebuilds the model of the last migration's
        // snapshot to look for model changes no migration holds (MigrationsTests does that), a second of every start.
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while an import writes; the setting persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return pending;
    }

    /// <summary>
    /// The migrations the database lacks. On an empty database, every one: asked directly, EF Core would query a history
    /// table that does not exist yet and log the failure as an error at every first start.
    /// </summary>
    private static async Task<IReadOnlyList<string>> PendingMigrationsAsync(HubDbContext db, CancellationToken cancellationToken) =>
        await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken)
            ? [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)]
            : [.. db.Database.GetMigrations()];

    private static async Task EnsureSchemaCurrentAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pending = await PendingMigrationsAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), cancellationToken);
        if (pending.Count > 0)
        {
            throw new SchemaBehindException(pending);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Dataset {Path} loaded: {Summary}; {Kept} files edited in the hub kept as they are")]
    private static partial void LogDatasetLoaded(ILogger logger, string path, DatasetImportSummary summary, int kept);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dataset {Path} not loaded: this database was last loaded from the same files by this release")]
    private static partial void LogDatasetUnchanged(ILogger logger, string path);
}
