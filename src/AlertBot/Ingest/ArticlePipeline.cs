using System.Security.Cryptography;
using System.Text;
using AlertBot.Core.Observe;
using AlertBot.Core.Render;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using AlertBot.Storage;
using AlertBot.Telegram.Deliver;
using Microsoft.Extensions.Options;
using static AlertBot.Ingest.DeliveryRows;
using static AlertBot.Ingest.StoryKeys;

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

    /// <summary>A withdrawal ("withdrawn": true) of a stored story: its alerts say "Withdrawn".</summary>
    Withdrawn,

    /// <summary>A withdrawal that names no stored story.</summary>
    UnknownStory,
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
    StoryStore stories,
    ChatStore chatStore,
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
        if (Withdrawals.Read(document) is { } withdrawal)
            return await WithdrawnByDocumentAsync(withdrawal, source, origin ?? DefaultOrigin(source, document.Name), ct);
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
        var key = DedupeKey(understood, hash, source == Sources.Feed ? origin : null, source == Sources.Folder ? document.Name : null);
        var topics = router.TopicsOf(understood);
        understood = understood with { Topics = topics.Order(StringComparer.Ordinal).ToList() };

        var existing = await stories.FindStoryAsync(key, ct);
        long? reportOf = null;
        if (existing is not null && !key.StartsWith("sha256:", StringComparison.Ordinal) && !IsFrom(existing, source, origin))
        {
            // The same URL or id from another origin is that origin's report of the story, never an edit of it:
            // otherwise any source could rewrite the alert another source's story sent. Its own later versions
            // update its own copy, which sends nothing.
            reportOf = existing.DuplicateOf ?? existing.Id;
            key = OriginKey(key, source, origin);
            existing = await stories.FindStoryAsync(key, ct);
        }

        if (existing is not null)
            return await ExistingStoryAsync(existing, byKey: true, document, source, origin, key, hash, storyHash, understood, topics, ct);
        if (!key.StartsWith("sha256:", StringComparison.Ordinal) && await stories.FindByContentAsync(hash, storyHash, ct) is { } sameBytes)
            return Duplicate(source, document.Name, key, sameBytes);

        var o = duplicates.Value;
        var signature = understood.IsAlert && o.Enabled ? NearDuplicates.Signature(understood) : null;
        var bands = signature is null ? [] : NearDuplicates.BandKeys(signature);
        var story = new NewStory(new NewArticle(key, hash, source, document.Name, understood), origin, storyHash, signature is null ? null : NearDuplicates.Encode(signature), bands);
        var chats = understood.IsAlert ? await chatStore.GetAudienceAsync(ct) : ChatIndex.Empty;
        var now = time.GetUtcNow();

        if (reportOf is { } reported)
            return await ReportOfAsync(story with { Bands = [] }, reported, chats, source, document.Name, key, origin, now, ct);

        var (sameOrigin, original) = signature is null ? default : await FindNearDuplicatesAsync(signature, bands, origin, now - o.Window, ct);
        if (understood.IsAlert && await RevisedStoryAsync(understood, sameOrigin, origin, now - o.Window, ct) is { } revised)
        {
            // A re-scrape under a new name, or a correction / new version of a recent story: an update of that story.
            Log.StoryRevised(logger, revised.Story.Id, source, document.Name, revised.Kind, revised.Similarity);
            return await ExistingStoryAsync(revised.Story, byKey: false, document, source, origin, key, hash, storyHash, understood, topics, ct);
        }

        if (original is not null)
        {
            var originalId = original.Value.Id;
            var merged = await stories.AddNearDuplicateAsync(story with { Bands = [] }, originalId, chat => EditRow(chats, originalId, chat, "by:" + ShortHash(origin), payload: null, now), ct);
            if (merged is null)
                return Duplicate(source, document.Name, key, (await stories.FindStoryAsync(key, ct))?.Id);
            Log.NearDuplicate(logger, merged.Value.Id, source, document.Name, original.Value.Id, original.Value.Similarity, merged.Value.Edits);
            metrics.ArticlesIngested.Add(1, Tags(source, "near-duplicate"));
            if (merged.Value.Edits > 0)
                signal.Notify();
            return new IngestResult(IngestOutcome.NearDuplicate, merged.Value.Id, Deliveries: merged.Value.Edits, OriginalId: original.Value.Id);
        }

        await PruneBandsAsync(now, ct);
        var planned = 0;
        var id = await stories.AddStoryAsync(story, articleId =>
        {
            var rows = AlertRows(chats, topics, understood, articleId, now);
            planned = rows.Count;
            return rows;
        }, ct);

        if (id is null)
            return Duplicate(source, document.Name, key, (await stories.FindStoryAsync(key, ct))?.Id);

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
    /// <param name="byKey">Found by the article's own identity (not as the story a re-scrape or correction revises).</param>
    private async Task<IngestResult> ExistingStoryAsync(
        StoryIdentity existing,
        bool byKey,
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
        if (existing.ContentHash == hash || existing.StoryHash == storyHash || (byKey && key.StartsWith("sha256:", StringComparison.Ordinal))
            || await stories.HadVersionAsync(existing.Id, storyHash, ct))
            return Duplicate(source, document.Name, key, existing.Id);
        if (existing.Withdrawn)
        {
            // A withdrawn story stays withdrawn: a scraper rewriting its file must not bring the alert back.
            Log.WithdrawnStoryIgnored(logger, existing.Id, source, document.Name);
            metrics.ArticlesIngested.Add(1, Tags(source, "withdrawn-story"));
            return new IngestResult(IngestOutcome.Duplicate, existing.Id);
        }

        var previous = await stories.GetStoryAsync(existing.Id, ct);
        if (previous is null)
            return Duplicate(source, document.Name, key, existing.Id);

        var diff = StoryDiff.Compare(previous.Understanding, understood);
        var correction = understood.Revision == RevisionKinds.Correction ? UpdateRenderer.WhatChanged(previous.Understanding, understood, diff) : null;
        var followUp = UpdateRenderer.FollowUp(understood, diff, existing.Version + 1);
        var signature = understood.IsAlert && duplicates.Value.Enabled ? NearDuplicates.Signature(understood) : null;
        var story = new NewStory(
            new NewArticle(key, hash, source, document.Name, understood),
            origin,
            storyHash,
            signature is null ? null : NearDuplicates.Encode(signature),
            signature is null ? [] : NearDuplicates.BandKeys(signature));
        var chats = understood.IsAlert ? await chatStore.GetAudienceAsync(ct) : ChatIndex.Empty;
        var now = time.GetUtcNow();
        var updated = await stories.UpdateStoryAsync(
            existing.Id,
            existing.Version,
            story,
            // A near-duplicate's new version stays merged into the alert it joined: no alert of its own.
            articleId => existing.DuplicateOf is null ? AlertRows(chats, topics, understood, articleId, now) : [],
            (chat, version) => EditRow(chats, existing.Id, chat, "v" + version.ToString(System.Globalization.CultureInfo.InvariantCulture), followUp, now),
            correction,
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
        NewStory story, long originalId, ChatIndex chats, string source, string name, string key, string origin, DateTimeOffset now, CancellationToken ct)
    {
        var merged = await stories.AddNearDuplicateAsync(story, originalId, chat => EditRow(chats, originalId, chat, "by:" + ShortHash(origin), payload: null, now), ct);
        if (merged is null)
            return Duplicate(source, name, key, (await stories.FindStoryAsync(key, ct))?.Id);
        Log.NearDuplicate(logger, merged.Value.Id, source, name, originalId, 1.0, merged.Value.Edits);
        metrics.ArticlesIngested.Add(1, Tags(source, "near-duplicate"));
        if (merged.Value.Edits > 0)
            signal.Notify();
        return new IngestResult(IngestOutcome.NearDuplicate, merged.Value.Id, Deliveries: merged.Value.Edits, OriginalId: originalId);
    }

    /// <summary>
    /// The most similar recent alert of the same origin (whatever its similarity: the caller applies the threshold
    /// that fits), and the most similar one of another origin at or above <see cref="DuplicatesOptions.Threshold"/>.
    /// </summary>
    private async Task<((long Id, double Similarity)? Same, (long Id, double Similarity)? Other)> FindNearDuplicatesAsync(
        uint[] signature, long[] bands, string origin, DateTimeOffset since, CancellationToken ct)
    {
        (long Id, double Similarity)? same = null, other = null;
        foreach (var candidate in await stories.NearDuplicateCandidatesAsync(bands, since, origin, sameOriginToo: true, ct))
        {
            if (NearDuplicates.Decode(candidate.MinHash) is not { } theirs)
                continue;
            var similarity = NearDuplicates.Similarity(signature, theirs);
            if (string.Equals(candidate.Origin, origin, StringComparison.Ordinal))
            {
                if (same is null || similarity > same.Value.Similarity)
                    same = (candidate.Id, similarity);
            }
            else if (similarity >= duplicates.Value.Threshold && (other is null || similarity > other.Value.Similarity))
            {
                other = (candidate.Id, similarity);
            }
        }

        return (same, other);
    }

    /// <summary>
    /// The recent story of the same origin that the article revises: for an article marked as a revision ("CORRECTION:",
    /// "UPDATE 2-"), the story with its headline or one at least as similar as a cross-origin near-duplicate; for any
    /// other article, a story so similar (<see cref="DuplicatesOptions.SameOriginThreshold"/>) that it is a re-scrape.
    /// </summary>
    private async Task<(StoryIdentity Story, string Kind, double Similarity)?> RevisedStoryAsync(
        Understanding understood, (long Id, double Similarity)? sameOrigin, string origin, DateTimeOffset since, CancellationToken ct)
    {
        var o = duplicates.Value;
        long? id = null;
        var similarity = sameOrigin?.Similarity ?? 0;
        var kind = understood.Revision is { } revision ? "a " + revision : "a re-scrape";
        if (understood.Revision is not null)
        {
            id = await stories.FindRecentByHeadlineAsync(understood.Headline, origin, since, ct);
            if (id is not null && id != sameOrigin?.Id)
                similarity = 1;
            id ??= sameOrigin is { } s && s.Similarity >= o.Threshold ? s.Id : null;
        }
        else if (sameOrigin is { } s && s.Similarity >= Math.Max(o.SameOriginThreshold, o.Threshold)
                 && await stories.GetStoryAsync(s.Id, ct) is { } candidate && !NearDuplicates.DifferentItems(candidate.Understanding.Headline, understood.Headline))
        {
            id = s.Id;
        }

        return id is { } found && await stories.FindStoryByIdAsync(found, ct) is { } story ? (story, kind, similarity) : null;
    }

    /// <summary>A document that says "withdrawn": true withdraws the story it names, if its origin stored it.</summary>
    private async Task<IngestResult> WithdrawnByDocumentAsync(Withdrawal withdrawal, string source, string origin, CancellationToken ct)
    {
        var key = withdrawal.Id is { Length: > 0 } sourceId
            ? DedupeKey(new Understanding { Headline = "", Summary = "", KeyTimes = [], Topics = [], IsAlert = false, Warnings = [], Body = "", SourceId = sourceId }, "", source == Sources.Feed ? origin : null)
            : Canonical(withdrawal.Url) is { } url ? "url:" + Clip(url) : null;
        var story = key is null ? null : await stories.FindStoryAsync(key, ct);
        if (story is not null && !IsFrom(story, source, origin))
            story = await stories.FindStoryAsync(OriginKey(key!, source, origin), ct);
        if (story is null)
        {
            Log.WithdrawUnknown(logger, source, withdrawal.Id ?? withdrawal.Url ?? "");
            return new IngestResult(IngestOutcome.UnknownStory, Reason: "no stored story has this id");
        }

        return await WithdrawAsync(story.Id, withdrawal.Reason, source, ct) ?? new IngestResult(IngestOutcome.UnknownStory, Reason: "no stored story has this id");
    }

    /// <summary>
    /// Withdraws a story (push API's DELETE, or a "withdrawn" document): undelivered rows are cancelled and every chat
    /// that got the alert has it edited to "Withdrawn" (or deleted, as Stories:WithdrawAction says). Null for an unknown id.
    /// </summary>
    public async Task<IngestResult?> WithdrawAsync(long id, string? reason, string source, CancellationToken ct)
    {
        // One line of at most 300 characters: it goes into every chat's edited alert.
        reason = string.IsNullOrWhiteSpace(reason) ? null : string.Join(' ', reason.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (reason is { Length: > 300 })
            reason = reason[..299] + "…";
        var chats = await chatStore.GetAudienceAsync(ct);
        var now = time.GetUtcNow();
        // Not held for quiet hours like an update's follow-up: a withdrawn alert should not stand all night, and an edit
        // (or the silent reply past the edit window) makes no sound.
        var withdrawn = await stories.WithdrawStoryAsync(id, reason, chat => EditRow(chats, id, chat, "withdrawn", payload: null, now) with { Silent = true, Due = now }, ct);
        if (withdrawn is null)
            return null;
        if (withdrawn.AlreadyWithdrawn)
            return new IngestResult(IngestOutcome.Withdrawn, id);
        Log.StoryWithdrawn(logger, id, source, withdrawn.Cancelled, withdrawn.Edits);
        metrics.ArticlesIngested.Add(1, Tags(source, "withdrawn"));
        if (withdrawn.Edits > 0)
            signal.Notify();
        return new IngestResult(IngestOutcome.Withdrawn, id, Deliveries: withdrawn.Edits);
    }

    /// <summary>A story named by the push API: the source id it was pushed with, else the id POST answered.</summary>
    public async Task<long?> FindStoryIdAsync(string id, CancellationToken ct)
    {
        id = id.Trim();
        if (id.Length == 0)
            return null;
        if (await stories.FindStoryAsync("id:" + Clip(id), ct) is { } bySourceId)
            return bySourceId.Id;
        return long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var articleId)
               && await stories.FindStoryByIdAsync(articleId, ct) is { } byId ? byId.Id : null;
    }

    /// <summary>Bands older than the window can match nothing any more; dropped every few minutes.</summary>
    private async Task PruneBandsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var next = Interlocked.Read(ref _nextPruneTicks);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextPruneTicks, (now + PruneEvery).UtcTicks, next) != next)
            return;
        await stories.PruneNearDuplicateBandsAsync(now - duplicates.Value.Window, ct);
    }

    private IngestResult Duplicate(string source, string name, string key, long? id)
    {
        Log.ArticleDuplicate(logger, source, name, key);
        metrics.ArticlesIngested.Add(1, Tags(source, "duplicate"));
        return new IngestResult(IngestOutcome.Duplicate, id);
    }

    private static KeyValuePair<string, object?>[] Tags(string source, string outcome) =>
        [new("source", source), new("outcome", outcome)];
}
