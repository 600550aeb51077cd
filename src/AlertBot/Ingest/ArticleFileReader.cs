using Microsoft.Extensions.Options;
using Microsoft.Win32.SafeHandles;

namespace AlertBot.Ingest;

/// <summary>Why a file in the folder store is not read: logged once per file, counted as rejected with <see cref="Metric"/> as reason.</summary>
public sealed record FileRefusal(string Reason, string Metric)
{
    public static readonly FileRefusal Link = new("a symbolic link, and only regular files are read (Articles:FollowLinks is off)", "link");
    public static readonly FileRefusal LinkedDirectory = new("a link to a directory; linked directories are never entered", "link");
    public static readonly FileRefusal Special = new("not a regular file (a FIFO, socket or device)", "special-file");

    public static FileRefusal Outside(string target) => new($"a link to {target}, outside the folder", "link");

    public static FileRefusal TooLarge(long length, int max) => new($"{length} bytes, over the {max}-byte limit (Articles:MaxBytes)", "too-large");
}

/// <summary>A file's bytes, or why it is not read.</summary>
public readonly record struct ArticleFile(byte[]? Content, FileRefusal? Refusal);

/// <summary>
/// Reads one file of the folder store, and only what the store is for: regular files inside the folder. A
/// link is not followed unless <see cref="ArticlesOptions.FollowLinks"/>, and then only to a regular file
/// inside the folder; a FIFO, socket or device is never read. Opening never waits (O_NONBLOCK), and what was
/// opened is checked again — that it is a regular file and that the kernel's path for it is inside the
/// folder — so a file swapped for a FIFO or a link between the check and the open is refused, not read.
/// What remains of that race: such a swap makes one non-blocking open and close of the swapped-in file.
/// Without statx (Linux before 4.11, glibc before 2.28, or other systems) only links are told apart.
/// Transient failures throw (<see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>); a file
/// gone throws <see cref="FileNotFoundException"/>. Never writes.
/// </summary>
public class ArticleFileReader(IOptions<ArticlesOptions> options)
{
    private string? _realRoot;

    /// <summary>
    /// The cheap check before a file is watched (no open): null when <paramref name="path"/> is a file to read,
    /// <paramref name="target"/> then being what to watch for changes (the file, or the followed link's
    /// target); a refusal when it is never to be read; null with no target when there is nothing (gone, a folder).
    /// </summary>
    public virtual FileRefusal? Check(string path, out string? target)
    {
        target = null;
        var kind = Kind(path);
        switch (kind)
        {
            case FileKind.Regular:
                target = path;
                return null;
            case FileKind.Special:
                return FileRefusal.Special;
            case FileKind.Link when Directory.Exists(path):
                return FileRefusal.LinkedDirectory;
            case FileKind.Link when !options.Value.FollowLinks:
                return FileRefusal.Link;
            case FileKind.Link:
                var resolved = Resolve(path);
                if (resolved is null)
                    return null;
                if (!IsInside(resolved))
                    return FileRefusal.Outside(resolved);
                switch (Kind(resolved))
                {
                    case FileKind.Regular:
                        target = resolved;
                        return null;
                    case FileKind.Directory:
                        return FileRefusal.LinkedDirectory;
                    case FileKind.Special:
                        return FileRefusal.Special;
                    default:
                        return null;
                }

            default:
                return null;
        }
    }

    /// <summary>Checks again and reads; at most <see cref="ArticlesOptions.MaxBytes"/>.</summary>
    /// <remarks>
    /// On the calling thread: the file is a regular one, opened without waiting and at most MaxBytes long, and
    /// RandomAccess.ReadAsync on such a handle only moves the same pread(2) to a pool thread and waits for it.
    /// </remarks>
    public virtual ValueTask<ArticleFile> ReadAsync(string path, CancellationToken ct)
    {
        try
        {
            ct.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Read(path));
        }
        catch (Exception e)
        {
            return ValueTask.FromException<ArticleFile>(e);
        }
    }

    /// <summary><see cref="ReadAsync"/>, for a caller on its own threads (<c>preview</c>).</summary>
    public ArticleFile Read(string path)
    {
        using var handle = Open(path, out var refusal);
        if (handle is null)
            return new ArticleFile(null, refusal);
        var max = options.Value.MaxBytes;
        var length = RandomAccess.GetLength(handle);
        if (length > max)
            return new ArticleFile(null, FileRefusal.TooLarge(length, max));

        // The length stood still while the file settled; a file shorter now than then gives what it has.
        var bytes = new byte[length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (n == 0)
                break;
            read += n;
        }

        return new ArticleFile(read == bytes.Length ? bytes : bytes[..read], null);
    }

    /// <summary>Checks again and opens: a handle on a regular file inside the folder, or null and why not.</summary>
    private SafeFileHandle? Open(string path, out FileRefusal? refusal)
    {
        if ((refusal = Check(path, out var target)) is not null)
            return null;
        if (target is null)
            throw new FileNotFoundException($"{path} is gone", path);

        if (!OperatingSystem.IsLinux() || !UnixFiles.Available)
        {
            // FileShare.ReadWrite | Delete: never lock out a writer or a mover.
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }

        var handle = UnixFiles.OpenForReading(path, options.Value.FollowLinks, out var refused);
        if (handle is null)
            refusal = refused == FileKind.Link ? FileRefusal.Link : FileRefusal.Special;
        else if (UnixFiles.KindOf(handle) != FileKind.Regular)
            refusal = FileRefusal.Special;
        else if (UnixFiles.PathOf(handle) is { } opened && !IsInside(opened))
            refusal = FileRefusal.Outside(opened);
        if (refusal is null)
            return handle;
        handle?.Dispose();
        return null;
    }

    private static FileKind Kind(string path)
    {
        if (OperatingSystem.IsLinux() && UnixFiles.Available)
            return UnixFiles.KindOf(path);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
            return FileKind.Link;
        if (info.Exists)
            return FileKind.Regular;
        return Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
    }

    /// <summary>Where a link leads, every link on the way resolved; null when it leads nowhere.</summary>
    private static string? Resolve(string path)
    {
        if (OperatingSystem.IsLinux() && UnixFiles.Available)
            return UnixFiles.RealPath(path);
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
        return target is { Exists: true } ? target.FullName : null;
    }

    private bool IsInside(string realPath)
    {
        var root = RealRoot();
        return realPath.StartsWith(root, StringComparison.Ordinal) && realPath.Length > root.Length;
    }

    /// <summary>The folder with every link on its way resolved, and a separator at the end.</summary>
    private string RealRoot()
    {
        if (_realRoot is { } known)
            return known;
        var root = Path.GetFullPath(options.Value.Path);
        var real = OperatingSystem.IsLinux() && UnixFiles.Available ? UnixFiles.RealPath(root) : null;
        if (real is null)
            return Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return _realRoot = Path.TrimEndingDirectorySeparator(real) + Path.DirectorySeparatorChar;
    }
}
