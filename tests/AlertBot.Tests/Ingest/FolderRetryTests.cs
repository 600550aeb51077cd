using AlertBot.Ingest;
using AlertBot.Storage;
using AlertBot.Tests.Observe;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Ingest;

/// <summary>
/// A read that fails for a moment (an I/O error, a permission) is tried again, backing off, and then left to
/// the next rescan — not taken for done until the file changes. The failures are injected where the file is
/// read (as root, the test user reads everything, and Linux locks bind nobody); the reads that follow are real.
/// </summary>
public sealed class FolderRetryTests : IDisposable
{
    private readonly CaptureLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task FileUnreadableAtFirst_IsStoredOnceReadable_WithoutBeingChanged()
    {
        FlakyReader reader = null!;
        await using var host = await StartAsync(failures: 3, r => reader = r);
        var store = host.Services.GetRequiredService<Stores>();
        var path = Path.Combine(host.ArticlesPath, "flaky.txt");

        await host.DropArticleAsync("flaky.txt", Fixtures.Numbered(71));
        var written = (await File.ReadAllBytesAsync(path), File.GetLastWriteTimeUtc(path));
        await HostRunnerHttp.WaitForAsync(async () => await store.Stories.CountArticlesAsync() == 1);

        Assert.Equal("flaky.txt", Assert.Single(await store.Stories.RecentArticlesAsync(10)).SourceName);
        Assert.Equal(4, reader.Attempts);
        Assert.Equal(written.Item1, await File.ReadAllBytesAsync(path));
        Assert.Equal(written.Item2, File.GetLastWriteTimeUtc(path));
        // Backing off: 0.2 + 0.4 + 0.8 s between the four reads.
        Assert.True(reader.LastAttempt - reader.FirstAttempt >= TimeSpan.FromSeconds(1.3), $"{reader.LastAttempt - reader.FirstAttempt} between first and last read");
        Assert.Equal(3, _logs.Lines.Count(l => l.Contains("[1013]", StringComparison.Ordinal)));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("[1014]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FileUnreadableThroughEveryAttempt_IsLoggedAsAnError_AndReadAtTheNextRescan()
    {
        FlakyReader reader = null!;
        await using var host = await StartAsync(failures: FolderWatcher.ReadAttempts, r => reader = r);
        var store = host.Services.GetRequiredService<Stores>();
        var watcher = host.Services.GetRequiredService<FolderWatcher>();

        await host.DropArticleAsync("stuck.txt", Fixtures.Numbered(72));
        await HostRunnerHttp.WaitForAsync(() => Task.FromResult(_logs.Lines.Any(l => l.Contains("[1014]", StringComparison.Ordinal)) && watcher.IsIdle));

        Assert.Equal(FolderWatcher.ReadAttempts, reader.Attempts);
        Assert.Equal(0, await store.Stories.CountArticlesAsync());
        Assert.Contains(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("'stuck.txt' could not be read in 5 attempts", StringComparison.Ordinal));

        // Not remembered as done: the rescan job's next run finds it, and now it reads.
        Assert.Equal(1, watcher.Rescan());
        await HostRunnerHttp.WaitForAsync(async () => await store.Stories.CountArticlesAsync() == 1);
        Assert.Equal(FolderWatcher.ReadAttempts + 1, reader.Attempts);
    }

    private Task<HostRunner> StartAsync(int failures, Action<FlakyReader> created) =>
        HostRunner.StartAsync(
            server: null,
            b =>
            {
                b.Logging.AddProvider(_logs);
                b.Services.AddSingleton<ArticleFileReader>(sp =>
                {
                    var reader = new FlakyReader(sp.GetRequiredService<IOptions<ArticlesOptions>>(), failures);
                    created(reader);
                    return reader;
                });
            },
            "--Logging:LogLevel:AlertBot=Information");

    /// <summary>Fails the first reads with the error a failing disk or a remount gives, then reads for real.</summary>
    private sealed class FlakyReader(IOptions<ArticlesOptions> options, int failures) : ArticleFileReader(options)
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public DateTime FirstAttempt { get; private set; }

        public DateTime LastAttempt { get; private set; }

        public override ValueTask<ArticleFile> ReadAsync(string path, CancellationToken ct)
        {
            var attempt = Interlocked.Increment(ref _attempts);
            if (attempt == 1)
                FirstAttempt = DateTime.UtcNow;
            LastAttempt = DateTime.UtcNow;
            return attempt <= failures ? throw new IOException($"{path}: Input/output error") : base.ReadAsync(path, ct);
        }
    }
}
