using System.Globalization;
using System.Text;
using AlertBot.Core.Render;
using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.Telegram.Deliver;
using Quartz;

namespace AlertBot.Schedule;

/// <summary>
/// One chat's daily digest: its held alerts become one compact, silent message. The outbox key is the
/// scheduled fire time, so a job that runs twice for one time (recovery on another node) sends one digest.
/// </summary>
public sealed class DigestJob(ChatStore chats, Outbox outbox, OutboxSignal signal, ILogger<DigestJob> logger) : IJob
{
    public static readonly JobKey Key = new("digest", "digest");
    public const string ChatIdKey = "chatId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var chatId = context.MergedJobDataMap.GetLong(ChatIdKey);
        var chat = await chats.GetChatAsync(chatId, cancellationToken);
        if (chat is null || !chat.Enabled)
            return;
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var digestKey = $"d:{chatId}:{scheduled.UtcDateTime:yyyyMMddHHmm}";
        var zone = DeliveryPlanner.TryZone(chat.TimeZone, out var tz) ? tz : TimeZoneInfo.Utc;
        var count = await outbox.CreateDigestAsync(chatId, digestKey, articles => Compose(articles, zone, chat.TimeZone, scheduled), cancellationToken);
        if (count > 0)
            signal.Notify();
        Log.DigestComposed(logger, chatId, count, scheduled);
    }

    internal static string Compose(IReadOnlyList<StoredArticle> articles, TimeZoneInfo zone, string zoneName, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var sb = new StringBuilder("🗞 <b>Digest</b> — ")
            .Append(articles.Count.ToString(CultureInfo.InvariantCulture)).Append(articles.Count == 1 ? " alert" : " alerts")
            .Append(" · ").Append(local.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)).Append(' ').Append(TelegramHtml.Escape(zoneName));
        foreach (var article in articles)
            sb.Append('\n').Append(AlertRenderer.RenderDigestLine(article.Understanding, zone));
        return sb.ToString();
    }
}
