using System.Text.Json;

namespace CseaHub.UnitTests.Infrastructure;

/// <summary>The GC settings the hub's build writes to its runtimeconfig, which every way of starting it reads (ADR 0015).</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_hub_runs_with_the_server_GC_at_conserve_level_7()
    {
        using var runtimeConfig = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "CseaHub.Web.runtimeconfig.json")));
        var settings = runtimeConfig.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(settings.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(7, settings.GetProperty("System.GC.ConserveMemory").GetInt32());
    }
}
