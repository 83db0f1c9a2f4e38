namespace CseaHub.Web.Infrastructure.Malloc;

/// <summary>
/// Sets glibc's malloc so that what the hub frees natively goes back to the system: large blocks are mapped on their
/// own, and the thread pool adds no arenas to those the runtime made. Each setting the operator chose (<c>MALLOC_MMAP_THRESHOLD_</c>,
/// <c>MALLOC_ARENA_MAX</c>, or the same through <c>GLIBC_TUNABLES</c>) is left alone.
/// </summary>
/// <remarks>
/// Under the soak, the native memory glibc held grew by about 1.3 MiB a minute while what was allocated from it stayed at
/// 48 MB: the growth was freed blocks of 100 KiB to 4 MiB kept inside the arenas (docs/adr/0016). glibc maps such blocks
/// on their own at first, but raises that threshold up to 32 MiB each time one is freed; fixed, the threshold stays at
/// glibc's default of 128 KiB and a freed large block is unmapped at once. Elsewhere than glibc (Windows, macOS, musl)
/// there is nothing to do.
/// </remarks>
internal static class MallocSettings
{
    /// <summary>M_MMAP_THRESHOLD in glibc's malloc.h.</summary>
    private const int MmapThresholdOption = -3;

    /// <summary>M_ARENA_MAX in glibc's malloc.h.</summary>
    private const int ArenaMaxOption = -8;

    private const int MmapThresholdBytes = 128 * 1024;

    /// <summary>
    /// Arenas the runtime's own threads made before the hub's first line are kept (there were nine under the soak);
    /// the cap stops the thread pool's threads from adding more, up to eight a core.
    /// </summary>
    private const int Arenas = 2;

    public static void Apply()
    {
        if (Glibc.IsPresent)
        {
            SetUnlessOperatorChose("MALLOC_MMAP_THRESHOLD_", "glibc.malloc.mmap_threshold", MmapThresholdOption, MmapThresholdBytes);
            SetUnlessOperatorChose("MALLOC_ARENA_MAX", "glibc.malloc.arena_max", ArenaMaxOption, Arenas);
        }
    }

    private static void SetUnlessOperatorChose(string variable, string tunable, int option, int value)
    {
        var tunables = Environment.GetEnvironmentVariable("GLIBC_TUNABLES") ?? "";
        if (Environment.GetEnvironmentVariable(variable) is null && !tunables.Contains(tunable, StringComparison.Ordinal))
        {
            _ = Glibc.SetMallocOption(option, value);
        }
    }
}
