using System.Security.Cryptography;
using AlertBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Tests.Ingest;

/// <summary>The folder store on the embedded default (console mode): files in, articles stored, originals untouched.</summary>
public sealed class FolderIngestTests : IAsyncLifetime
{
    private HostRunner _host = null!;

    // A settle time well above the slow writer's pauses, so a busy test machine cannot stretch a pause past it.
    public async Task InitializeAsync() => _host = await HostRunner.StartAsync(server: null, "--Articles:SettleTime=00:00:01");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task BadFiles_AreRefusedWithoutStoppingTheWatcher_AndAreNeverModified()
    {
        var binary = RandomNumberGenerator.GetBytes(4096);
        binary[10] = 0;
        await File.WriteAllBytesAsync(Path.Combine(_host.ArticlesPath, "garbage.txt"), binary);
        await File.WriteAllBytesAsync(Path.Combine(_host.ArticlesPath, "empty.txt"), []);
        await File.WriteAllBytesAsync(Path.Combine(_host.ArticlesPath, "huge.txt"), new byte[3 * 1024 * 1024]);
        await _host.DropArticleAsync("good.txt", Fixtures.Numbered(31));
        var store = _host.Services.GetRequiredService<Stores>();

        await WaitForAsync(async () => (await store.Stories.RecentArticlesAsync(10)).Any(a => a.SourceName == "good.txt"));
        await _host.WaitUntilSettledAsync();

        var articles = await store.Stories.RecentArticlesAsync(10);
        Assert.DoesNotContain(articles, a => a.SourceName is "garbage.txt" or "huge.txt");
        Assert.DoesNotContain(articles, a => a.SourceName == "empty.txt" && a.Understanding.IsAlert);
        Assert.Equal(binary, await File.ReadAllBytesAsync(Path.Combine(_host.ArticlesPath, "garbage.txt")));
        Assert.Equal(4, Directory.GetFiles(_host.ArticlesPath).Length);
    }

    [Fact]
    public async Task SlowWriter_IsReadOnlyOnceComplete()
    {
        var path = Path.Combine(_host.ArticlesPath, "slow.txt");
        var text = Fixtures.Numbered(32);
        await using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            foreach (var chunk in text.Chunk(40))
            {
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(chunk));
                await stream.FlushAsync();
                await Task.Delay(50);
            }
        }

        var store = _host.Services.GetRequiredService<Stores>();
        await WaitForAsync(async () => (await store.Stories.RecentArticlesAsync(10)).Any(a => a.SourceName == "slow.txt"));
        await _host.WaitUntilSettledAsync();

        var stored = (await store.Stories.RecentArticlesAsync(10)).Where(a => a.SourceName == "slow.txt").ToList();
        Assert.Single(stored);
        Assert.Contains("1530 UTC on June 3rd, 2024", stored[0].Understanding.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilesPresentAtStart_AreIngestedOnce_AndNotAgainAfterARestart()
    {
        await _host.DropArticleAsync("before.txt", Fixtures.Numbered(33));
        var store = _host.Services.GetRequiredService<Stores>();
        await WaitForAsync(async () => await store.Stories.CountArticlesAsync() == 1);

        await _host.RestartAsync();
        store = _host.Services.GetRequiredService<Stores>();
        await _host.WaitUntilSettledAsync();

        Assert.Equal(1, await store.Stories.CountArticlesAsync());
        var deliveries = await store.Outbox.GetDeliveriesAsync(null, null, 10);
        Assert.Single(deliveries);
        Assert.Equal(DeliveryStates.Sent, deliveries[0].State);
    }

    [Fact]
    public async Task IngestedFileDeleted_IsForgotten_SoAStoreWhoseFilesAreRemovedKeepsNoMemoryOfThem()
    {
        var store = _host.Services.GetRequiredService<Stores>();
        var watcher = _host.Services.GetRequiredService<AlertBot.Ingest.FolderWatcher>();
        await _host.DropArticleAsync("kept.txt", Fixtures.Numbered(41));
        await _host.DropArticleAsync("removed.txt", Fixtures.Numbered(42));
        await WaitForAsync(async () => await store.Stories.CountArticlesAsync() == 2);
        await WaitForAsync(() => Task.FromResult(watcher.RememberedFiles == 2));

        File.Delete(Path.Combine(_host.ArticlesPath, "removed.txt"));
        await WaitForAsync(() => Task.FromResult(watcher.RememberedFiles == 1));
        watcher.Rescan();
        await _host.WaitUntilSettledAsync();

        // The stored article stays; the kept file is not read again.
        Assert.Equal(2, await store.Stories.CountArticlesAsync());
        Assert.Equal(1, watcher.RememberedFiles);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("condition not met in 15 s");
            await Task.Delay(50);
        }
    }
}
