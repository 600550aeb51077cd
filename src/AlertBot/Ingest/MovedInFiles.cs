using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text;

namespace AlertBot.Ingest;

/// <summary>
/// Files moved into the folder from another folder: the atomic drop (write aside, fsync, rename in) gives a
/// file complete by construction. FileSystemWatcher reports such a move (inotify's IN_MOVED_TO without its
/// IN_MOVED_FROM) as Created, exactly like a file just created in place whose writer is still at work, so the
/// folder store would wait <see cref="ArticlesOptions.SettleTime"/> for it. This watches the folder and its
/// subfolders for IN_MOVED_TO alone and names each such file, so it is read at once. Everything else (and any
/// failure here, when inotify is not there or out of watches) stays with FileSystemWatcher and the settle time.
/// </summary>
internal sealed partial class MovedInFiles : IDisposable
{
    private const uint InMovedTo = 0x80;
    private const uint InCreate = 0x100;
    private const uint InQueueOverflow = 0x4000;
    private const uint InIgnored = 0x8000;
    private const uint InOnlyDirectory = 0x0100_0000;
    private const uint InDontFollow = 0x0200_0000;
    private const uint InIsDirectory = 0x4000_0000;
    private const int InCloseOnExec = 0x80000;
    private const int EINTR = 4;

    // struct inotify_event: int wd; uint32_t mask, cookie, len; char name[len] (NUL-padded).
    private const int HeaderSize = 16;

    private readonly int _fd;
    private readonly Action<string> _movedIn;
    private readonly Func<string, IEnumerable<string>> _subfolders;
    private readonly ConcurrentDictionary<int, string> _folders = new();
    private readonly int _rootWatch;
    private readonly Lock _gate = new();
    private volatile bool _stopping;
    private bool _closed;

    private MovedInFiles(int fd, int rootWatch, string root, Action<string> movedIn, Func<string, IEnumerable<string>> subfolders)
    {
        _fd = fd;
        _rootWatch = rootWatch;
        _movedIn = movedIn;
        _subfolders = subfolders;
        _folders[rootWatch] = root;
    }

    /// <summary>
    /// Watches <paramref name="root"/> and every folder under it (<paramref name="subfolders"/> lists those under a folder);
    /// null when inotify cannot be used here (the folder store works without it).
    /// </summary>
    [SupportedOSPlatform("linux")]
    public static MovedInFiles? TryStart(string root, Action<string> movedIn, Func<string, IEnumerable<string>> subfolders)
    {
        try
        {
            var fd = InotifyInit(InCloseOnExec);
            if (fd < 0)
                return null;
            var watch = AddWatch(fd, root, Mask);
            if (watch < 0)
            {
                Close(fd);
                return null;
            }

            var watcher = new MovedInFiles(fd, watch, root, movedIn, subfolders);
            watcher.WatchUnder(root);
            new Thread(watcher.Run) { IsBackground = true, Name = "AlertBot moved-in files" }.Start();
            return watcher;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    // A new subfolder is watched as it appears, as FileSystemWatcher does; a link to a folder is never followed.
    private const uint Mask = InMovedTo | InCreate | InOnlyDirectory | InDontFollow;

    /// <summary>Folders watched for files moved in (for tests: a folder made a moment ago is watched once its event is read).</summary>
    public int Folders => _folders.Count;

    private void Watch(string folder)
    {
        var watch = AddWatch(_fd, folder, Mask);
        if (watch >= 0)
            _folders[watch] = folder;
    }

    /// <summary>The folders under <paramref name="folder"/>: made before its own watch began (<c>mkdir -p a/b</c>), they sent no event.</summary>
    private void WatchUnder(string folder)
    {
        try
        {
            foreach (var sub in _subfolders(folder))
                Watch(sub);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone or not listable: its files settle as before.
        }
    }

    private void Run()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (!_stopping)
            {
                var n = Read(_fd, buffer, buffer.Length);
                if (n < 0)
                {
                    if (Marshal.GetLastPInvokeError() == EINTR)
                        continue;
                    return;
                }

                // The folder itself is gone, or Dispose removed its watch: nothing more will come.
                if (!Dispatch(buffer.AsSpan(0, (int)n)))
                    return;
            }
        }
        finally
        {
            lock (_gate)
            {
                _closed = true;
                Close(_fd);
            }
        }
    }

    /// <summary>False once the folder's own watch has ended.</summary>
    private bool Dispatch(ReadOnlySpan<byte> events)
    {
        while (events.Length >= HeaderSize)
        {
            var watch = BinaryPrimitives.ReadInt32LittleEndian(events);
            var mask = BinaryPrimitives.ReadUInt32LittleEndian(events[4..]);
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(events[12..]);
            var name = events.Slice(HeaderSize, length);
            events = events[(HeaderSize + length)..];
            var end = name.IndexOf((byte)0);
            var file = Encoding.UTF8.GetString(end < 0 ? name : name[..end]);

            if ((mask & InIgnored) != 0)
            {
                _folders.TryRemove(watch, out _);
                if (watch == _rootWatch)
                    return false;
                continue;
            }

            // Lost events: FileSystemWatcher overflows too, and its rescan finds what was missed.
            if ((mask & InQueueOverflow) != 0 || file.Length == 0 || !_folders.TryGetValue(watch, out var folder))
                continue;
            var path = Path.Combine(folder, file);
            if ((mask & InIsDirectory) != 0)
            {
                Watch(path);
                WatchUnder(path);
            }
            else if ((mask & InMovedTo) != 0)
                _movedIn(path);
        }

        return true;
    }

    /// <summary>Ends the watch: removing the folder's watch makes the kernel send IN_IGNORED, which wakes the reader.</summary>
    public void Dispose()
    {
        // Never on a closed descriptor: its number may be another inotify instance's by now.
        lock (_gate)
        {
            if (_stopping || _closed)
                return;
            _stopping = true;
            _ = RemoveWatch(_fd, _rootWatch);
        }
    }

    [LibraryImport("libc", EntryPoint = "inotify_init1", SetLastError = true)]
    private static partial int InotifyInit(int flags);

    [LibraryImport("libc", EntryPoint = "inotify_add_watch", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int AddWatch(int fd, string path, uint mask);

    [LibraryImport("libc", EntryPoint = "inotify_rm_watch", SetLastError = true)]
    private static partial int RemoveWatch(int fd, int watch);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int fd, [Out] byte[] buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
