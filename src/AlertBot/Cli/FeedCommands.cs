using System.Globalization;
using System.Xml;
using AlertBot.Ingest;
using AlertBot.Storage;

namespace AlertBot.Cli;

/// <summary><c>feeds</c> (list with health), <c>feeds import FILE.opml</c>, <c>feeds export [FILE]</c>; the feed lines of <c>status</c>.</summary>
public static class FeedCommands
{
    public const string Usage =
        """
               AlertBot feeds                  polled feeds and their health
               AlertBot feeds import FILE.opml add the feeds of an OPML file
               AlertBot feeds export [FILE]    the feeds as OPML (standard output without FILE)
        """;

    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(FeedStore feedStore, string[] args, TextWriter output, TextWriter error)
    {
        switch (args)
        {
            case [] or ["list"]:
                var feeds = await feedStore.GetFeedsAsync();
                if (feeds.Count == 0)
                    await output.WriteLineAsync("no feeds (add them under Feeds in appsettings.json, or: feeds import FILE.opml)");
                foreach (var f in feeds)
                    await output.WriteLineAsync(Describe(f, DateTimeOffset.UtcNow));
                return 0;
            case ["import", var file]:
                IReadOnlyList<(string Url, string Name, TimeSpan? Interval)> read;
                try
                {
                    using var text = File.OpenText(file);
                    read = Opml.Read(text);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
                {
                    await error.WriteLineAsync($"feeds import: cannot read {file}: {e.Message}");
                    return 1;
                }

                var added = await feedStore.ImportFeedsAsync(read.Select(f => (f.Url, f.Name, f.Interval ?? DefaultInterval)).ToList());
                await output.WriteLineAsync($"{read.Count} feeds in {file}: {added} added, {read.Count - added} already known. A running AlertBot starts polling them within a minute.");
                return 0;
            case ["export"]:
                Opml.Write(await feedStore.GetFeedsAsync(), output, DateTimeOffset.UtcNow);
                await output.WriteLineAsync();
                return 0;
            case ["export", var file]:
                await using (var writer = File.CreateText(file))
                    Opml.Write(await feedStore.GetFeedsAsync(), writer, DateTimeOffset.UtcNow);
                await output.WriteLineAsync($"feeds written to {file}");
                return 0;
            default:
                await error.WriteLineAsync("usage:\n" + Usage);
                return 2;
        }
    }

    /// <summary>The feed part of <c>status</c>: how many, and each failing one with its last error.</summary>
    public static async Task WriteStatusAsync(FeedStore feedStore, TextWriter output)
    {
        var feeds = await feedStore.GetFeedsAsync();
        if (feeds.Count == 0)
            return;
        var failing = feeds.Where(f => f.ConsecutiveFailures > 0).ToList();
        await output.WriteLineAsync($"feeds: {feeds.Count}, {failing.Count} failing");
        foreach (var f in failing)
            await output.WriteLineAsync("  " + Describe(f, DateTimeOffset.UtcNow));
    }

    internal static string Describe(FeedRecord f, DateTimeOffset now)
    {
        var health = f.ConsecutiveFailures == 0
            ? f.LastSuccess is { } ok ? $"ok, last success {Ago(now - ok)}" : "not polled yet"
            : $"FAILING ×{f.ConsecutiveFailures}: {f.LastError} (last success {(f.LastSuccess is { } s ? Ago(now - s) : "never")}; next try {(f.NextPoll > now ? "in " + Short(f.NextPoll - now) : "now")})";
        return $"#{f.Id} {f.Name} <{f.Url}> every {Short(f.Interval)} [{f.AddedBy}] {f.ItemsIngested} items — {health}";
    }

    private static string Ago(TimeSpan t) => Short(t) + " ago";

    private static string Short(TimeSpan t) =>
        t.TotalSeconds < 90 ? $"{Math.Max(0, t.TotalSeconds):F0} s"
        : t.TotalMinutes < 90 ? $"{t.TotalMinutes:F0} min"
        : t.TotalHours < 48 ? $"{t.TotalHours.ToString("F1", CultureInfo.InvariantCulture)} h"
        : $"{t.TotalDays:F0} d";
}
