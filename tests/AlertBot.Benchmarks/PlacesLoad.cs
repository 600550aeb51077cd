using System.Diagnostics;
using AlertBot.Core.Understand;

namespace AlertBot.Benchmarks;

/// <summary>
/// `-- places`: what the gazetteer costs a process — the time of its first load (decompress, parse, index) and the
/// memory it keeps (live managed bytes after a full compacting collection, and the working set) — measured in a
/// fresh process, as the host pays it once at start. Two phases: the load (what understanding needs) and the slug
/// map built on the first command look-up (/subscribe &lt;town&gt;, /near, /topics); "whole" is both, from the same
/// starting point. The working set counts everything the process maps for them, the native libraries they pull in
/// (ICU, the gzip library) included; `-- places --warm-runtime` touches those and Gazetteer's tag tables first, to
/// show the places' own share.
/// </summary>
internal static class PlacesLoad
{
    public static void Run(bool warmRuntime)
    {
        if (warmRuntime)
            WarmRuntime();
        Collect();
        var managed0 = GC.GetTotalMemory(forceFullCollection: true);
        var working0 = Environment.WorkingSet;
        var committed0 = GC.GetGCMemoryInfo().TotalCommittedBytes;
        var icu0 = IcuLoaded();
        var clock = Stopwatch.StartNew();
        var count = Places.Preload();
        var loadMs = clock.Elapsed.TotalMilliseconds;
        Collect();
        var managed1 = GC.GetTotalMemory(forceFullCollection: true);
        var working1 = Environment.WorkingSet;
        var committed1 = GC.GetGCMemoryInfo().TotalCommittedBytes;
        var icu1 = IcuLoaded();
        clock.Restart();
        var found = Places.Lookup("goma").Count;
        var slugMs = clock.Elapsed.TotalMilliseconds;
        Collect();
        var managed2 = GC.GetTotalMemory(forceFullCollection: true);
        var working2 = Environment.WorkingSet;
        var committed2 = GC.GetGCMemoryInfo().TotalCommittedBytes;
        var icu2 = IcuLoaded();
        // What /near (the nearest town to a shared location) and a /topics search do: look at every place.
        clock.Restart();
        var near = Places.NearestTown(50.4501, 30.5234, 30, minPopulation: 10_000)?.Name;
        var topics = new AlertBot.Telegram.Commands.TopicDirectory([], Gazetteer.TopicTags).Search("kivu").Count;
        var commandsMs = clock.Elapsed.TotalMilliseconds;
        Collect();
        var managed3 = GC.GetTotalMemory(forceFullCollection: true);
        var working3 = Environment.WorkingSet;
        // And what making every place an object costs (Places.All walked: tests, tools).
        clock.Restart();
        var towns = Places.All.Count(p => p.Kind == PlaceKind.City);
        var allMs = clock.Elapsed.TotalMilliseconds;
        Collect();
        var managed4 = GC.GetTotalMemory(forceFullCollection: true);
        var working4 = Environment.WorkingSet;
        Console.WriteLine($"places: {count:N0}{(warmRuntime ? " (runtime warmed first)" : "")}; ICU loaded before/after load/after slugs: {icu0}/{icu1}/{icu2}");
        Console.WriteLine($"load: first load {loadMs:F0} ms; live managed +{(managed1 - managed0) / 1e6:F1} MB (GC committed +{(committed1 - committed0) / 1e6:F1} MB); working set +{(working1 - working0) / 1e6:F1} MB");
        Console.WriteLine($"slug map: built in {slugMs:F0} ms ({found} for \"goma\"); live managed +{(managed2 - managed1) / 1e6:F1} MB (GC committed +{(committed2 - committed1) / 1e6:F1} MB); working set +{(working2 - working1) / 1e6:F1} MB");
        Console.WriteLine($"whole gazetteer: live managed +{(managed2 - managed0) / 1e6:F1} MB (GC committed +{(committed2 - committed0) / 1e6:F1} MB); working set +{(working2 - working0) / 1e6:F1} MB");
        Console.WriteLine($"then /near's town ({near}) and a /topics search ({topics} for \"kivu\"): {commandsMs:F0} ms; live managed +{(managed3 - managed2) / 1e6:F1} MB; working set +{(working3 - working2) / 1e6:F1} MB");
        Console.WriteLine($"then every place made an object ({towns:N0} towns, Places.All): {allMs:F0} ms; live managed +{(managed4 - managed3) / 1e6:F1} MB; working set +{(working4 - working3) / 1e6:F1} MB");
    }

    /// <summary>What the host has paid before the gazetteer in any case: ICU (normalisation, culture data), the gzip library, the tag tables.</summary>
    private static void WarmRuntime()
    {
        _ = "é".Normalize(System.Text.NormalizationForm.FormD);
        _ = System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf("é", "e", System.Globalization.CompareOptions.IgnoreNonSpace);
        using (var z = new System.IO.Compression.GZipStream(new MemoryStream(), System.IO.Compression.CompressionMode.Compress, leaveOpen: false))
            z.WriteByte(1);
        _ = Gazetteer.IsKnownTag("mali");
    }

    private static bool IcuLoaded() =>
        File.Exists("/proc/self/maps") && File.ReadAllText("/proc/self/maps").Contains("libicu", StringComparison.Ordinal);

    private static void Collect()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
