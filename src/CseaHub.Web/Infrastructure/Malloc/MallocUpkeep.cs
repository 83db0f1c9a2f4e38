using System.Diagnostics.Metrics;

namespace CseaHub.Web.Infrastructure.Malloc;

/// <summary>
/// Gives the pages of glibc's free blocks back to the system every minute, and reports what its arenas hold as the
/// meter <c>CseaHub.Malloc</c> (<c>dotnet-counters monitor -p PID --counters CseaHub.Malloc</c>; the soak records it).
/// </summary>
/// <remarks>
/// glibc keeps freed blocks for later inside its arenas, and the pages of a free block in the middle of an arena stay
/// the process's until <c>malloc_trim</c> hands them back. Under the soak, what the arenas held free grew while what was
/// allocated from them stayed level (docs/adr/0016).
/// </remarks>
internal sealed class MallocUpkeep : BackgroundService
{
    public const string MeterName = "CseaHub.Malloc";

    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public MallocUpkeep(IMeterFactory meters)
    {
        if (!Glibc.IsPresent)
        {
            return;
        }

        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("cseahub.malloc.allocated", () => Bytes(info => info.AllocatedBytes + info.MappedBytes), "By",
            "Bytes allocated from glibc's malloc, in its arenas and mapped on their own.");
        meter.CreateObservableGauge("cseahub.malloc.free", () => Bytes(info => info.FreeBytes), "By",
            "Bytes glibc's arenas hold freed, for later allocations.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Glibc.IsPresent)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                _ = Glibc.TrimMalloc(0);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The hub is stopping.
        }
    }

    private static long Bytes(Func<MallocInfo, nuint> figure) => (long)figure(Glibc.MallocStatistics());
}
