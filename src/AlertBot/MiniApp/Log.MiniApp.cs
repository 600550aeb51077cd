namespace AlertBot;

// The settings page (Mini App): 16xx.
internal static partial class Log
{
    [LoggerMessage(EventId = 1601, EventName = "MiniAppDisabled", Level = LogLevel.Information, Message = "The settings page is off (MiniApp:PublicUrl is not set); /app answers 404")]
    public static partial void MiniAppDisabled(ILogger logger);

    [LoggerMessage(EventId = 1602, EventName = "MiniAppEnabled", Level = LogLevel.Information, Message = "The settings page is on at {PageUrl}")]
    public static partial void MiniAppEnabled(ILogger logger, string pageUrl);

    [LoggerMessage(EventId = 1603, EventName = "MiniAppRefused", Level = LogLevel.Information, Message = "Settings page request refused with {Status}: {Reason} (chat {ChatId})")]
    public static partial void MiniAppRefused(ILogger logger, int status, string reason, long? chatId);

    [LoggerMessage(EventId = 1604, EventName = "MiniAppSaved", Level = LogLevel.Information, Message = "Settings of chat {ChatId} saved from the settings page by user {UserId}")]
    public static partial void MiniAppSaved(ILogger logger, long chatId, long userId);
}
