using System.Collections.Concurrent;
using System.Threading.Channels;
using AlertBot.Core.Observe;
using AlertBot.Core.Understand;
using AlertBot.Storage;
using Microsoft.Extensions.Options;
using static AlertBot.Ingest.FolderFiles;

namespace AlertBot.Ingest;

/// <summary>
/// The folder store. FileSystemWatcher reports new files within milliseconds; a file is read once its size
/// and write time have stood still for <see cref="ArticlesOptions.SettleTime"/>, so a writer still at work
/// is not read half-way. Temporary names (dot-files, .tmp, .part) are skipped: writers that rename into
/// place are read once, under the final name. A rescan (Quartz) catches anything the OS did not report,
/// and the start-up scan picks up what arrived while the host was down. Files are only ever read, and only
/// regular files inside the folder (<see cref="ArticleFileReader"/>): links, FIFOs, sockets and devices are
/// skipped, logged once each, and linked directories are never entered. A read that fails (an I/O error, a
/// permission) is tried again a few times, backing off, and then left to the next rescan.
/// </summary>
public sealed class FolderWatcher(
    ArticlePipeline pipeline,
    ArticleFileReader reader,
    AlertBotMetrics metrics,
    IOptions<ArticlesOptions> options,
    TimeProvider time,
    ILogger<FolderWatcher> logger) : BackgroundService
{
    /// <summary>Reads of one unchanged file before it is left to the next rescan.</summary>
    internal const int ReadAttempts = 5;

    /// <summary>The wait after the first failed read; it doubles after each (0.2, 0.4, 0.8, 1.6 s).</summary>
    internal static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentDictionary<string, Snapshot> _settling = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Snapshot> _done = new(StringComparer.Ordinal);

    // Queued or being read: a change event for a file already on its way in does not queue it again (at 400
    // files/s such late events made a quarter of all reads second reads, stored once but read twice).
    private readonly ConcurrentDictionary<string, Snapshot> _queued = new(StringComparer.Ordinal);

    // Files whose read failed, waiting to be tried again; Due is MaxValue while the retry is queued.
    private readonly ConcurrentDictionary<string, Retry> _retrying = new(StringComparer.Ordinal);

    // Files never to be read (links, FIFOs…), with why: each is logged once, not at every rescan.
    private readonly ConcurrentDictionary<string, FileRefusal> _skipped = new(StringComparer.Ordinal);
    private readonly Channel<string> _ready = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private FileSystemWatcher? _watcher;
    private MovedInFiles? _movedIn;
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
        _watcher.Created += (_, e) => SeenCreated(e.FullPath);
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
        // A file moved in from another folder is complete, though the watcher above calls it Created.
        if (OperatingSystem.IsLinux())
            _movedIn = MovedInFiles.TryStart(_root, path => Seen(path, complete: true), folder => Entries(folder, folders: true));
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
        foreach (var path in _done.Keys.Concat(_skipped.Keys))
        {
            if (!IsThere(path))
                Forget(path);
        }

        var count = 0;
        foreach (var path in FilesIn(_root))
        {
            if (Seen(path))
                count++;
        }

        return count;
    }

    /// <summary>
    /// A new entry. A new subfolder (an agency's first drop: <c>mkdir reuters; mv a.txt reuters/</c>) is watched only
    /// from the moment the watcher sees it, so files that got into it before are looked for at once, not at the next
    /// rescan. A linked directory is not entered (it is reported like any link).
    /// </summary>
    private void SeenCreated(string path)
    {
        try
        {
            var info = new DirectoryInfo(path);
            if (info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0)
            {
                foreach (var file in FilesIn(path))
                    Seen(file);
                return;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not listable now: the next rescan looks again.
            return;
        }

        Seen(path);
    }

    /// <summary>Called from the watcher's events too: never throws.</summary>
    private bool Seen(string path, bool complete = false)
    {
        if (IsTemporary(path))
            return false;
        try
        {
            if (reader.Check(path, out var target) is { } refusal)
            {
                Refuse(path, refusal);
                return false;
            }

            if (target is null)
                return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not checkable now (a folder without search permission): the next event or rescan tries again.
            return false;
        }

        _skipped.TryRemove(path, out _);
        if (Snapshot.Of(path, time.GetUtcNow()) is not { } now)
            return false;
        now = now with { Complete = complete };
        if ((_done.TryGetValue(path, out var done) && done.SameFileAs(now))
            || (_queued.TryGetValue(path, out var queued) && queued.SameFileAs(now))
            || (_retrying.TryGetValue(path, out var retry) && retry.File.SameFileAs(now)))
            return false;
        // Known complete (renamed or moved into place) stays complete while it is the same file: a move-in is
        // reported twice, as complete and by FileSystemWatcher as Created, in either order.
        _settling.AddOrUpdate(path, now, (_, settling) => !complete && settling.Complete && settling.SameFileAs(now) ? settling : now);
        _wake.Release();
        return true;
    }

    /// <summary>Logs and counts a file that is not read, once per file and reason.</summary>
    private void Refuse(string path, FileRefusal refusal)
    {
        if (_skipped.TryGetValue(path, out var known))
        {
            if (known == refusal || !_skipped.TryUpdate(path, refusal, known))
                return;
        }
        else if (!_skipped.TryAdd(path, refusal))
        {
            return;
        }

        Log.FileRefused(logger, Name(path), refusal.Reason);
        metrics.ArticlesIngested.Add(1, new KeyValuePair<string, object?>("source", Sources.Folder), new KeyValuePair<string, object?>("outcome", "rejected"), new KeyValuePair<string, object?>("reason", refusal.Metric));
    }

    private void Forget(string path)
    {
        _done.TryRemove(path, out _);
        _settling.TryRemove(path, out _);
        _skipped.TryRemove(path, out _);
        _retrying.TryRemove(path, out _);
    }

    private string Name(string path) => Path.GetRelativePath(_root, path);

    /// <summary>Files remembered as ingested (for tests and status): one entry per file still in the store.</summary>
    internal int RememberedFiles => _done.Count;

    /// <summary>Folders watched for files moved in from elsewhere (for tests); 0 where inotify is not used.</summary>
    internal int MoveInFolders => _movedIn?.Folders ?? 0;

    /// <summary>Nothing settling, queued, being read or waiting to be read again (for tests).</summary>
    internal bool IsIdle => _settling.IsEmpty && _queued.IsEmpty && _retrying.IsEmpty;

    private async Task SettleLoopAsync(CancellationToken ct)
    {
        var settle = options.Value.SettleTime;
        // At least 1 ms: with nothing settling but a retry due later, a zero tick would spin.
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(settle.TotalMilliseconds, 1, 20));
        try
        {
            while (!ct.IsCancellationRequested)
            {
                if (_settling.IsEmpty && _retrying.IsEmpty)
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

                    // One read of a path at a time: a version that settles while the last one is still queued or being
                    // read waits for it, so versions are stored in the order they were written (two workers storing two
                    // versions at once could leave the older one as the story).
                    if (_queued.ContainsKey(path))
                        continue;

                    if ((seen.Complete || (now - seen.ObservedAt >= settle && now - current.LastWrite >= settle)) && _settling.TryRemove(path, out _))
                    {
                        _queued[path] = current;
                        _ready.Writer.TryWrite(path);
                    }
                }

                foreach (var (path, retry) in _retrying)
                {
                    if (retry.Due <= now && _retrying.TryUpdate(path, retry with { Due = DateTimeOffset.MaxValue }, retry))
                    {
                        _queued[path] = retry.File;
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
        var name = Name(path);
        try
        {
            var snapshot = Snapshot.Of(path, time.GetUtcNow());
            if (snapshot is null)
            {
                _retrying.TryRemove(path, out _);
                return;
            }

            ArticleFile file;
            try
            {
                file = await reader.ReadAsync(path, ct);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // Gone (moved away, deleted): its own event, or the next rescan, forgets it.
                _retrying.TryRemove(path, out _);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                RetryLater(path, name, snapshot, e);
                return;
            }

            _retrying.TryRemove(path, out _);
            if (file.Refusal is { } refusal)
            {
                Refuse(path, refusal);
                _done[path] = snapshot;
                return;
            }

            var bytes = file.Content!;
            if (bytes.Length != snapshot.Length)
            {
                // Written to since it settled: it settles again rather than being read half-way.
                _queued.TryRemove(path, out _);
                Seen(path);
                return;
            }

            var document = new SourceDocument(name, bytes) { Published = snapshot.LastWrite };
            var result = await pipeline.IngestAsync(document, Sources.Folder, ct);
            _done[path] = snapshot;
            if (result.Outcome != IngestOutcome.Rejected && !string.IsNullOrWhiteSpace(options.Value.ArchivePath))
                Archive(path, name);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Database down or a bug: not marked done, so the next rescan tries again; the other files go on.
            Log.IngestFailed(logger, name, e);
        }
    }

    /// <summary>
    /// A read failed: an I/O error or a permission is often gone a moment later (a file system busy or being
    /// remounted, a writer fixing the mode), and the file has not changed, so nothing else would read it
    /// again. Tried again after 0.2, 0.4, 0.8 and 1.6 s; then logged as an error and left to the next rescan.
    /// </summary>
    private void RetryLater(string path, string name, Snapshot snapshot, Exception e)
    {
        var attempt = 1 + (_retrying.TryGetValue(path, out var last) && last.File.SameFileAs(snapshot) ? last.Attempt : 0);
        if (attempt >= ReadAttempts)
        {
            _retrying.TryRemove(path, out _);
            Log.FileReadFailed(logger, name, attempt, e);
            return;
        }

        var delay = FirstRetryDelay * Math.Pow(2, attempt - 1);
        _retrying[path] = new Retry(attempt, snapshot, time.GetUtcNow() + delay);
        Log.FileReadRetry(logger, name, attempt, delay, e.Message);
        _wake.Release();
    }

    /// <summary>Moves an ingested file into the archive; a failure leaves it where it is (the store already has it).</summary>
    private void Archive(string path, string name)
    {
        if (MoveToArchive(path, name, options.Value.ArchivePath!, time.GetUtcNow()) is { } failure)
            Log.FileUnreadable(logger, name, "could not be archived: " + failure);
        else
            _done.TryRemove(path, out _);
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        _movedIn?.Dispose();
        _wake.Dispose();
        base.Dispose();
    }

    private sealed record Retry(int Attempt, Snapshot File, DateTimeOffset Due);
}
