namespace AlertBot.Ingest;

/// <summary>A file as the folder watcher last saw it: its size and time, when it looked, and whether its writer is done.</summary>
internal sealed record Snapshot(long Length, DateTimeOffset LastWrite, DateTimeOffset ObservedAt, bool Complete = false)
{
    /// <summary>Size and time of the file, or of a link's target (a followed link changes when its target does).</summary>
    public static Snapshot? Of(string path, DateTimeOffset now)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target)
                info = target;
            return info.Exists ? new Snapshot(info.Length, info.LastWriteTimeUtc, now) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public bool SameFileAs(Snapshot other) => Length == other.Length && LastWrite == other.LastWrite;
}
