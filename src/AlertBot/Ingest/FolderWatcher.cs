using System.Collections.Concurrent;
using System.Threading.Channels;
using AlertBot.Core.Understand;
using AlertBot.Storage;
using Microsoft.Extensions.Options;

namespace AlertBot.Ingest;

/// <summary>
/// The folder store. FileSystemWatcher reports new files within milliseconds; a file is read once its size
/// and write time have stood still for <see cref="ArticlesOptions.SettleTime"/>, so a writer still at work
/// is not read half-way. Temporary names (dot-files, .tmp, .part) are skipped: writers that rename into
/// place are read once, under the final name. A rescan (Quartz) catches anything the OS did not report,
/// and the start-up scan picks up what arrived while the host was down. Files are only ever read.
/// </summary>
public sealed class FolderWatcher(
    ArticlePipeline pipeline,
    IOptions<ArticlesOptions> options,
    TimeProvider time,
    ILogger<FolderWatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Snapshot> _settling = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Snapshot> _done = new(StringComparer.Ordinal);

    // Queued or being read: a change event for a file already on its way in does not queue it again (at 400
    // files/s such late events made a quarter of all reads second reads, stored once but read twice).
    private readonly ConcurrentDictionary<string, Snapshot> _queued = new(StringComparer.Ordinal);
    private readonly Channel<string> _ready = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private FileSystemWatcher? _watcher;
    private string _root = "";

    public string Root => _root;

    /// <summary>The folder exists and is watched once start-up completes, so nothing dropped after that is missed.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _root = Path.GetFullPath(options.Value.Path);
        Directory.CreateDirectory(_root);
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Created += (_, e) => Seen(e.FullPath);
        _watcher.Changed += (_, e) => Seen(e.FullPath);
        // A file renamed into place was complete before it got its name: no need to wait for it to settle.
        _watcher.Renamed += (_, e) =>
        {
            Forget(e.OldFullPath);
            Seen(e.FullPath, complete: true);
        };
        // What is remembered per file goes with the file: a store whose files are deleted keeps no memory of them.
        _watcher.Deleted += (_, e) => Forget(e.FullPath);
        _watcher.Error += (_, e) =>
        {
            Log.WatcherError(logger, e.GetException());
            Rescan();
        };
        _watcher.EnableRaisingEvents = true;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var existing = Rescan();
        Log.WatcherStarted(logger, _root, existing);

        var workers = Enumerable.Range(0, options.Value.Concurrency).Select(_ => ConsumeAsync(stoppingToken)).ToList();
        await SettleLoopAsync(stoppingToken);
        _ready.Writer.TryComplete();
        await Task.WhenAll(workers);
    }

    /// <summary>Enqueues every file not yet ingested in its current form; returns how many.</summary>
    public int Rescan()
    {
        if (_root.Length == 0 || !Directory.Exists(_root))
            return 0;
        // Deletions the OS did not report (an overflowing event buffer) are caught here.
        foreach (var path in _done.Keys)
        {
            if (!File.Exists(path))
                Forget(path);
        }

        var count = 0;
        foreach (var path in Directory.EnumerateFiles(_root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
        {
            if (Seen(path))
                count++;
        }

        return count;
    }

    private bool Seen(string path, bool complete = false)
    {
        if (IsTemporary(path) || Snapshot.Of(path, time.GetUtcNow()) is not { } now)
            return false;
        now = now with { Complete = complete };
        if ((_done.TryGetValue(path, out var done) && done.SameFileAs(now))
            || (_queued.TryGetValue(path, out var queued) && queued.SameFileAs(now)))
            return false;
        _settling[path] = now;
        _wake.Release();
        return true;
    }

    private void Forget(string path)
    {
        _done.TryRemove(path, out _);
        _settling.TryRemove(path, out _);
    }

    /// <summary>Files remembered as ingested (for tests and status): one entry per file still in the store.</summary>
    internal int RememberedFiles => _done.Count;

    private async Task SettleLoopAsync(CancellationToken ct)
    {
        var settle = options.Value.SettleTime;
        var tick = settle < TimeSpan.FromMilliseconds(20) ? settle : TimeSpan.FromMilliseconds(20);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                if (_settling.IsEmpty)
                    await _wake.WaitAsync(ct);
                else
                    await Task.Delay(tick, time, ct);
                var now = time.GetUtcNow();
                foreach (var (path, seen) in _settling)
                {
                    var current = Snapshot.Of(path, time.GetUtcNow());
                    if (current is null)
                    {
                        _settling.TryRemove(path, out _);
                        continue;
                    }

                    if (!current.SameFileAs(seen))
                    {
                        _settling[path] = current;
                        continue;
                    }

                    if ((seen.Complete || (now - seen.ObservedAt >= settle && now - current.LastWrite >= settle)) && _settling.TryRemove(path, out _))
                    {
                        _queued[path] = current;
                        _ready.Writer.TryWrite(path);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async Task ConsumeAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var path in _ready.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await IngestFileAsync(path, ct);
                }
                finally
                {
                    _queued.TryRemove(path, out _);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async Task IngestFileAsync(string path, CancellationToken ct)
    {
        var snapshot = Snapshot.Of(path, time.GetUtcNow());
        if (snapshot is null)
            return;
        var name = Path.GetRelativePath(_root, path);
        try
        {
            if (snapshot.Length > options.Value.MaxBytes)
            {
                Log.ArticleRejected(logger, Sources.Folder, name, $"{snapshot.Length} bytes is over the {options.Value.MaxBytes}-byte limit (Articles:MaxBytes)");
                _done[path] = snapshot;
                return;
            }

            // FileShare.ReadWrite: never lock out a writer or a mover; the original stays as it is.
            byte[] bytes;
            await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous))
            {
                bytes = new byte[stream.Length];
                await stream.ReadExactlyAsync(bytes, ct);
            }

            var document = new SourceDocument(name, bytes) { Published = snapshot.LastWrite };
            var result = await pipeline.IngestAsync(document, Sources.Folder, ct);
            _done[path] = snapshot;
            if (result.Outcome != IngestOutcome.Rejected && !string.IsNullOrWhiteSpace(options.Value.ArchivePath))
                Archive(path, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.FileUnreadable(logger, name, e.Message);
            _done[path] = snapshot;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Database down or a bug: not marked done, so the next rescan tries again.
            Log.IngestFailed(logger, name, e);
        }
    }

    /// <summary>Moves an ingested file into the archive; a failure leaves it where it is (the store already has it).</summary>
    private void Archive(string path, string name)
    {
        var target = Path.Combine(Path.GetFullPath(options.Value.ArchivePath!), name);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (File.Exists(target))
                target = Path.Combine(Path.GetDirectoryName(target)!, $"{Path.GetFileNameWithoutExtension(target)}.{time.GetUtcNow():yyyyMMddHHmmssfff}{Path.GetExtension(target)}");
            File.Move(path, target);
            _done.TryRemove(path, out _);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.FileUnreadable(logger, name, "could not be archived: " + e.Message);
        }
    }

    private static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0 || name[0] == '.' || name[^1] == '~'
               || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
               || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
               || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase)
               || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase);
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        _wake.Dispose();
        base.Dispose();
    }

    private sealed record Snapshot(long Length, DateTimeOffset LastWrite, DateTimeOffset ObservedAt, bool Complete = false)
    {
        public static Snapshot? Of(string path, DateTimeOffset now)
        {
            try
            {
                var info = new FileInfo(path);
                return info.Exists ? new Snapshot(info.Length, info.LastWriteTimeUtc, now) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        public bool SameFileAs(Snapshot other) => Length == other.Length && LastWrite == other.LastWrite;
    }
}
