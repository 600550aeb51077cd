using System.Security.Cryptography;
using System.Text;
using AlertBot.Core.Understand;
using AlertBot.Storage;

namespace AlertBot.Ingest;

/// <summary>What makes two documents one story: their identity key, the origin a document speaks for, and whose copy a story is.</summary>
internal static class StoryKeys
{
    internal static bool IsFrom(StoryIdentity story, string source, string origin) =>
        // Stories stored before the source was recorded with their identity count as the caller's own.
        story.Source is null || (story.Source == source && string.Equals(story.Origin ?? story.Source, origin, StringComparison.Ordinal));

    /// <summary>The key of one origin's own copy of a story another origin stored first.</summary>
    internal static string OriginKey(string key, string source, string origin) =>
        Clip(key + "|from:" + source + ":" + origin);

    /// <summary>The folder's first subfolder names the origin (one per agency, say); else the source itself.</summary>
    internal static string DefaultOrigin(string source, string name)
    {
        if (source != Sources.Folder)
            return source;
        var slash = name.IndexOfAny(['/', '\\']);
        return slash > 0 ? name[..slash] : source;
    }

    internal static string DedupeKey(Understanding understood, string contentHash) => DedupeKey(understood, contentHash, feed: null);

    /// <summary>
    /// Identity: the source's own id, else the canonical URL, else — for a file of the folder store — its path
    /// relative to the folder (a file rewritten or replaced is its story's next version), else the content hash.
    /// A feed item's GUID is only unique within its feed, so it is qualified by the feed's name — unless it is a
    /// URL (a permalink).
    /// </summary>
    internal static string DedupeKey(Understanding understood, string contentHash, string? feed, string? path = null)
    {
        if (!string.IsNullOrWhiteSpace(understood.SourceId))
        {
            var id = understood.SourceId.Trim();
            if (feed is null)
                return "id:" + Clip(id);
            return Canonical(id) is { } permalink ? "url:" + Clip(permalink) : "id:feed:" + Clip(feed + ":" + id);
        }

        if (Canonical(understood.Url) is { } canonical)
            return "url:" + Clip(canonical);
        if (!string.IsNullOrEmpty(path))
            return "path:" + Clip(path.Replace('\\', '/'));
        return "sha256:" + contentHash;
    }

    internal static string? Canonical(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? new UriBuilder(url) { Fragment = "", Host = url.Host.ToLowerInvariant() }.Uri.GetLeftPart(UriPartial.Query).TrimEnd('/')
            : null;

    internal static string Clip(string s) => s.Length <= 190 ? s : "h:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)));

    internal static string ShortHash(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..16];
}
