using Microsoft.Extensions.Logging;

namespace AlertBot.Storage;

/// <summary>Log lines of the cluster coordination (several instances on one PostgreSQL database); ids as they were in AlertBot.Telegram.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2301, EventName = "PollerLeadershipAcquired", Level = LogLevel.Information, Message = "This instance ({NodeId}) now runs the update poller for bot {BotId}")]
    public static partial void PollerLeadershipAcquired(ILogger logger, string nodeId, long botId);

    [LoggerMessage(EventId = 2302, EventName = "PollerLeadershipLost", Level = LogLevel.Warning, Message = "The update poller's lock for bot {BotId} is lost (database session gone); polling stops until it is taken again")]
    public static partial void PollerLeadershipLost(ILogger logger, long botId);

    [LoggerMessage(EventId = 2303, EventName = "PollerStandby", Level = LogLevel.Information, Message = "Another instance runs the update poller for bot {BotId}; this one stands by")]
    public static partial void PollerStandby(ILogger logger, long botId);

    [LoggerMessage(EventId = 2304, EventName = "PollerLeadershipFailed", Level = LogLevel.Warning, Message = "Could not try for the update poller's lock; trying again shortly")]
    public static partial void PollerLeadershipFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2307, EventName = "NodeLockRetaken", Level = LogLevel.Warning, Message = "This instance's liveness lock ({NodeId}) was lost with its database session and is taken again")]
    public static partial void NodeLockRetaken(ILogger logger, string nodeId);

    [LoggerMessage(EventId = 2308, EventName = "ClusterPauseFailed", Level = LogLevel.Warning, Message = "Could not share the bot-wide pause with the other instances")]
    public static partial void ClusterPauseFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2309, EventName = "SendSlotReleaseFailed", Level = LogLevel.Warning, Message = "Could not release a slot of the shared send window; it frees itself when its hold runs out")]
    public static partial void SendSlotReleaseFailed(ILogger logger, Exception exception);
}
