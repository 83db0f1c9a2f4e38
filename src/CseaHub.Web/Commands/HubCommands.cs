using CseaHub.Web.Data;
using CseaHub.Web.Data.DatasetLoader;

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
                    await Console.Error.WriteLineAsync("reindex: search is not part of this release yet; there is no index to rebuild.");
                    return 2;
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
