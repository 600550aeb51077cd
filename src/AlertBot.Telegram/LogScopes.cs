using Microsoft.Extensions.Logging;

namespace AlertBot.Telegram;

/// <summary>Scopes: the ids every line inside a unit of work carries (shown with <c>IncludeScopes</c>, fields in JSON).</summary>
internal static partial class Log
{
    private static readonly Func<ILogger, long, long?, long, IDisposable?> DeliveryScopeFormat =
        LoggerMessage.DefineScope<long, long?, long>("Delivery {DeliveryId} article {ArticleId} chat {ChatId}");

    /// <summary>Around one delivery's send, retries and outcome.</summary>
    public static IDisposable? DeliveryScope(ILogger logger, long deliveryId, long? articleId, long chatId) =>
        DeliveryScopeFormat(logger, deliveryId, articleId, chatId);
}
