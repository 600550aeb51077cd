namespace AlertBot;

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, EventName = "ArticleIngested", Level = LogLevel.Information, Message = "Article {ArticleId} from {Source} '{SourceName}' stored: \"{Headline}\" → {Deliveries} deliveries")]
    public static partial void ArticleIngested(ILogger logger, long articleId, string source, string sourceName, string headline, int deliveries);

    [LoggerMessage(EventId = 1002, EventName = "ArticleDuplicate", Level = LogLevel.Debug, Message = "'{SourceName}' from {Source} is already stored ({DedupeKey}); nothing to do")]
    public static partial void ArticleDuplicate(ILogger logger, string source, string sourceName, string dedupeKey);

    [LoggerMessage(EventId = 1003, EventName = "ArticleRejected", Level = LogLevel.Warning, Message = "'{SourceName}' from {Source} was not ingested: {Reason}")]
    public static partial void ArticleRejected(ILogger logger, string source, string sourceName, string reason);

    [LoggerMessage(EventId = 1004, EventName = "ArticleNotAlert", Level = LogLevel.Information, Message = "'{SourceName}' from {Source} holds no article (empty or boilerplate); stored, no alert")]
    public static partial void ArticleNotAlert(ILogger logger, string source, string sourceName);

    [LoggerMessage(EventId = 1005, EventName = "FileUnreadable", Level = LogLevel.Warning, Message = "File '{Path}' could not be read: {Reason}")]
    public static partial void FileUnreadable(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 1006, EventName = "WatcherStarted", Level = LogLevel.Information, Message = "Watching {Path} for articles ({Existing} files already there)")]
    public static partial void WatcherStarted(ILogger logger, string path, int existing);

    [LoggerMessage(EventId = 1007, EventName = "WatcherError", Level = LogLevel.Warning, Message = "The folder watcher lost events; rescanning")]
    public static partial void WatcherError(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1008, EventName = "IngestFailed", Level = LogLevel.Error, Message = "Ingesting '{Path}' failed; it will be tried again at the next rescan")]
    public static partial void IngestFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 1009, EventName = "FileRefused", Level = LogLevel.Warning, Message = "File '{Path}' is not read: {Reason}")]
    public static partial void FileRefused(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 1013, EventName = "FileReadRetry", Level = LogLevel.Information, Message = "File '{Path}' could not be read (attempt {Attempt}): {Reason}; trying again in {Delay}")]
    public static partial void FileReadRetry(ILogger logger, string path, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 1014, EventName = "FileReadFailed", Level = LogLevel.Error, Message = "File '{Path}' could not be read in {Attempts} attempts; the next rescan tries again")]
    public static partial void FileReadFailed(ILogger logger, string path, int attempts, Exception exception);

    [LoggerMessage(EventId = 1010, EventName = "ConsoleMode", Level = LogLevel.Warning, Message = "No Telegram:BotToken is set: alerts are written to this console instead of Telegram")]
    public static partial void ConsoleMode(ILogger logger);

    [LoggerMessage(EventId = 1011, EventName = "Started", Level = LogLevel.Information, Message = "AlertBot ready: storage {Provider}, articles in {ArticlesPath}, {Chats} chats")]
    public static partial void Started(ILogger logger, string provider, string articlesPath, int chats);

    [LoggerMessage(EventId = 1012, EventName = "RescanFound", Level = LogLevel.Information, Message = "Rescan found {Count} files the watcher had not reported")]
    public static partial void RescanFound(ILogger logger, int count);

    [LoggerMessage(EventId = 1020, EventName = "DigestComposed", Level = LogLevel.Information, Message = "Digest for chat {ChatId} scheduled at {ScheduledUtc}: {Count} alerts")]
    public static partial void DigestComposed(ILogger logger, long chatId, int count, DateTimeOffset scheduledUtc);

    [LoggerMessage(EventId = 1950, EventName = "WebhookRefused", Level = LogLevel.Warning, Message = "Telegram webhook request refused with {Status}: {Reason}")]
    public static partial void WebhookRefused(ILogger logger, int status, string reason);
}
