using System.Runtime.InteropServices;

namespace CseaHub.Web.Infrastructure;

/// <summary>
/// Caps glibc's malloc arenas at two before the hub starts its threads, unless the operator chose a number through
/// <c>MALLOC_ARENA_MAX</c>.
/// </summary>
/// <remarks>
/// SQLite allocates natively from whichever thread-pool thread runs a query, and glibc gives each such thread its own
/// arena (up to eight per core), each keeping freed pages for later. Under the soak that made the process's anonymous
/// memory climb by about 9 MiB a minute while the managed heap stayed flat; with two arenas it climbed by 5 and reads
/// were faster (docs/adr/0014). Elsewhere than glibc (Windows, macOS, musl) there is nothing to do.
/// </remarks>
internal static class NativeMemory
{
    /// <summary>M_ARENA_MAX in glibc's malloc.h.</summary>
    private const int ArenaMaxOption = -8;

    private const int Arenas = 2;

    public static void LimitMallocArenas()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null)
        {
            return;
        }

        try
        {
            _ = SetMallocOption(ArenaMaxOption, Arenas);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl on Alpine has neither the library name nor arenas to cap).
        }
    }

    // DllImport rather than LibraryImport: its source generator needs unsafe code, for one call with two integers.
    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    private static extern int SetMallocOption(int option, int value);
}
