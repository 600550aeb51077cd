using AlertBot.Core.Understand;

namespace AlertBot.Storage;

/// <summary>An article to store with what ingest knows beyond <see cref="NewArticle"/>.</summary>
/// <param name="Origin">Who reported it: a feed's name, a push caller's source, the folder (or its subfolder).</param>
/// <param name="StoryHash">Hash of the understood headline and text: a new version only when this changes.</param>
/// <param name="MinHash">The near-duplicate signature (base64), when the article is long enough to have one.</param>
public sealed record NewStory(NewArticle Article, string Origin, string StoryHash, string? MinHash, IReadOnlyList<long> Bands);

/// <summary>The stored identity of a story, for deciding duplicate / update.</summary>
/// <param name="DuplicateOf">Set when the story was merged into another alert as a near-duplicate.</param>
public sealed record StoryIdentity(long Id, string ContentHash, string? StoryHash, int Version, bool IsAlert, long? DuplicateOf = null)
{
    /// <summary>The source (folder, feed, push) that first stored the story.</summary>
    public string? Source { get; init; }

    /// <summary>Who reported it within the source (the folder's subfolder, the feed's name, the push caller).</summary>
    public string? Origin { get; init; }

    /// <summary>The story was withdrawn: later versions of it change nothing.</summary>
    public bool Withdrawn { get; init; }
}

/// <summary>A stored story as the sender renders it after an update.</summary>
public sealed record StoredStory(long Id, int Version, Understanding Understanding, DateTimeOffset? Updated, IReadOnlyList<string> AlsoReportedBy, string? Origin)
{
    /// <summary>What the latest correction changed, when the story was corrected.</summary>
    public string? Correction { get; init; }

    /// <summary>When the story was withdrawn; its alerts then say "Withdrawn" (or are deleted).</summary>
    public DateTimeOffset? Withdrawn { get; init; }

    public string? WithdrawReason { get; init; }
}

/// <summary>The outcome of a withdrawal: rows cancelled before they went out, and edits queued for chats that got the alert.</summary>
public sealed record WithdrawnStory(long Id, string Headline, bool AlreadyWithdrawn, int Cancelled, int Edits);

/// <summary>A recent article that shares a near-duplicate band with the one being ingested.</summary>
public sealed record NearDuplicateCandidate(long Id, string? Origin, string? MinHash);

/// <summary>The alert message a chat got for an article, as recorded by the sender.</summary>
public sealed record SentAlert(string State, string? MessageIds, int PartsSent, DateTimeOffset? Sent);

/// <summary>A polled RSS/Atom feed and its health.</summary>
public sealed record FeedRecord(
    long Id,
    string Url,
    string Name,
    TimeSpan Interval,
    string AddedBy,
    string? ETag,
    string? LastModified,
    DateTimeOffset? LastPolled,
    DateTimeOffset? LastSuccess,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int ConsecutiveFailures,
    DateTimeOffset NextPoll,
    long ItemsIngested);

public static class FeedAddedBy
{
    public const string Config = "config";
    public const string Opml = "opml";
}
