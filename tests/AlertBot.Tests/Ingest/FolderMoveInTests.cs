using AlertBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using static AlertBot.Tests.Ingest.HostRunnerHttp;

namespace AlertBot.Tests.Ingest;

/// <summary>
/// The atomic drop from another folder (write aside, fsync, rename in): complete when it arrives, so read at once,
/// though FileSystemWatcher reports it as Created like a file still being written. A file written in place settles.
/// </summary>
public sealed class FolderMoveInTests : IAsyncLifetime
{
    private HostRunner _host = null!;

    // Far longer than any wait below (15 s): a file read within one was not waiting for its size to stand still.
    public async Task InitializeAsync() => _host = await HostRunner.StartAsync(server: null, "--Articles:SettleTime=00:02:00");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData("agency")]      // a subfolder made after start, as an agency's first drop makes it
    [InlineData("agency/desk")]
    public async Task FileMovedInFromAnotherFolder_IsReadWithoutWaitingTheSettleTime(string subfolder)
    {
        var folder = Path.Combine(_host.ArticlesPath, subfolder);
        Directory.CreateDirectory(folder);
        var store = _host.Services.GetRequiredService<StoryStore>();
        // A folder made a moment ago is watched once its own event is read; a file moved in before that settles.
        var watcher = _host.Services.GetRequiredService<AlertBot.Ingest.FolderWatcher>();
        var depth = subfolder.Length == 0 ? 0 : subfolder.Split('/').Length;
        await WaitForAsync(() => Task.FromResult(watcher.MoveInFolders == 1 + depth));

        await MoveInAsync(Path.Combine(folder, "moved.txt"), Fixtures.Numbered(51));

        await WaitForAsync(async () => (await store.RecentArticlesAsync(10)).Any(a => a.SourceName.EndsWith("moved.txt", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FileWrittenInPlace_StillSettles_WhileAMovedInFileIsReadAtOnce()
    {
        var store = _host.Services.GetRequiredService<StoryStore>();
        await File.WriteAllTextAsync(Path.Combine(_host.ArticlesPath, "in-place.txt"), Fixtures.Numbered(52));

        await MoveInAsync(Path.Combine(_host.ArticlesPath, "moved-after.txt"), Fixtures.Numbered(53));
        await WaitForAsync(async () => (await store.RecentArticlesAsync(10)).Any(a => a.SourceName == "moved-after.txt"));

        // Written first, yet not read: it waits its two minutes.
        Assert.DoesNotContain(await store.RecentArticlesAsync(10), a => a.SourceName == "in-place.txt");
    }

    [Fact]
    public async Task FileMovedInAndThenWrittenTo_SettlesAgain_AndIsStoredAsItsLastVersionOnce()
    {
        var store = _host.Services.GetRequiredService<StoryStore>();
        var path = Path.Combine(_host.ArticlesPath, "appended.txt");
        await MoveInAsync(path, Fixtures.Numbered(54));
        await WaitForAsync(async () => (await store.RecentArticlesAsync(10)).Any(a => a.SourceName == "appended.txt"));
        var watcher = _host.Services.GetRequiredService<AlertBot.Ingest.FolderWatcher>();
        await WaitForAsync(() => Task.FromResult(watcher.IsIdle));

        // Not complete any more: a writer is at it in place, so it waits to settle like any file written in place.
        await File.AppendAllTextAsync(path, "\n\nA later paragraph, written in place.\n");
        await WaitForAsync(() => Task.FromResult(!watcher.IsIdle));

        Assert.Single(await store.RecentArticlesAsync(10), a => a.SourceName == "appended.txt");
    }

    /// <summary>Written and fsync'd in a staging folder outside the watched one, then renamed in.</summary>
    private async Task MoveInAsync(string target, string content)
    {
        var staging = Path.Combine(_host.Root, "staging");
        Directory.CreateDirectory(staging);
        var temp = Path.Combine(staging, Path.GetFileName(target));
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
        {
            await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(content));
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, target);
    }
}
