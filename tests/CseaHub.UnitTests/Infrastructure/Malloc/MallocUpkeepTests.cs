using System.Diagnostics.Metrics;
using CseaHub.Web.Infrastructure.Malloc;
using Microsoft.Extensions.DependencyInjection;

namespace CseaHub.UnitTests.Infrastructure.Malloc;

public sealed class MallocUpkeepTests
{
    [Fact]
    public async Task The_meter_reports_what_the_arenas_hold_and_the_trimming_stops_with_the_hub()
    {
        Assert.SkipUnless(Glibc.IsPresent, "glibc's malloc only.");
        await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var upkeep = new MallocUpkeep(services.GetRequiredService<IMeterFactory>());
        var figures = new Dictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == MallocUpkeep.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => figures[instrument.Name] = value);
        listener.Start();

        await upkeep.StartAsync(TestContext.Current.CancellationToken);
        listener.RecordObservableInstruments();
        await upkeep.StopAsync(TestContext.Current.CancellationToken);

        Assert.True(figures["cseahub.malloc.allocated"] > 0);
        Assert.Contains("cseahub.malloc.free", figures.Keys);
        // Stopped before its first tick, or even before it ran at all (then the framework reports it cancelled).
        Assert.True(upkeep.ExecuteTask is { IsCompleted: true, IsFaulted: false });
    }
}
