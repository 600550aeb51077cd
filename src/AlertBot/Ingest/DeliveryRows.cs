using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using AlertBot.Storage;

namespace AlertBot.Ingest;

/// <summary>The outbox rows an ingested story makes: an alert for each chat that wants it, an edit of a chat's alert.</summary>
internal static class DeliveryRows
{
    /// <summary>One row per chat that wants the article (topics, own keywords, circles, excludes), in the chat's thread if it chose one.</summary>
    internal static List<NewDelivery> AlertRows(ChatIndex chats, IReadOnlySet<string> topics, Understanding understood, long articleId, DateTimeOffset now)
    {
        var routed = chats.Route(topics, understood.Headline, understood.Body, understood.Location);
        var rows = new List<NewDelivery>(routed.Count);
        foreach (var (chat, target) in routed)
        {
            var plan = DeliveryPlanner.Plan(chat, now);
            rows.Add(new NewDelivery($"a:{articleId}:{chat.Id}", chat.Id, DeliveryKind.Alert, plan.Due)
            {
                ArticleId = articleId,
                Silent = plan.Silent,
                Held = plan.HeldForDigest,
                ThreadId = target.ThreadId,
            });
        }

        return rows;
    }

    /// <summary>An edit of a chat's alert; quiet hours hold the follow-up like an alert (an edit itself makes no sound).</summary>
    internal static NewDelivery EditRow(ChatIndex chats, long articleId, long chatId, string suffix, string? payload, DateTimeOffset now)
    {
        var chat = chats.Find(chatId);
        DeliveryPlan? plan = chat is null ? null : DeliveryPlanner.Plan(chat, now);
        return new NewDelivery($"e:{articleId}:{chatId}:{suffix}", chatId, DeliveryKind.Edit, plan?.Due ?? now)
        {
            ArticleId = articleId,
            Payload = payload,
            Silent = plan?.Silent ?? false,
        };
    }
}
