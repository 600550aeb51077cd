using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace AlertBot.Ingest;

/// <summary>What a path names, the path itself and not what a link points at.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Link,

    /// <summary>A FIFO, socket or device: opening one may wait for a writer, and reading one may never end.</summary>
    Special,
}

/// <summary>
/// The few Linux calls .NET 10 has no public API for. <see cref="FileAttributes"/> on Unix tells a link
/// (ReparsePoint) but not a FIFO, socket or device from a regular file, and every managed open of a FIFO
/// waits in open(2) for a writer — on a thread-pool thread, beyond any cancellation token. So: statx for the
/// type (one struct layout on every architecture, unlike struct stat), and open with O_NONBLOCK, which
/// returns at once for a FIFO and changes nothing for a regular file.
/// </summary>
[SupportedOSPlatform("linux")]
internal static partial class UnixFiles
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;

    private const int TypeMask = 0xF000;
    private const int TypeRegular = 0x8000;
    private const int TypeDirectory = 0x4000;
    private const int TypeLink = 0xA000;

    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;

    // O_NOFOLLOW is 0o400000 in the generic ABI (x64, x86, RISC-V, LoongArch, s390x) and 0o100000 on ARM and POWER.
    private static readonly int NoFollow = RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64 or Architecture.Armv6 or Architecture.Ppc64le ? 0x8000 : 0x20000;

    private const int ENOENT = 2;
    private const int EINTR = 4;
    private const int ENXIO = 6;
    private const int EACCES = 13;
    private const int ENOTDIR = 20;
    private const int ELOOP = 40;
    private const int EPERM = 1;

    /// <summary>
    /// Whether these calls work here: statx needs Linux 4.11 and glibc 2.28 (musl 1.2.5), and an old container
    /// seccomp profile may refuse it. Without them the folder store falls back to what .NET can tell (links).
    /// </summary>
    public static bool Available { get; } = Probe();

    private static bool Probe()
    {
        try
        {
            return Statx(AtFdCwd, "/", AtSymlinkNoFollow, StatxType, out _) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>lstat: the type of the path itself, a link not followed. Never opens it.</summary>
    public static FileKind KindOf(string path)
    {
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, out var status) == 0)
            return Kind(status.Mode);
        var errno = Marshal.GetLastPInvokeError();
        return errno is ENOENT or ENOTDIR ? FileKind.Missing : throw Error(errno, path);
    }

    /// <summary>fstat: the type of what <paramref name="handle"/> has open.</summary>
    public static FileKind KindOf(SafeFileHandle handle)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            if (Statx((int)handle.DangerousGetHandle(), "", AtEmptyPath, StatxType, out var status) == 0)
                return Kind(status.Mode);
            throw Error(Marshal.GetLastPInvokeError(), "an open file");
        }
        finally
        {
            if (added)
                handle.DangerousRelease();
        }
    }

    /// <summary>
    /// Opens for reading without ever waiting: O_NONBLOCK (a FIFO opens at once instead of waiting for a
    /// writer), O_NOFOLLOW unless <paramref name="followLinks"/> (a link at the last component fails with
    /// ELOOP). Null with the kind found when the path is not something to read: a link, or a socket.
    /// </summary>
    public static SafeFileHandle? OpenForReading(string path, bool followLinks, out FileKind refused)
    {
        refused = FileKind.Regular;
        var flags = ReadOnly | NonBlocking | CloseOnExec | (followLinks ? 0 : NoFollow);
        while (true)
        {
            var fd = Open(path, flags, 0);
            if (fd >= 0)
                return new SafeFileHandle(fd, ownsHandle: true);
            var errno = Marshal.GetLastPInvokeError();
            switch (errno)
            {
                case EINTR:
                    continue;
                case ELOOP when !followLinks:
                    refused = FileKind.Link;
                    return null;
                case ENXIO:
                    refused = FileKind.Special;
                    return null;
                default:
                    throw Error(errno, path);
            }
        }
    }

    /// <summary>The path the kernel has for an open file, every link resolved; null without /proc.</summary>
    public static string? PathOf(SafeFileHandle handle)
    {
        try
        {
            return new FileInfo($"/proc/self/fd/{handle.DangerousGetHandle()}").LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>realpath(3): every link on the way resolved; null when the path or a link's target does not exist.</summary>
    public static string? RealPath(string path)
    {
        var resolved = RealPathNative(path, 0);
        if (resolved == 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno is ENOENT or ENOTDIR or ELOOP ? null : throw Error(errno, path);
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    private static FileKind Kind(int mode) => (mode & TypeMask) switch
    {
        TypeRegular => FileKind.Regular,
        TypeDirectory => FileKind.Directory,
        TypeLink => FileKind.Link,
        _ => FileKind.Special,
    };

    private static Exception Error(int errno, string path)
    {
        var message = $"{path}: {Marshal.GetPInvokeErrorMessage(errno)}";
        return errno switch
        {
            ENOENT or ENOTDIR => new FileNotFoundException(message, path),
            EACCES or EPERM => new UnauthorizedAccessException(message),
            _ => new IOException(message, errno),
        };
    }

    /// <summary>The head of struct statx (linux/stat.h); the kernel fills all 256 bytes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint RealPathNative(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(nint pointer);
}
