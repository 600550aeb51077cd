namespace AlertBot;

/// <summary>Ingest's events beyond the folder store: updates, near-duplicates, push and feeds (1100–1199).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1100, EventName = "ArticleUpdated", Level = LogLevel.Information, Message = "Article {ArticleId} updated to version {Version} by {Source} '{SourceName}': {NewKeyTimes} new key times, {Edits} chats to edit, {NewAlerts} chats newly matching")]
    public static partial void ArticleUpdated(ILogger logger, long articleId, int version, string source, string sourceName, int newKeyTimes, int edits, int newAlerts);

    [LoggerMessage(EventId = 1101, EventName = "NearDuplicate", Level = LogLevel.Information, Message = "Article {ArticleId} from {Source} '{SourceName}' is the same event as alert {OriginalId} (similarity {Similarity:F2}); recorded as also reported, {Edits} chats to edit")]
    public static partial void NearDuplicate(ILogger logger, long articleId, string source, string sourceName, long originalId, double similarity, int edits);

    [LoggerMessage(EventId = 1102, EventName = "StoryRevised", Level = LogLevel.Information, Message = "Article from {Source} '{SourceName}' is {Kind} of story {ArticleId} (similarity {Similarity:F2}); updating it")]
    public static partial void StoryRevised(ILogger logger, long articleId, string source, string sourceName, string kind, double similarity);

    [LoggerMessage(EventId = 1103, EventName = "StoryWithdrawn", Level = LogLevel.Information, Message = "Story {ArticleId} withdrawn by {Source}: {Cancelled} undelivered rows cancelled, {Edits} chats to edit")]
    public static partial void StoryWithdrawn(ILogger logger, long articleId, string source, int cancelled, int edits);

    [LoggerMessage(EventId = 1104, EventName = "WithdrawUnknown", Level = LogLevel.Information, Message = "A withdrawal from {Source} names no stored story ('{StoryId}'); nothing withdrawn")]
    public static partial void WithdrawUnknown(ILogger logger, string source, string storyId);

    [LoggerMessage(EventId = 1105, EventName = "WithdrawnStoryIgnored", Level = LogLevel.Information, Message = "'{SourceName}' from {Source} is a new version of withdrawn story {ArticleId}; ignored")]
    public static partial void WithdrawnStoryIgnored(ILogger logger, long articleId, string source, string sourceName);

    [LoggerMessage(EventId = 1110, EventName = "PushRefused", Level = LogLevel.Information, Message = "POST /articles refused with {Status}: {Reason}")]
    public static partial void PushRefused(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 1111, EventName = "PushDisabled", Level = LogLevel.Information, Message = "No Push:ApiKey is set: the push endpoint POST /articles is off")]
    public static partial void PushDisabled(ILogger logger);

    [LoggerMessage(EventId = 1120, EventName = "FeedPolled", Level = LogLevel.Debug, Message = "Feed {FeedId} '{FeedName}' polled: {Status}, {Items} items, {Ingested} new or updated")]
    public static partial void FeedPolled(ILogger logger, long feedId, string feedName, int status, int items, int ingested);

    [LoggerMessage(EventId = 1121, EventName = "FeedFailed", Level = LogLevel.Warning, Message = "Feed {FeedId} '{FeedName}' failed ({Failures} in a row): {Error}; next poll not before {NextPoll:u}")]
    public static partial void FeedFailed(ILogger logger, long feedId, string feedName, int failures, string error, DateTimeOffset nextPoll, Exception? exception);

    [LoggerMessage(EventId = 1122, EventName = "FeedsScheduled", Level = LogLevel.Information, Message = "{Count} feeds scheduled for polling")]
    public static partial void FeedsScheduled(ILogger logger, int count);

    [LoggerMessage(EventId = 1123, EventName = "FeedItemFailed", Level = LogLevel.Error, Message = "Feed {FeedId} item '{Item}' could not be ingested; the next poll tries again")]
    public static partial void FeedItemFailed(ILogger logger, long feedId, string item, Exception exception);

    [LoggerMessage(EventId = 1124, EventName = "FeedFailureNotRecorded", Level = LogLevel.Error, Message = "Feed {FeedId} '{FeedName}' failed ({Error}) and the failure could not be recorded; the next poll tries again")]
    public static partial void FeedFailureNotRecorded(ILogger logger, long feedId, string feedName, string error, Exception exception);
}
