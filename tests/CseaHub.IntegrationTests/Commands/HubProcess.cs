using System.Diagnostics;

namespace CseaHub.IntegrationTests.Commands;

/// <summary>Runs the built hub as an operator would: <c>dotnet CseaHub.Web.dll …</c> from an unrelated folder.</summary>
internal sealed class HubProcess : IDisposable
{
    public static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "CseaHub.Web.dll");

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("cseahub-cli-").FullName;

    public string WorkingDirectory { get; } = Directory.CreateTempSubdirectory("cseahub-cwd-").FullName;

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => await RunWithInputAsync(string.Empty, args);

    /// <summary>Runs the hub with <paramref name="input"/> on its standard input (a password, say), then closed.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string input, params string[] args)
    {
        using var process = Start(args);
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        // Generous: the crash-safety tests generate thousands of records this way while the rest of the suite runs on the
        // same two cores, and in the CI run of 99b1ebb that took longer than two minutes (44 s alone).
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The operator's machine has no test database settings: SQLite in the chosen data directory.
        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(DataDirectory);
        start.ArgumentList.Add("--Database:Provider=Sqlite");
        start.Environment.Remove("ConnectionStrings__Hub");
        start.Environment.Remove("Database__Provider");
        return Process.Start(start)!;
    }

    public void Dispose()
    {
        Directory.Delete(DataDirectory, recursive: true);
        Directory.Delete(WorkingDirectory, recursive: true);
    }
}
