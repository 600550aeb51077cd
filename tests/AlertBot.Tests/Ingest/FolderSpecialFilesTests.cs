using System.Diagnostics;
using System.Runtime.InteropServices;
using AlertBot.Ingest;
using AlertBot.Storage;
using AlertBot.Tests.Observe;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Ingest;

/// <summary>
/// What else a folder can hold: links to files elsewhere, linked directories, FIFOs. Only regular files inside
/// the folder are read; the rest is skipped, logged once, and never holds up a real article or the stop.
/// </summary>
public sealed partial class FolderSpecialFilesTests : IDisposable
{
    private readonly CaptureLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task LinkToAFileOutside_IsNotRead_AndALinkedDirectoryIsNotEntered()
    {
        await using var host = await HostRunner.StartAsync(server: null, b => b.Logging.AddProvider(_logs));
        var outside = Path.Combine(host.Root, "outside");
        Directory.CreateDirectory(Path.Combine(outside, "dir"));
        await File.WriteAllTextAsync(Path.Combine(outside, "secret.txt"), Fixtures.Numbered(51));
        await File.WriteAllTextAsync(Path.Combine(outside, "dir", "inner.txt"), Fixtures.Numbered(52));
        File.CreateSymbolicLink(Path.Combine(host.ArticlesPath, "leak.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(host.ArticlesPath, "linked"), Path.Combine(outside, "dir"));
        await host.DropArticleAsync("good.txt", Fixtures.Numbered(53));
        var store = host.Services.GetRequiredService<Stores>();
        var watcher = host.Services.GetRequiredService<FolderWatcher>();

        // What the rescan job does, twice: nothing new is found, and the link is reported once.
        watcher.Rescan();
        watcher.Rescan();
        await HostRunnerHttp.WaitForAsync(async () => (await store.Stories.RecentArticlesAsync(10)).Any(a => a.SourceName == "good.txt") && watcher.IsIdle);

        Assert.Equal(["good.txt"], (await store.Stories.RecentArticlesAsync(10)).Select(a => a.SourceName));
        Assert.Equal(0, watcher.Rescan());
        var refused = _logs.Lines.Where(l => l.Contains("[1009]", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, refused.Count);
        Assert.Contains("'leak.txt' is not read: a symbolic link", refused[0], StringComparison.Ordinal);
        Assert.Contains("'linked' is not read: a link to a directory", refused[1], StringComparison.Ordinal);
        using var http = new HttpClient();
        var metrics = await http.GetStringAsync(new Uri(host.BaseAddress, "metrics"));
        Assert.True(ObserveKit.Sample(metrics, "alertbot_articles_ingested_total", "outcome=\"rejected\"", "reason=\"link\"", "source=\"folder\"") >= 1);
    }

    [Fact]
    public async Task FifosNamedTxt_HoldUpNeitherARealArticleNorTheStop()
    {
        // Fewer readers than FIFOs, and the FIFOs there first (found by the start-up scan, no settling): each
        // FIFO that blocked a reader would hold it for good, and the real article would wait behind them.
        string[] args = ["--Articles:Concurrency=4", "--Articles:SettleTime=00:00:00"];
        var host = await HostRunner.StartAsync(server: null, b => b.Logging.AddProvider(_logs), args);
        await using (host)
        {
            await host.StopAsync();
            for (var i = 1; i <= 9; i++)
                MakeFifo(Path.Combine(host.ArticlesPath, $"pipe-{i}.txt"));
            await host.RestartAsync(args);
            var store = host.Services.GetRequiredService<Stores>();
            var watcher = host.Services.GetRequiredService<FolderWatcher>();
            var clock = Stopwatch.StartNew();

            await host.DropArticleAsync("real.txt", Fixtures.Numbered(54));
            await HostRunnerHttp.WaitForAsync(async () => await store.Stories.CountArticlesAsync() == 1);
            var stored = clock.Elapsed;
            watcher.Rescan();
            watcher.Rescan();

            Assert.True(stored < TimeSpan.FromSeconds(5), $"the real article took {stored}");
            Assert.Equal("real.txt", Assert.Single(await store.Stories.RecentArticlesAsync(10)).SourceName);
            var shutdownTimeout = host.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;
            clock.Restart();
            await host.StopAsync();
            Assert.True(clock.Elapsed < shutdownTimeout / 2, $"stopping took {clock.Elapsed} of a {shutdownTimeout} shutdown timeout");
            // Once each, at the start-up scan: neither the two rescans nor anything else reported them again.
            Assert.Equal(9, _logs.Lines.Count(l => l.Contains("[1009]", StringComparison.Ordinal) && l.Contains("not a regular file", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task FollowLinks_ReadsALinkResolvingInside_AndNotOneResolvingOutside()
    {
        await using var host = await HostRunner.StartAsync(server: null, b => b.Logging.AddProvider(_logs), "--Articles:FollowLinks=true");
        var outside = Path.Combine(host.Root, "outside.txt");
        await File.WriteAllTextAsync(outside, Fixtures.Numbered(55));
        // The target has a writer's temporary name, so it is not read under its own name: what is stored came through the link.
        var target = Path.Combine(host.ArticlesPath, "desk", "story-56.txt.part");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllTextAsync(target, Fixtures.Numbered(56));
        File.CreateSymbolicLink(Path.Combine(host.ArticlesPath, "leak.txt"), outside);
        File.CreateSymbolicLink(Path.Combine(host.ArticlesPath, "latest.txt"), Path.Combine("desk", "story-56.txt.part"));
        var store = host.Services.GetRequiredService<Stores>();
        var watcher = host.Services.GetRequiredService<FolderWatcher>();

        watcher.Rescan();
        await HostRunnerHttp.WaitForAsync(async () => await store.Stories.CountArticlesAsync() == 1 && watcher.IsIdle);

        var article = Assert.Single(await store.Stories.RecentArticlesAsync(10));
        Assert.Equal("latest.txt", article.SourceName);
        Assert.Contains("incident number 56", article.Understanding.Body, StringComparison.Ordinal);
        var refused = Assert.Single(_logs.Lines, l => l.Contains("[1009]", StringComparison.Ordinal));
        Assert.Contains($"'leak.txt' is not read: a link to {outside}, outside the folder", refused, StringComparison.Ordinal);
    }

    internal static void MakeFifo(string path)
    {
        if (Mkfifo(path, Convert.ToUInt32("644", 8)) != 0)
            throw new IOException($"mkfifo {path}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Mkfifo(string path, uint mode);
}
