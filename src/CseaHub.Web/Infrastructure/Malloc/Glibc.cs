using System.Runtime.InteropServices;

namespace CseaHub.Web.Infrastructure.Malloc;

/// <summary>glibc's malloc, which SQLite, the compressors and the runtime itself allocate from on Linux.</summary>
/// <remarks>
/// DllImport rather than LibraryImport: its source generator needs unsafe code, for calls that take and return plain
/// values. Elsewhere than glibc 2.33 or later (Windows, macOS, Alpine's musl) the calls would throw: callers ask
/// <see cref="IsPresent"/> first.
/// </remarks>
internal static class Glibc
{
    public static readonly bool IsPresent = OperatingSystem.IsLinux() && CanReadStatistics();

    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    public static extern int SetMallocOption(int option, int value);

    [DllImport("libc.so.6", EntryPoint = "mallinfo2")]
    public static extern MallocInfo MallocStatistics();

    /// <summary>Gives the pages of every free block back to the system; returns 1 when it gave any.</summary>
    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    public static extern int TrimMalloc(nuint keepAtTop);

    private static bool CanReadStatistics()
    {
        try
        {
            _ = MallocStatistics();
            return true;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}

/// <summary>glibc's <c>struct mallinfo2</c>, in its order.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct MallocInfo
{
    private readonly nuint _arenaBytes, _freeBlocks, _fastBinBlocks, _mappedBlocks;

    /// <summary>Bytes of the blocks mapped on their own (see <see cref="MallocSettings"/>).</summary>
    public readonly nuint MappedBytes;

    private readonly nuint _unused, _fastBinBytes;

    /// <summary>Bytes of the arenas in use.</summary>
    public readonly nuint AllocatedBytes;

    /// <summary>Bytes of the arenas freed and kept for later.</summary>
    public readonly nuint FreeBytes;

    private readonly nuint _releasableAtTop;
}
