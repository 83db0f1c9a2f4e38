using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CseaHub.IntegrationTests.Commands;
using CseaHub.Tests;

namespace CseaHub.IntegrationTests.Cluster;

/// <summary>
/// One web node: the built hub in a process of its own, serving on a loopback port, with a data directory (and so a
/// search index) of its own, on the database of the in-process hub, as the deployment guide runs N nodes.
/// </summary>
internal sealed class HubNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private HubNode(Process process, Uri address, string dataDirectory)
    {
        _process = process;
        Address = address;
        DataDirectory = dataDirectory;
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

        var node = new HubNode(Process.Start(start)!, address, dataDirectory);
        node._process.OutputDataReceived += (_, line) => node.Append(line.Data);
        node._process.ErrorDataReceived += (_, line) => node.Append(line.Data);
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        try
        {
            await node.WaitUntilServingAsync();
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }

        return node;
    }

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
        Directory.Delete(DataDirectory, recursive: true);
    }

    /// <summary>Waits until /health answers with a built search index, as a load balancer would before sending traffic.</summary>
    private async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var health = JsonDocument.Parse(await client.GetStringAsync("/health"));
                if (health.RootElement.GetProperty("checks").GetProperty("search-index").TryGetProperty("checkpoint", out var checkpoint)
                    && checkpoint.GetInt64() > 0)
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

        throw new InvalidOperationException($"The node at {Address} did not start:\n{Log}");
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

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
