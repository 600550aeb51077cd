using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Benchmarks;

/// <summary>
/// Articles per second on one core by thread CPU time (getrusage RUSAGE_THREAD), with allocations per article.
/// Wall-clock benchmarks on a machine shared with other builds measure the scheduler as much as the code.
/// </summary>
internal static partial class CpuThroughput
{
    public static void Run(double seconds)
    {
        var understander = new ArticleUnderstander();
        foreach (var (name, text) in new[] { ("plain text", Articles.PlainText), ("HTML page", Articles.Html), ("JSON", Articles.Json) })
        {
            var doc = new SourceDocument(name switch { "HTML page" => "a.html", "JSON" => "a.json", _ => "a.txt" }, Encoding.UTF8.GetBytes(text));
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < seconds) understander.Understand(doc);

            var n = 0;
            var cpu0 = ThreadCpuMicroseconds();
            var alloc0 = GC.GetAllocatedBytesForCurrentThread();
            var wall = Stopwatch.StartNew();
            while (wall.Elapsed.TotalSeconds < seconds)
            {
                understander.Understand(doc);
                n++;
            }
            var cpuPer = (ThreadCpuMicroseconds() - cpu0) / n;
            var allocPer = (GC.GetAllocatedBytesForCurrentThread() - alloc0) / (double)n;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-10} {doc.Content.Length,5} B: {cpuPer,7:F1} us CPU/article = {1e6 / cpuPer,7:F0} articles/s on one core; wall {wall.Elapsed.TotalMicroseconds / n,7:F1} us; {allocPer / 1024,6:F1} KB allocated/article"));
        }
    }

    /// <summary>`-- --parts`: thread CPU per call of the stages inside understanding, on the plain-text article.</summary>
    public static void Parts(double seconds)
    {
        var u = new ArticleUnderstander().Understand(new SourceDocument("a.txt", Encoding.UTF8.GetBytes(Articles.PlainText)));
        var paragraphs = u.Body.Split("\n\n");
        Measure("topics and places", seconds, () => Topics.Find(u.Headline, paragraphs));
        Measure("place scan", seconds, () => PlaceFinder.Scan(u.Headline, paragraphs));
        Measure("whole article", seconds, () => new ArticleUnderstander().Understand(new SourceDocument("a.txt", Encoding.UTF8.GetBytes(Articles.PlainText))));
    }

    private static void Measure(string name, double seconds, Action action)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < seconds / 2) action();
        var n = 0;
        var cpu0 = ThreadCpuMicroseconds();
        var wall = Stopwatch.StartNew();
        while (wall.Elapsed.TotalSeconds < seconds)
        {
            action();
            n++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-18}: {(ThreadCpuMicroseconds() - cpu0) / n,8:F1} us CPU per call"));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal
    {
        public long Seconds;
        public long Microseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public TimeVal User;
        public TimeVal System;
#pragma warning disable CS0169 // the rest of struct rusage, never read
        private readonly long _r0, _r1, _r2, _r3, _r4, _r5, _r6, _r7, _r8, _r9, _r10, _r11, _r12, _r13;
#pragma warning restore CS0169
    }

    private const int RusageThread = 1;

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, out RUsage usage);

    internal static double ThreadCpuMicroseconds()
    {
        if (GetRUsage(RusageThread, out var u) != 0) throw new InvalidOperationException("getrusage(RUSAGE_THREAD) failed");
        return (u.User.Seconds + u.System.Seconds) * 1e6 + u.User.Microseconds + u.System.Microseconds;
    }
}
