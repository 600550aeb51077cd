using System.Diagnostics;
using AlertBot.Core.Understand;

namespace AlertBot.Benchmarks;

/// <summary>
/// `-- places`: what the gazetteer costs a process — the time of its first load (decompress, parse, index) and the
/// memory it keeps (live managed bytes after a full compacting collection, and the working set) — measured in a
/// fresh process, as the host pays it once at start.
/// </summary>
internal static class PlacesLoad
{
    public static void Run()
    {
        Collect();
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var workingBefore = Environment.WorkingSet;
        var clock = Stopwatch.StartNew();
        var count = Places.Preload();
        var loadMs = clock.Elapsed.TotalMilliseconds;
        Collect();
        var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        var workingAfter = Environment.WorkingSet;
        Console.WriteLine($"places: {count:N0}; first load {loadMs:F0} ms; live managed +{(managedAfter - managedBefore) / 1e6:F1} MB; working set +{(workingAfter - workingBefore) / 1e6:F1} MB");
    }

    private static void Collect()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
