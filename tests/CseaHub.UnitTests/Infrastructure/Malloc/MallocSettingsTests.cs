using System.Runtime.InteropServices;
using CseaHub.Web.Infrastructure.Malloc;

namespace CseaHub.UnitTests.Infrastructure.Malloc;

/// <summary>glibc's malloc as the hub sets it on start (docs/adr/0016).</summary>
public sealed class MallocSettingsTests
{
    [Fact]
    public void A_megabyte_block_is_mapped_on_its_own_even_after_a_larger_one_was_freed()
    {
        Assert.SkipUnless(Glibc.IsPresent, "glibc's malloc only.");
        MallocSettings.Apply();

        // Freeing a mapped block is what raises glibc's threshold to its size when the threshold is not fixed.
        Marshal.FreeHGlobal(Marshal.AllocHGlobal(8 << 20));
        var mappedBefore = Glibc.MallocStatistics().MappedBytes;
        var block = Marshal.AllocHGlobal(1 << 20);
        var mappedWhileHeld = Glibc.MallocStatistics().MappedBytes;
        Marshal.FreeHGlobal(block);

        Assert.True(mappedWhileHeld >= mappedBefore + (1 << 20), $"mapped {mappedBefore} bytes before, {mappedWhileHeld} while the block was held");
    }
}
