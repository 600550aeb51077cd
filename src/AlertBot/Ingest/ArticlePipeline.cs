using System.Security.Cryptography;
using AlertBot.Core.Observe;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using AlertBot.Storage;
using AlertBot.Telegram.Deliver;

namespace AlertBot.Ingest;

public enum IngestOutcome
{
    Stored,
    Duplicate,
    NotAnAlert,
    Rejected,
}

public sealed record IngestResult(IngestOutcome Outcome, long? ArticleId = null, string? Reason = null, int Deliveries = 0);

/// <summary>
/// The one path every source takes: understand → identify → route → store with its outbox rows in one
/// transaction → wake the sender. Never modifies the original bytes.
/// </summary>
public sealed class ArticlePipeline(
    ArticleUnderstander understander,
    Router router,
    AlertStore store,
    OutboxSignal signal,
    TimeProvider time,
    AlertBotMetrics metrics,
    ILogger<ArticlePipeline> logger)
{
    public async Task<IngestResult> IngestAsync(SourceDocument document, string source, CancellationToken ct)
    {
        using var scope = Log.IngestScope(logger, source, document.Name);
        Understanding understood;
        try
        {
            understood = understander.Understand(document);
        }
        catch (ArticleRejectedException e)
        {
            Log.ArticleRejected(logger, source, document.Name, e.Message);
            metrics.ArticlesIngested.Add(1, Tags(source, "rejected"));
            return new IngestResult(IngestOutcome.Rejected, Reason: e.Message);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(document.Content.Span));
        var key = DedupeKey(understood, hash);
        var topics = router.TopicsOf(understood);
        understood = understood with { Topics = topics.Order(StringComparer.Ordinal).ToList() };
        var chats = understood.IsAlert ? await store.GetChatsAsync(enabledOnly: true, ct) : [];
        var now = time.GetUtcNow();
        var planned = 0;
        var id = await store.AddArticleAsync(new NewArticle(key, hash, source, document.Name, understood), articleId =>
        {
            var rows = new List<NewDelivery>();
            foreach (var chat in chats)
            {
                if (Router.Route(chat, topics, understood.Headline, understood.Body) is not { } target)
                    continue;
                var plan = DeliveryPlanner.Plan(chat, now);
                rows.Add(new NewDelivery($"a:{articleId}:{chat.Id}", chat.Id, DeliveryKind.Alert, plan.Due)
                {
                    ArticleId = articleId,
                    Silent = plan.Silent,
                    Held = plan.HeldForDigest,
                    ThreadId = target.ThreadId,
                });
            }

            planned = rows.Count;
            return rows;
        }, ct);

        if (id is null)
        {
            Log.ArticleDuplicate(logger, source, document.Name, key);
            metrics.ArticlesIngested.Add(1, Tags(source, "duplicate"));
            return new IngestResult(IngestOutcome.Duplicate);
        }

        if (!understood.IsAlert)
        {
            Log.ArticleNotAlert(logger, source, document.Name);
            metrics.ArticlesIngested.Add(1, Tags(source, "not-an-alert"));
            return new IngestResult(IngestOutcome.NotAnAlert, id);
        }

        metrics.ArticlesIngested.Add(1, Tags(source, "stored"));
        metrics.AlertsCreated.Add(1);
        metrics.DeliveriesCreated.Add(planned);
        if (planned > 0)
            signal.Notify();
        Log.ArticleIngested(logger, id.Value, source, document.Name, understood.Headline, planned);
        return new IngestResult(IngestOutcome.Stored, id, Deliveries: planned);
    }

    /// <summary>Identity: the source's own id, else the canonical URL, else the content hash.</summary>
    internal static string DedupeKey(Understanding understood, string contentHash)
    {
        if (!string.IsNullOrWhiteSpace(understood.SourceId))
            return "id:" + Clip(understood.SourceId.Trim());
        if (Uri.TryCreate(understood.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            var canonical = new UriBuilder(url) { Fragment = "", Host = url.Host.ToLowerInvariant() }.Uri.GetLeftPart(UriPartial.Query).TrimEnd('/');
            return "url:" + Clip(canonical);
        }

        return "sha256:" + contentHash;
    }

    private static string Clip(string s) => s.Length <= 190 ? s : "h:" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(s)));

    private static KeyValuePair<string, object?>[] Tags(string source, string outcome) =>
        [new("source", source), new("outcome", outcome)];
}
