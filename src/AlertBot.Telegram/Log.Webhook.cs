using Microsoft.Extensions.Logging;

namespace AlertBot.Telegram;

internal static partial class Log
{
    [LoggerMessage(EventId = 2150, EventName = "WebhookSet", Level = LogLevel.Information, Message = "Receiving bot updates by webhook at {Url} (max_connections {MaxConnections})")]
    public static partial void WebhookSet(ILogger logger, string url, int maxConnections);

    [LoggerMessage(EventId = 2151, EventName = "WebhookSetFailed", Level = LogLevel.Warning, Message = "setWebhook failed: {Error}; retrying in {DelaySeconds} s")]
    public static partial void WebhookSetFailed(ILogger logger, string error, double delaySeconds);

    [LoggerMessage(EventId = 2152, EventName = "WebhookRemoved", Level = LogLevel.Information, Message = "Polling mode: any webhook set for the bot was removed (deleteWebhook)")]
    public static partial void WebhookRemoved(ILogger logger);

    [LoggerMessage(EventId = 2153, EventName = "WebhookDeliveryError", Level = LogLevel.Warning, Message = "Telegram reports a failed webhook delivery at {At}: {Error} ({Pending} updates waiting)")]
    public static partial void WebhookDeliveryError(ILogger logger, DateTimeOffset at, string error, int pending);

    [LoggerMessage(EventId = 2154, EventName = "WebhookInfoFailed", Level = LogLevel.Warning, Message = "getWebhookInfo failed: {Error}")]
    public static partial void WebhookInfoFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 2155, EventName = "WebhookDuplicate", Level = LogLevel.Debug, Message = "Update {UpdateId} came again by webhook; it had its effect already")]
    public static partial void WebhookDuplicate(ILogger logger, long updateId);

    [LoggerMessage(EventId = 2156, EventName = "WebhookPruned", Level = LogLevel.Information, Message = "Forgot {Count} webhook update records older than 24 h")]
    public static partial void WebhookPruned(ILogger logger, int count);

    [LoggerMessage(EventId = 2157, EventName = "WebhookLoopFailed", Level = LogLevel.Warning, Message = "Handling a webhook update failed: {Error}; it is tried again once its lease is over")]
    public static partial void WebhookLoopFailed(ILogger logger, string error);
}
