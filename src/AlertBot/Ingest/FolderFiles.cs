using System.IO.Enumeration;

namespace AlertBot.Ingest;

/// <summary>What the folder watcher asks of the file system: the entries under the folder, whether a path is there, which names are a writer's temporary files.</summary>
internal static class FolderFiles
{
    /// <summary>
    /// Every entry under the folder but its directories. A linked directory is never entered, wherever it
    /// leads; it is listed, so that it is reported like the watcher's event for it would be.
    /// </summary>
    internal static FileSystemEnumerable<string> FilesIn(string root) => Entries(root, folders: false);

    /// <summary>The subfolders under the folder (<paramref name="folders"/>), or every other entry; linked directories are not entered.</summary>
    internal static FileSystemEnumerable<string> Entries(string root, bool folders) =>
        new(root, (ref FileSystemEntry entry) => entry.ToFullPath(), new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0 ? folders : !folders,
        };

    /// <summary>The path names something, a dangling link included.</summary>
    internal static bool IsThere(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists || info.LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    internal static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0 || name[0] == '.' || name[^1] == '~'
               || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
               || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
               || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase)
               || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Moves <paramref name="path"/> to its place (<paramref name="name"/>, relative) under the archive, beside an
    /// earlier file of that name under a time-stamped one; null when moved, else why not.
    /// </summary>
    internal static string? MoveToArchive(string path, string name, string archive, DateTimeOffset now)
    {
        var target = Path.Combine(Path.GetFullPath(archive), name);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (File.Exists(target))
                target = Path.Combine(Path.GetDirectoryName(target)!, $"{Path.GetFileNameWithoutExtension(target)}.{now:yyyyMMddHHmmssfff}{Path.GetExtension(target)}");
            File.Move(path, target);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }
}
