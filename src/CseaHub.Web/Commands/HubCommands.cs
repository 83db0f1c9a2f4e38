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
                    await PrepareDatabaseAsync(app);
                    await using (var scope = app.Services.CreateAsyncScope())
                    {
                        var summary = await scope.ServiceProvider.GetRequiredService<DatasetLoad>()
                            .LoadAsync(Path.GetFullPath(command.Argument!));
                        await Console.Out.WriteLineAsync($"Imported {command.Argument}: {summary}.");
                    }

                    return 0;
                case HubCommandName.Export:
                    await PrepareDatabaseAsync(app);
                    await using (var scope = app.Services.CreateAsyncScope())
                    {
                        var count = await scope.ServiceProvider.GetRequiredService<DatasetExporter>()
                            .ExportAsync(Path.GetFullPath(command.Argument!));
                        await Console.Out.WriteLineAsync($"Exported {count} organisations to {command.Argument}.");
                    }

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

    private static Task PrepareDatabaseAsync(WebApplication app) =>
        DatabaseInitializer.MigrateAsync(
            app.Services.GetRequiredService<IServiceScopeFactory>(),
            app.Services.GetRequiredService<HubDataOptions>(),
            CancellationToken.None);
}
