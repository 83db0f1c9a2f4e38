using System.Data.Common;
using System.Net;
using CseaHub.Web.Data.Postgres;
using CseaHub.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.IntegrationTests.Reliability;

/// <summary>
/// Readers of the same public page share one rendering (the output cache's request coalescing). A reader who goes
/// away cancels the rendering; the others must still get the page (the soak found them answered with a 500).
/// </summary>
public sealed class CancelledReaderTests : IAsyncLifetime
{
    private readonly OrganisationReadGate _gate = new();
    private readonly HubAppFactory _hub;

    public CancelledReaderTests() =>
        _hub = HubAppFactory.WithServices(services =>
        {
            services.ConfigureDbContext<SqliteHubDbContext>(db => db.AddInterceptors(_gate));
            services.ConfigureDbContext<PostgresHubDbContext>(db => db.AddInterceptors(_gate));
        });

    public async ValueTask InitializeAsync()
    {
        await _hub.InitializeAsync();
        await _hub.SearchCaughtUpAsync();
    }

    [Fact]
    public async Task A_reader_waiting_on_a_page_gets_it_when_the_reader_rendering_it_goes_away()
    {
        var url = "/organisations/council-of-europe?reader=" + Guid.NewGuid().ToString("N");
        _gate.Close();
        using var leaving = new CancellationTokenSource();
        var first = _hub.CreateClient().GetAsync(url, leaving.Token);
        await _gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        var second = _hub.CreateClient().GetAsync(url);
        // Time for the second request to reach the cache and wait on the first's rendering. Were it slower, it would
        // render the page itself and pass without the case being tried: never a false failure.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        _gate.Open();

        using var response = await second;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Council of Europe", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_hub.Errors.Entries);
    }

    public ValueTask DisposeAsync() => _hub.DisposeAsync();

    /// <summary>Holds reads of organisations while closed, as a slow database would, until opened or cancelled.</summary>
    private sealed class OrganisationReadGate : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource _open = Opened();

        public Task Entered => _entered.Task;

        public void Close() => _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _open.TrySetResult();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!_open.Task.IsCompleted && command.CommandText.Contains("\"Organisations\"", StringComparison.Ordinal))
            {
                _entered.TrySetResult();
                await _open.Task.WaitAsync(cancellationToken);
            }

            return result;
        }

        private static TaskCompletionSource Opened()
        {
            var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            open.SetResult();
            return open;
        }
    }
}
