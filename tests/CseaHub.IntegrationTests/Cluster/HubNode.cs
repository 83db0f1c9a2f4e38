using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CseaHub.IntegrationTests.Commands;
using CseaHub.Tests;

namespace CseaHub.IntegrationTests.Cluster;

/// <summary>
/// One web node: the built hub in a process of its own, serving on a loopback port. Either with a data directory (and
/// so a search index) of its own on the database of the in-process hub, as the deployment guide runs N nodes
/// (<see cref="StartAsync"/>), or as an operator serves a data directory of <see cref="HubProcess"/>
/// (<see cref="ServeAsync"/>).
/// </summary>
internal sealed class HubNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly bool _ownsDataDirectory;

    private HubNode(Process process, Uri address, string dataDirectory, bool ownsDataDirectory)
    {
        _process = process;
        Address = address;
        DataDirectory = dataDirectory;
        _ownsDataDirectory = ownsDataDirectory;
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        if (_process.StartInfo.RedirectStandardInput)
        {
            _process.StandardInput.Close();
        }
    }

    public Uri Address { get; }

    public string DataDirectory { get; }

    /// <summary>What the node wrote so far, to explain a failure.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<HubNode> StartAsync(HubAppFactory hub)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var dataDirectory = Directory.CreateTempSubdirectory("cseahub-node-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { HubProcess.Executable, "serve", "--urls", address.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(arg);
        }

        // As an operator configures a node: settings in the environment, the connection string out of the command line.
        start.Environment["DataDirectory"] = dataDirectory;
        start.Environment["Database__Provider"] = hub.DatabaseProvider;
        start.Environment["ConnectionStrings__Hub"] = hub.ConnectionString;
        start.Environment["Dataset__Path"] = RepositoryPaths.Dataset;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["RateLimits__SearchPerMinute"] = "0";
        start.Environment.Remove("CSEAHUB_DATA_DIR");

        // Ready for traffic once its index is open, as a load balancer would wait.
        return await StartedAsync(
            new HubNode(Process.Start(start)!, address, dataDirectory, ownsDataDirectory: true),
            index => index.TryGetProperty("checkpoint", out var checkpoint) && checkpoint.GetInt64() > 0);
    }

    /// <summary>
    /// <c>serve</c> on the data directory of <paramref name="hub"/> (its SQLite file, its index), returned as soon as it
    /// answers, whatever the state of its index.
    /// </summary>
    public static async Task<HubNode> ServeAsync(HubProcess hub)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        return await StartedAsync(
            new HubNode(hub.Start("serve", "--urls", address.ToString().TrimEnd('/')), address, hub.DataDirectory, ownsDataDirectory: false),
            _ => true);
    }

    /// <summary>A client of this node without cookies.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Until the node's index is built and follows the database with no lag.</summary>
    public Task WaitUntilIndexFollowsDatabaseAsync() => WaitUntilAsync(index =>
        index.GetProperty("status").GetString() == "Healthy" && index.TryGetProperty("lag", out var lag) && lag.GetInt64() == 0);

    /// <summary>A client of this node that keeps its cookies in <paramref name="cookies"/>, as one browser would for every node.</summary>
    public HttpClient ClientWith(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_ownsDataDirectory)
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private static async Task<HubNode> StartedAsync(HubNode node, Func<JsonElement, bool> ready)
    {
        try
        {
            await node.WaitUntilAsync(ready);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until /health answers and its search-index check is <paramref name="ready"/>.</summary>
    private async Task WaitUntilAsync(Func<JsonElement, bool> ready)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var health = JsonDocument.Parse(await client.GetStringAsync("/health"));
                if (ready(health.RootElement.GetProperty("checks").GetProperty("search-index")))
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or KeyNotFoundException)
            {
                // Not listening yet, or the index not open yet.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The node at {Address} did not get ready (exited: {_process.HasExited}):\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
