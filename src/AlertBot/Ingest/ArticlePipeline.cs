using System.Security.Cryptography;
using System.Text;
using AlertBot.Core.Observe;
using AlertBot.Core.Render;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using AlertBot.Storage;
using AlertBot.Telegram.Deliver;
using Microsoft.Extensions.Options;

namespace AlertBot.Ingest;

public enum IngestOutcome
{
    Stored,
    Duplicate,
    NotAnAlert,
    Rejected,

    /// <summary>The same story id with changed content: the stored story took the new version.</summary>
    Updated,

    /// <summary>The same event from another origin: recorded on the original alert ("also reported by").</summary>
    NearDuplicate,
}

/// <param name="ArticleId">The stored article (for a duplicate or an update: the one already stored).</param>
/// <param name="OriginalId">For a near-duplicate: the alert it was merged into.</param>
public sealed record IngestResult(IngestOutcome Outcome, long? ArticleId = null, string? Reason = null, int Deliveries = 0, long? OriginalId = null);

/// <summary>
/// The one path every source takes: understand → identify (duplicate? update? near-duplicate?) → route →
/// store with its outbox rows in one transaction → wake the sender. Never modifies the original bytes.
/// </summary>
public sealed class ArticlePipeline(
    ArticleUnderstander understander,
    Router router,
    AlertStore store,
    OutboxSignal signal,
    TimeProvider time,
    AlertBotMetrics metrics,
    IOptions<DuplicatesOptions> duplicates,
    ILogger<ArticlePipeline> logger)
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);
    private long _nextPruneTicks;

    public Task<IngestResult> IngestAsync(SourceDocument document, string source, CancellationToken ct) =>
        IngestAsync(document, source, origin: null, ct);

    /// <param name="origin">Who reported it (a feed's name, a push caller); defaults to the source or the folder's subfolder.</param>
    public async Task<IngestResult> IngestAsync(SourceDocument document, string source, string? origin, CancellationToken ct)
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

        origin ??= DefaultOrigin(source, document.Name);
        var hash = Convert.ToHexStringLower(SHA256.HashData(document.Content.Span));
        var storyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(understood.Headline + "\n" + understood.Body)));
        var key = DedupeKey(understood, hash, source == Sources.Feed ? origin : null);
        var topics = router.TopicsOf(understood);
        understood = understood with { Topics = topics.Order(StringComparer.Ordinal).ToList() };

        var existing = await store.FindStoryAsync(key, ct);
        long? reportOf = null;
        if (existing is not null && !key.StartsWith("sha256:", StringComparison.Ordinal) && !IsFrom(existing, source, origin))
        {
            // The same URL or id from another origin is that origin's report of the story, never an edit of it:
            // otherwise any source could rewrite the alert another source's story sent. Its own later versions
            // update its own copy, which sends nothing.
            reportOf = existing.DuplicateOf ?? existing.Id;
            key = OriginKey(key, source, origin);
            existing = await store.FindStoryAsync(key, ct);
        }

        if (existing is not null)
            return await ExistingStoryAsync(existing, document, source, origin, key, hash, storyHash, understood, topics, ct);
        if (!key.StartsWith("sha256:", StringComparison.Ordinal) && await store.FindByContentAsync(hash, storyHash, ct) is { } sameBytes)
            return Duplicate(source, document.Name, key, sameBytes);

        var o = duplicates.Value;
        var signature = understood.IsAlert && o.Enabled ? NearDuplicates.Signature(understood) : null;
        var bands = signature is null ? [] : NearDuplicates.BandKeys(signature);
        var story = new NewStory(new NewArticle(key, hash, source, document.Name, understood), origin, storyHash, signature is null ? null : NearDuplicates.Encode(signature), bands);
        var chats = understood.IsAlert ? await store.GetChatsAsync(enabledOnly: true, ct) : [];
        var now = time.GetUtcNow();

        if (reportOf is { } reported)
            return await ReportOfAsync(story with { Bands = [] }, reported, chats, source, document.Name, key, origin, now, ct);

        if (signature is not null && await FindNearDuplicateAsync(signature, bands, origin, now - o.Window, ct) is { } original)
        {
            var merged = await store.AddNearDuplicateAsync(story with { Bands = [] }, original.Id, chat => EditRow(chats, original.Id, chat, "by:" + ShortHash(origin), payload: null, now), ct);
            if (merged is null)
                return Duplicate(source, document.Name, key, (await store.FindStoryAsync(key, ct))?.Id);
            Log.NearDuplicate(logger, merged.Value.Id, source, document.Name, original.Id, original.Similarity, merged.Value.Edits);
            metrics.ArticlesIngested.Add(1, Tags(source, "near-duplicate"));
            if (merged.Value.Edits > 0)
                signal.Notify();
            return new IngestResult(IngestOutcome.NearDuplicate, merged.Value.Id, Deliveries: merged.Value.Edits, OriginalId: original.Id);
        }

        await PruneBandsAsync(now, ct);
        var planned = 0;
        var id = await store.AddStoryAsync(story, articleId =>
        {
            var rows = AlertRows(chats, topics, understood, articleId, now);
            planned = rows.Count;
            return rows;
        }, ct);

        if (id is null)
            return Duplicate(source, document.Name, key, (await store.FindStoryAsync(key, ct))?.Id);

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

    /// <summary>
    /// The story id is known. The same text (or a version seen before) is a duplicate; new text is an update:
    /// chats that have the alert get it edited (or a follow-up reply), chats that newly match get the alert.
    /// </summary>
    private async Task<IngestResult> ExistingStoryAsync(
        StoryIdentity existing,
        SourceDocument document,
        string source,
        string origin,
        string key,
        string hash,
        string storyHash,
        Understanding understood,
        IReadOnlySet<string> topics,
        CancellationToken ct)
    {
        if (existing.ContentHash == hash || existing.StoryHash == storyHash || key.StartsWith("sha256:", StringComparison.Ordinal)
            || await store.HadVersionAsync(existing.Id, storyHash, ct))
            return Duplicate(source, document.Name, key, existing.Id);
        var previous = await store.GetStoryAsync(existing.Id, ct);
        if (previous is null)
            return Duplicate(source, document.Name, key, existing.Id);

        var diff = StoryDiff.Compare(previous.Understanding, understood);
        var followUp = UpdateRenderer.FollowUp(understood, diff, existing.Version + 1);
        var signature = understood.IsAlert && duplicates.Value.Enabled ? NearDuplicates.Signature(understood) : null;
        var story = new NewStory(
            new NewArticle(key, hash, source, document.Name, understood),
            origin,
            storyHash,
            signature is null ? null : NearDuplicates.Encode(signature),
            signature is null ? [] : NearDuplicates.BandKeys(signature));
        var chats = understood.IsAlert ? await store.GetChatsAsync(enabledOnly: true, ct) : [];
        var now = time.GetUtcNow();
        var updated = await store.UpdateStoryAsync(
            existing.Id,
            existing.Version,
            story,
            // A near-duplicate's new version stays merged into the alert it joined: no alert of its own.
            articleId => existing.DuplicateOf is null ? AlertRows(chats, topics, understood, articleId, now) : [],
            (chat, version) => EditRow(chats, existing.Id, chat, "v" + version.ToString(System.Globalization.CultureInfo.InvariantCulture), followUp, now),
            ct);
        if (updated is not { } u)
            return Duplicate(source, document.Name, key, existing.Id);

        Log.ArticleUpdated(logger, existing.Id, u.Version, source, document.Name, diff.NewKeyTimes.Count, u.Edits, u.NewAlerts);
        metrics.ArticlesIngested.Add(1, Tags(source, "updated"));
        metrics.DeliveriesCreated.Add(u.Edits + u.NewAlerts);
        if (u.Edits + u.NewAlerts > 0)
            signal.Notify();
        return new IngestResult(IngestOutcome.Updated, existing.Id, Deliveries: u.Edits + u.NewAlerts);
    }

    /// <summary>Another origin's report of a known story (the same URL or id): recorded on it as "also reported by".</summary>
    private async Task<IngestResult> ReportOfAsync(
        NewStory story, long originalId, IReadOnlyList<ChatSettings> chats, string source, string name, string key, string origin, DateTimeOffset now, CancellationToken ct)
    {
        var merged = await store.AddNearDuplicateAsync(story, originalId, chat => EditRow(chats, originalId, chat, "by:" + ShortHash(origin), payload: null, now), ct);
        if (merged is null)
            return Duplicate(source, name, key, (await store.FindStoryAsync(key, ct))?.Id);
        Log.NearDuplicate(logger, merged.Value.Id, source, name, originalId, 1.0, merged.Value.Edits);
        metrics.ArticlesIngested.Add(1, Tags(source, "near-duplicate"));
        if (merged.Value.Edits > 0)
            signal.Notify();
        return new IngestResult(IngestOutcome.NearDuplicate, merged.Value.Id, Deliveries: merged.Value.Edits, OriginalId: originalId);
    }

    private static bool IsFrom(StoryIdentity story, string source, string origin) =>
        // Stories stored before the source was recorded with their identity count as the caller's own.
        story.Source is null || (story.Source == source && string.Equals(story.Origin ?? story.Source, origin, StringComparison.Ordinal));

    /// <summary>The key of one origin's own copy of a story another origin stored first.</summary>
    internal static string OriginKey(string key, string source, string origin) =>
        Clip(key + "|from:" + source + ":" + origin);

    private async Task<(long Id, double Similarity)?> FindNearDuplicateAsync(uint[] signature, long[] bands, string origin, DateTimeOffset since, CancellationToken ct)
    {
        (long Id, double Similarity)? best = null;
        foreach (var candidate in await store.NearDuplicateCandidatesAsync(bands, since, origin, ct))
        {
            if (NearDuplicates.Decode(candidate.MinHash) is not { } other)
                continue;
            var similarity = NearDuplicates.Similarity(signature, other);
            if (similarity >= duplicates.Value.Threshold && (best is null || similarity > best.Value.Similarity))
                best = (candidate.Id, similarity);
        }

        return best;
    }

    /// <summary>Bands older than the window can match nothing any more; dropped every few minutes.</summary>
    private async Task PruneBandsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var next = Interlocked.Read(ref _nextPruneTicks);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextPruneTicks, (now + PruneEvery).UtcTicks, next) != next)
            return;
        await store.PruneNearDuplicateBandsAsync(now - duplicates.Value.Window, ct);
    }

    /// <summary>One row per chat that wants the article (topics, own keywords, circles, excludes), in the chat's thread if it chose one.</summary>
    private static List<NewDelivery> AlertRows(IReadOnlyList<ChatSettings> chats, IReadOnlySet<string> topics, Understanding understood, long articleId, DateTimeOffset now)
    {
        var rows = new List<NewDelivery>();
        foreach (var chat in chats)
        {
            if (Router.Route(chat, topics, understood.Headline, understood.Body, understood.Location) is not { } target)
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

        return rows;
    }

    /// <summary>An edit of a chat's alert; quiet hours hold the follow-up like an alert (an edit itself makes no sound).</summary>
    private static NewDelivery EditRow(IReadOnlyList<ChatSettings> chats, long articleId, long chatId, string suffix, string? payload, DateTimeOffset now)
    {
        var chat = chats.FirstOrDefault(c => c.Id == chatId);
        DeliveryPlan? plan = chat is null ? null : DeliveryPlanner.Plan(chat, now);
        return new NewDelivery($"e:{articleId}:{chatId}:{suffix}", chatId, DeliveryKind.Edit, plan?.Due ?? now)
        {
            ArticleId = articleId,
            Payload = payload,
            Silent = plan?.Silent ?? false,
        };
    }

    private IngestResult Duplicate(string source, string name, string key, long? id)
    {
        Log.ArticleDuplicate(logger, source, name, key);
        metrics.ArticlesIngested.Add(1, Tags(source, "duplicate"));
        return new IngestResult(IngestOutcome.Duplicate, id);
    }

    /// <summary>The folder's first subfolder names the origin (one per agency, say); else the source itself.</summary>
    internal static string DefaultOrigin(string source, string name)
    {
        if (source != Sources.Folder)
            return source;
        var slash = name.IndexOfAny(['/', '\\']);
        return slash > 0 ? name[..slash] : source;
    }

    internal static string DedupeKey(Understanding understood, string contentHash) => DedupeKey(understood, contentHash, feed: null);

    /// <summary>
    /// Identity: the source's own id, else the canonical URL, else the content hash. A feed item's GUID is
    /// only unique within its feed, so it is qualified by the feed's name — unless it is a URL (a permalink).
    /// </summary>
    internal static string DedupeKey(Understanding understood, string contentHash, string? feed)
    {
        if (!string.IsNullOrWhiteSpace(understood.SourceId))
        {
            var id = understood.SourceId.Trim();
            if (feed is null)
                return "id:" + Clip(id);
            return Canonical(id) is { } permalink ? "url:" + Clip(permalink) : "id:feed:" + Clip(feed + ":" + id);
        }

        if (Canonical(understood.Url) is { } canonical)
            return "url:" + Clip(canonical);
        return "sha256:" + contentHash;
    }

    private static string? Canonical(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? new UriBuilder(url) { Fragment = "", Host = url.Host.ToLowerInvariant() }.Uri.GetLeftPart(UriPartial.Query).TrimEnd('/')
            : null;

    private static string Clip(string s) => s.Length <= 190 ? s : "h:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)));

    private static string ShortHash(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..16];

    private static KeyValuePair<string, object?>[] Tags(string source, string outcome) =>
        [new("source", source), new("outcome", outcome)];
}
