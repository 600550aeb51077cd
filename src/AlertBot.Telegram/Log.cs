using Microsoft.Extensions.Logging;

namespace AlertBot.Telegram;

internal static partial class Log
{
    [LoggerMessage(EventId = 2001, EventName = "DeliverySent", Level = LogLevel.Information, Message = "Delivery {DeliveryId} of article {ArticleId} sent to chat {ChatId} as message {MessageIds} in {ElapsedMs} ms")]
    public static partial void DeliverySent(ILogger logger, long deliveryId, long? articleId, long chatId, string messageIds, long elapsedMs);

    [LoggerMessage(EventId = 2002, EventName = "DeliveryRateLimited", Level = LogLevel.Warning, Message = "Delivery {DeliveryId} to chat {ChatId}: Telegram asked to wait {RetryAfterSeconds} s (429)")]
    public static partial void DeliveryRateLimited(ILogger logger, long deliveryId, long chatId, double retryAfterSeconds);

    [LoggerMessage(EventId = 2003, EventName = "DeliveryRetry", Level = LogLevel.Warning, Message = "Delivery {DeliveryId} to chat {ChatId} failed (attempt {Attempt}, unknown outcome {UnknownOutcome}): {Error}; next try at {Due}")]
    public static partial void DeliveryRetry(ILogger logger, long deliveryId, long chatId, int attempt, bool unknownOutcome, string error, DateTimeOffset due);

    [LoggerMessage(EventId = 2004, EventName = "DeliveryDead", Level = LogLevel.Error, Message = "Delivery {DeliveryId} to chat {ChatId} dead-lettered: {Error}")]
    public static partial void DeliveryDead(ILogger logger, long deliveryId, long chatId, string error);

    [LoggerMessage(EventId = 2005, EventName = "ChatDisabled", Level = LogLevel.Warning, Message = "Chat {ChatId} disabled: {Reason}")]
    public static partial void ChatDisabled(ILogger logger, long chatId, string reason);

    [LoggerMessage(EventId = 2006, EventName = "ChatMigrated", Level = LogLevel.Information, Message = "Chat {ChatId} was upgraded to supergroup {NewChatId}; its deliveries follow")]
    public static partial void ChatMigrated(ILogger logger, long chatId, long newChatId);

    [LoggerMessage(EventId = 2007, EventName = "MarkupRejected", Level = LogLevel.Warning, Message = "Delivery {DeliveryId} to chat {ChatId}: Telegram rejected the markup ({Error}); resending as plain text")]
    public static partial void MarkupRejected(ILogger logger, long deliveryId, long chatId, string error);

    [LoggerMessage(EventId = 2008, EventName = "SenderLoopFailed", Level = LogLevel.Error, Message = "The outbox sender failed; it goes on in a second")]
    public static partial void SenderLoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2009, EventName = "LeasesRecovered", Level = LogLevel.Warning, Message = "{Count} deliveries were in flight when a sender stopped; policy {Policy} applied")]
    public static partial void LeasesRecovered(ILogger logger, int count, UnknownOutcomePolicy policy);

    [LoggerMessage(EventId = 2010, EventName = "DeliveryFailed", Level = LogLevel.Error, Message = "Delivery {DeliveryId} to chat {ChatId} failed unexpectedly; it will be retried")]
    public static partial void DeliveryFailed(ILogger logger, long deliveryId, long chatId, Exception exception);

    [LoggerMessage(EventId = 2011, EventName = "GlobalPause", Level = LogLevel.Warning, Message = "Several chats hit 429 at once: all sending paused until {Until}")]
    public static partial void GlobalPause(ILogger logger, DateTimeOffset until);

    [LoggerMessage(EventId = 2101, EventName = "UpdateHandled", Level = LogLevel.Debug, Message = "Update {UpdateId} ({UpdateType}) handled")]
    public static partial void UpdateHandled(ILogger logger, int updateId, string updateType);

    [LoggerMessage(EventId = 2102, EventName = "UpdateFailed", Level = LogLevel.Error, Message = "Update {UpdateId} could not be handled; it is skipped")]
    public static partial void UpdateFailed(ILogger logger, int updateId, Exception exception);

    [LoggerMessage(EventId = 2109, EventName = "UpdateDropped", Level = LogLevel.Error, Message = "Update {UpdateId}'s effect could not be stored after {Attempts} attempts; it is dropped")]
    public static partial void UpdateDropped(ILogger logger, int updateId, int attempts, Exception exception);

    [LoggerMessage(EventId = 2103, EventName = "PollFailed", Level = LogLevel.Warning, Message = "getUpdates failed: {Error}; retrying in {DelaySeconds} s")]
    public static partial void PollFailed(ILogger logger, string error, double delaySeconds);

    [LoggerMessage(EventId = 2104, EventName = "PollerStarted", Level = LogLevel.Information, Message = "Receiving bot updates by long polling from offset {Offset}")]
    public static partial void PollerStarted(ILogger logger, long offset);

    [LoggerMessage(EventId = 2105, EventName = "CommandHandled", Level = LogLevel.Information, Message = "Command {Command} in chat {ChatId} from user {UserId}: {Outcome}")]
    public static partial void CommandHandled(ILogger logger, string command, long chatId, long? userId, string outcome);

    [LoggerMessage(EventId = 2106, EventName = "CommandNotDeleted", Level = LogLevel.Debug, Message = "Command message {MessageId} in chat {ChatId} was not deleted: {Error}")]
    public static partial void CommandNotDeleted(ILogger logger, long chatId, int messageId, string error);

    [LoggerMessage(EventId = 2107, EventName = "BotCommandsPublished", Level = LogLevel.Information, Message = "Published {Count} bot commands with setMyCommands")]
    public static partial void BotCommandsPublished(ILogger logger, int count);

    [LoggerMessage(EventId = 2120, EventName = "MenuButtonPublished", Level = LogLevel.Information, Message = "Set the bot's menu button to open the settings page at {PageUrl} (setChatMenuButton)")]
    public static partial void MenuButtonPublished(ILogger logger, string pageUrl);

    [LoggerMessage(EventId = 2108, EventName = "BotCommandsFailed", Level = LogLevel.Warning, Message = "setMyCommands failed (attempt {Attempt}): {Error}")]
    public static partial void BotCommandsFailed(ILogger logger, int attempt, string error);

    [LoggerMessage(EventId = 2020, EventName = "RichMessagesRefused", Level = LogLevel.Warning, Message = "The Bot API server refused a rich message for delivery {DeliveryId} ({Error}); alerts go out as HTML messages from now on, until a restart")]
    public static partial void RichMessagesRefused(ILogger logger, long deliveryId, string error);

    [LoggerMessage(EventId = 2012, EventName = "SentBatchFailed", Level = LogLevel.Warning, Message = "Recording {Count} sent deliveries in one transaction failed; recording them one by one")]
    public static partial void SentBatchFailed(ILogger logger, int count, Exception exception);
}
