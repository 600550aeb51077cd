using Microsoft.Extensions.Logging;

namespace AlertBot.Telegram;

/// <summary>Log lines of the cluster recovery; the coordination itself logs from AlertBot.Storage (2301–2304, 2307–2309).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2305, EventName = "DeadSenderRowsRecovered", Level = LogLevel.Warning, Message = "{Count} deliveries were in flight on an instance that stopped; policy {Policy} applied")]
    public static partial void DeadSenderRowsRecovered(ILogger logger, int count, UnknownOutcomePolicy policy);

    [LoggerMessage(EventId = 2306, EventName = "ClusterRecoveryFailed", Level = LogLevel.Warning, Message = "Looking for deliveries of stopped instances failed; trying again shortly")]
    public static partial void ClusterRecoveryFailed(ILogger logger, Exception exception);
}

