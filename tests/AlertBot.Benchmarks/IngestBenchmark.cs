using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using AlertBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Benchmarks;

/// <summary>
/// Drop-to-stored latency and burst throughput of the folder store, on the real host (SQLite, console sink):
/// <c>dotnet run -c Release --project tests/AlertBot.Benchmarks -- ingest [--latency 200] [--burst 5000] [--Section:Key=value…]</c>.
/// "Stored" is the moment the pipeline counts the article (alertbot.articles.ingested), observed with a MeterListener.
/// </summary>
public static class IngestBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var latencyFiles = Option(args, "--latency", 200);
        var burstFiles = Option(args, "--burst", 5000);
        var root = Path.Combine(Path.GetTempPath(), "alertbot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var articles = Path.Combine(root, "articles");
        Directory.CreateDirectory(articles);
        var stored = new ConcurrentQueue<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "AlertBot" && instrument.Name == "alertbot.articles.ingested")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "outcome", Value: "stored" })
                    stored.Enqueue(Stopwatch.GetTimestamp());
            }
        });
        listener.Start();

        var console = Console.Out;
        Console.SetOut(TextWriter.Null); // the console sink prints every alert; not what is measured
        // Any --Section:Key=value argument goes to the host (e.g. --Duplicates:Enabled=false).
        var app = AlertBotApp.Build([$"--Articles:Path={articles}", $"--Storage:DataPath={Path.Combine(root, "data")}", "--Urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. args.Where(a => a.Contains('=', StringComparison.Ordinal))]);
        await app.StartAsync();
        try
        {
            // Latency: one file at a time, renamed into place (read at once) and written in place (read after SettleTime).
            foreach (var inPlace in new[] { false, true })
            {
                var samples = new List<double>();
                for (var i = 0; i < latencyFiles; i++)
                {
                    var before = stored.Count;
                    var path = Path.Combine(articles, $"lat-{(inPlace ? "w" : "r")}-{i:0000}.txt");
                    var t0 = Stopwatch.GetTimestamp();
                    if (inPlace)
                    {
                        await File.WriteAllTextAsync(path, Article(i + (inPlace ? 100_000 : 0)));
                    }
                    else
                    {
                        await File.WriteAllTextAsync(path + ".tmp", Article(i));
                        t0 = Stopwatch.GetTimestamp();
                        File.Move(path + ".tmp", path);
                    }

                    while (stored.Count == before)
                        await Task.Delay(1);
                    samples.Add(Stopwatch.GetElapsedTime(t0, stored.Last()).TotalMilliseconds);
                }

                samples.Sort();
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"drop-to-stored ({(inPlace ? "written in place, 200 ms settle" : "renamed into place")}), n={samples.Count}: p50 {samples[samples.Count / 2]:F1} ms, p99 {samples[(int)(samples.Count * 0.99)]:F1} ms, max {samples[^1]:F1} ms"));
            }

            // Burst: files renamed into place as fast as the disk takes them.
            var start = stored.Count;
            var t = Stopwatch.GetTimestamp();
            await Parallel.ForAsync(0, burstFiles, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (n, ct) =>
            {
                var path = Path.Combine(articles, $"burst-{n:00000}.txt");
                await File.WriteAllTextAsync(path + ".tmp", Article(200_000 + n), ct);
                File.Move(path + ".tmp", path);
            });
            var written = Stopwatch.GetElapsedTime(t);
            while (stored.Count - start < burstFiles)
            {
                if (Stopwatch.GetElapsedTime(t) > TimeSpan.FromMinutes(5))
                    throw new TimeoutException($"{stored.Count - start} of {burstFiles} stored after 5 min");
                await Task.Delay(10);
            }

            var total = Stopwatch.GetElapsedTime(t);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"burst: {burstFiles} files written in {written.TotalSeconds:F1} s, all stored after {total.TotalSeconds:F1} s: {burstFiles / total.TotalSeconds:F0} articles/s"));
            var count = await app.Services.GetRequiredService<Stores>().Stories.CountArticlesAsync();
            console.WriteLine($"articles stored: {count} (expected {2 * latencyFiles + burstFiles})");
            return count == 2 * latencyFiles + burstFiles ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Console.SetOut(console);
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Article(int n) =>
        $"""
        Report {n}: Convoy Attacked Near Sector {n % 97}

        A supply convoy was attacked near sector {n % 97} on Monday, officials said in report number {n}, the latest in a series of incidents along route {n % 13}.

        At {n % 24:00}{n % 60:00} UTC on June 3rd, 2024, witnesses heard explosions, according to local reporter number {n}.
        """;
}
