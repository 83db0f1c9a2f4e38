using System.Runtime.InteropServices;
using CseaHub.Web.Infrastructure;

namespace CseaHub.UnitTests.Infrastructure;

/// <summary>glibc's malloc as the hub sets it on start (docs/adr/0016).</summary>
public sealed class MallocSettingsTests
{
    [Fact]
    public void A_megabyte_block_is_mapped_on_its_own_even_after_a_larger_one_was_freed()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "glibc's malloc is Linux's.");
        MallocSettings.Apply();

        // Freeing a mapped block is what raises glibc's threshold to its size when the threshold is not fixed.
        Marshal.FreeHGlobal(Marshal.AllocHGlobal(8 << 20));
        var mappedBefore = MallocStatistics().MappedBytes;
        var block = Marshal.AllocHGlobal(1 << 20);
        var mappedWhileHeld = MallocStatistics().MappedBytes;
        Marshal.FreeHGlobal(block);

        Assert.True(mappedWhileHeld >= mappedBefore + (1 << 20), $"mapped {mappedBefore} bytes before, {mappedWhileHeld} while the block was held");
    }

    /// <summary>glibc's <c>struct mallinfo2</c>; only the mapped bytes are read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct MallocInfo
    {
        private readonly nuint arena, ordinaryBlocks, smallBlocks, mappedBlocks;
        public readonly nuint MappedBytes;
        private readonly nuint unused, fastBytes, allocatedBytes, freeBytes, releasableBytes;
    }

    [DllImport("libc.so.6", EntryPoint = "mallinfo2")]
    private static extern MallocInfo MallocStatistics();
}
