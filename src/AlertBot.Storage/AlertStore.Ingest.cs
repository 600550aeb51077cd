using System.Data.Common;
using System.Text.Json;
using AlertBot.Core.Understand;
using Dapper;

namespace AlertBot.Storage;

/// <summary>Ingest's queries: story identity and versions, near-duplicate bands, feeds and their health.</summary>
public sealed partial class AlertStore
{
    // ---- identity and versions ------------------------------------------------------------------

    private const string IdentityColumns = "a.id, a.content_hash, a.story_hash, a.version, a.is_alert, a.duplicate_of, a.source, a.origin, a.withdrawn_ms";

    /// <summary>The story with this identity: its own dedupe key, or one it took on (a re-scrape's, a correction's).</summary>
    public async Task<StoryIdentity?> FindStoryAsync(string dedupeKey, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QueryFirstOrDefaultAsync<IdentityRow>(new CommandDefinition(
            $"""
            SELECT {IdentityColumns} FROM articles a WHERE a.dedupe_key = @dedupeKey
            UNION ALL SELECT {IdentityColumns} FROM story_keys k JOIN articles a ON a.id = k.article_id WHERE k.dedupe_key = @dedupeKey
            """,
            new { dedupeKey }, cancellationToken: ct));
        return row?.ToIdentity();
    }

    public async Task<StoryIdentity?> FindStoryByIdAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<IdentityRow>(new CommandDefinition(
            $"SELECT {IdentityColumns} FROM articles a WHERE a.id = @id", new { id }, cancellationToken: ct));
        return row?.ToIdentity();
    }

    /// <summary>The newest alert since <paramref name="since"/> from the origin with exactly this headline (a correction's story).</summary>
    public async Task<long?> FindRecentByHeadlineAsync(string headline, string origin, DateTimeOffset since, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            SELECT id FROM articles
            WHERE headline = @headline AND origin = @origin AND COALESCE(updated_ms, ingested_ms) >= @since
              AND duplicate_of IS NULL AND is_alert = @alert AND withdrawn_ms IS NULL
            ORDER BY id DESC LIMIT 1
            """,
            new { headline, origin, since = since.ToUnixTimeMilliseconds(), alert = true }, cancellationToken: ct));
    }

    /// <summary>The article whose current or earlier version had exactly these bytes or this story text, if any.</summary>
    public async Task<long?> FindByContentAsync(string contentHash, string storyHash, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            SELECT id FROM articles WHERE content_hash = @contentHash
            UNION ALL SELECT article_id FROM article_versions WHERE content_hash = @contentHash OR story_hash = @storyHash
            LIMIT 1
            """,
            new { contentHash, storyHash }, cancellationToken: ct));
    }

    /// <summary>Whether an earlier version of the article had this story text (a source flipping back).</summary>
    public async Task<bool> HadVersionAsync(long articleId, string storyHash, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT article_id FROM article_versions WHERE article_id = @articleId AND story_hash = @storyHash",
            new { articleId, storyHash }, cancellationToken: ct)) is not null;
    }

    /// <summary>
    /// Stores a new story with its outbox rows and near-duplicate bands in one transaction. Returns the new
    /// id, or null when a story with the same identity is already stored (then nothing is written).
    /// </summary>
    public async Task<long?> AddStoryAsync(NewStory story, Func<long, IReadOnlyList<NewDelivery>> deliveries, CancellationToken ct = default)
    {
        using var gate = await database.WriteGateAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var id = await InsertStoryAsync(connection, tx, story, duplicateOf: null, ct);
        if (id is null)
            return null;
        await InsertBandsAsync(connection, tx, id.Value, story.Bands, ct);
        await InsertDeliveriesAsync(connection, tx, deliveries(id.Value), ct);
        await tx.CommitAsync(ct);
        return id;
    }

    /// <summary>
    /// A new version of a stored story, in one transaction: the old version is kept in article_versions, the
    /// article row takes the new one, chats that newly match get alert rows, and every chat whose alert is
    /// pending, in flight or sent gets an edit row (made by <paramref name="edit"/> from the chat id).
    /// Returns the new version and the number of edits, or null when another ingester changed the story first.
    /// </summary>
    /// <remarks>
    /// The story takes on the new version's dedupe key when it is another one (a re-scrape under a new name), so that
    /// name's next version finds it. A correction sets <paramref name="correction"/>, the note the edited alert shows.
    /// A chat's edit still pending from an earlier version is superseded by the new one (edits coalesce; its follow-up
    /// text is carried over), so a story updated five times in a few seconds edits each message once or twice, not five times.
    /// </remarks>
    public async Task<(int Version, int Edits, int NewAlerts)?> UpdateStoryAsync(
        long id,
        int expectedVersion,
        NewStory story,
        Func<long, IReadOnlyList<NewDelivery>> alerts,
        Func<long, int, NewDelivery> edit,
        string? correction = null,
        CancellationToken ct = default)
    {
        using var gate = await database.WriteGateAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var now = NowMs;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO article_versions (article_id, version, content_hash, story_hash, understanding, ingested_ms)
            SELECT id, version, content_hash, story_hash, understanding, COALESCE(updated_ms, ingested_ms) FROM articles
            WHERE id = @id AND version = @expectedVersion
            ON CONFLICT (article_id, version) DO NOTHING
            """,
            new { id, expectedVersion }, tx, cancellationToken: ct));
        var a = story.Article;
        var u = a.Understanding;
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE articles SET content_hash = @ContentHash, story_hash = @StoryHash, headline = @Headline, summary = @Summary,
                url = @Url, published_ms = @PublishedMs, is_alert = @IsAlert, understanding = @Understanding, minhash = @MinHash,
                version = version + 1, updated_ms = @Now, correction = COALESCE(@correction, correction)
            WHERE id = @id AND version = @expectedVersion AND withdrawn_ms IS NULL
            """,
            new
            {
                a.ContentHash,
                story.StoryHash,
                u.Headline,
                u.Summary,
                u.Url,
                PublishedMs = u.Published?.ToUnixTimeMilliseconds(),
                u.IsAlert,
                Understanding = JsonSerializer.Serialize(u, Json),
                story.MinHash,
                Now = now,
                id,
                expectedVersion,
                correction,
            },
            tx,
            cancellationToken: ct));
        if (changed == 0)
            return null;

        var version = expectedVersion + 1;
        var existing = (await OpenAlertChatsAsync(connection, tx, id, ct)).ToList();
        var newAlerts = alerts(id).Where(d => !existing.Contains(d.ChatId)).ToList();
        await InsertDeliveriesAsync(connection, tx, newAlerts, ct);
        await InsertEditsAsync(connection, tx, id, existing.Select(chat => edit(chat, version)).ToList(), ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO story_keys (dedupe_key, article_id) SELECT @key, id FROM articles WHERE id = @id AND dedupe_key <> @key ON CONFLICT (dedupe_key) DO NOTHING",
            new { key = a.DedupeKey, id }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM near_dup_bands WHERE article_id = @id", new { id }, tx, cancellationToken: ct));
        await InsertBandsAsync(connection, tx, id, story.Bands, ct);
        await tx.CommitAsync(ct);
        return (version, existing.Count, newAlerts.Count);
    }

    // ---- near-duplicates ------------------------------------------------------------------------

    /// <summary>
    /// Alerts since <paramref name="since"/> from other origins (and from <paramref name="origin"/> too, when
    /// <paramref name="sameOriginToo"/>: its re-scrapes) that share a band with the signature. Withdrawn stories are none.
    /// </summary>
    public async Task<IReadOnlyList<NearDuplicateCandidate>> NearDuplicateCandidatesAsync(IReadOnlyList<long> bands, DateTimeOffset since, string origin, bool sameOriginToo = false, CancellationToken ct = default)
    {
        if (bands.Count == 0)
            return [];
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition(
            $"""
            SELECT a.id, a.origin, a.minhash FROM articles a
            WHERE a.id IN (SELECT b.article_id FROM near_dup_bands b WHERE {InList("b.band", "@bands")} AND b.ingested_ms >= @since)
              AND a.duplicate_of IS NULL AND a.is_alert = @alert AND a.withdrawn_ms IS NULL AND (@all OR a.origin IS NULL OR a.origin <> @origin)
            ORDER BY a.id
            """,
            new { bands = bands.ToArray(), since = since.ToUnixTimeMilliseconds(), alert = true, origin, all = sameOriginToo },
            cancellationToken: ct));
        return rows.Select(r => new NearDuplicateCandidate(r.Id, r.Origin, r.Minhash)).ToList();
    }

    /// <summary>
    /// Stores a near-duplicate as an article of its own (no deliveries), records its origin on the original's
    /// "also reported by" list, and queues an edit for every chat that has (or is about to get) the original.
    /// Returns the near-duplicate's id, or null when it was already stored.
    /// </summary>
    public async Task<(long Id, int Edits)?> AddNearDuplicateAsync(NewStory story, long originalId, Func<long, NewDelivery> edit, CancellationToken ct = default)
    {
        using var gate = await database.WriteGateAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var id = await InsertStoryAsync(connection, tx, story, originalId, ct);
        if (id is null)
            return null;
        var current = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT also_reported_by FROM articles WHERE id = @originalId", new { originalId }, tx, cancellationToken: ct));
        var list = SplitOrigins(current);
        var edits = 0;
        if (!list.Contains(story.Origin, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(story.Origin);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE articles SET also_reported_by = @value WHERE id = @originalId",
                new { value = JoinOrigins(list), originalId }, tx, cancellationToken: ct));
            var chats = await OpenAlertChatsAsync(connection, tx, originalId, ct);
            var rows = chats.Select(edit).ToList();
            await InsertEditsAsync(connection, tx, originalId, rows, ct);
            edits = rows.Count;
        }

        await tx.CommitAsync(ct);
        return (id.Value, edits);
    }

    /// <summary>Bands older than the near-duplicate window are of no more use.</summary>
    public async Task<int> PruneNearDuplicateBandsAsync(DateTimeOffset before, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM near_dup_bands WHERE ingested_ms < @before", new { before = before.ToUnixTimeMilliseconds() }, cancellationToken: ct));
    }

    // ---- what the sender needs for edits --------------------------------------------------------

    public async Task<StoredStory?> GetStoryAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<StoryRow>(new CommandDefinition(
            "SELECT id, version, understanding, updated_ms, also_reported_by, origin, correction, withdrawn_ms, withdraw_reason FROM articles WHERE id = @id", new { id }, cancellationToken: ct));
        return row is null
            ? null
            : new StoredStory(
                row.Id,
                (int)row.Version,
                JsonSerializer.Deserialize<Understanding>(row.Understanding, Json)!,
                row.UpdatedMs is { } u ? DateTimeOffset.FromUnixTimeMilliseconds(u) : null,
                SplitOrigins(row.AlsoReportedBy),
                row.Origin)
            {
                Correction = row.Correction,
                Withdrawn = row.WithdrawnMs is { } w ? DateTimeOffset.FromUnixTimeMilliseconds(w) : null,
                WithdrawReason = row.WithdrawReason,
            };
    }

    /// <summary>The chat's alert row for the article: its state and Telegram's message ids once sent.</summary>
    public async Task<SentAlert?> GetAlertDeliveryAsync(long articleId, long chatId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QueryFirstOrDefaultAsync<AlertDeliveryRow>(new CommandDefinition(
            "SELECT state, message_ids, parts_sent, sent_ms FROM deliveries WHERE article_id = @articleId AND chat_id = @chatId AND kind = @kind ORDER BY id LIMIT 1",
            new { articleId, chatId, kind = "alert" }, cancellationToken: ct));
        return row is null ? null : new SentAlert(row.State, row.MessageIds, (int)row.PartsSent, row.SentMs is { } s ? DateTimeOffset.FromUnixTimeMilliseconds(s) : null);
    }

    // ---- feeds ----------------------------------------------------------------------------------

    /// <summary>
    /// Makes the configured feeds the stored ones added by configuration: new ones are added, changed names
    /// and intervals applied, ones no longer configured removed. Feeds imported from OPML are left alone.
    /// </summary>
    public async Task SyncConfiguredFeedsAsync(IReadOnlyList<(string Url, string Name, TimeSpan Interval)> feeds, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        foreach (var (url, name, interval) in feeds)
            await UpsertFeedAsync(connection, tx, url, name, interval, FeedAddedBy.Config, ct);
        var urls = feeds.Select(f => f.Url).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            urls.Count == 0 ? "DELETE FROM feeds WHERE added_by = @config" : $"DELETE FROM feeds WHERE added_by = @config AND NOT ({InList("url", "@urls")})",
            new { config = FeedAddedBy.Config, urls = urls.ToArray() }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }

    /// <summary>Adds feeds (from OPML); a URL already stored keeps its settings. Returns how many were new.</summary>
    public async Task<int> ImportFeedsAsync(IReadOnlyList<(string Url, string Name, TimeSpan Interval)> feeds, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var added = 0;
        foreach (var (url, name, interval) in feeds)
        {
            added += await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO feeds (url, name, interval_ms, added_by) VALUES (@url, @name, @ms, @by) ON CONFLICT (url) DO NOTHING",
                new { url, name, ms = (long)interval.TotalMilliseconds, by = FeedAddedBy.Opml }, tx, cancellationToken: ct));
        }

        await tx.CommitAsync(ct);
        return added;
    }

    public async Task<IReadOnlyList<FeedRecord>> GetFeedsAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<FeedRow>(new CommandDefinition("SELECT * FROM feeds ORDER BY id", cancellationToken: ct));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<FeedRecord?> GetFeedAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<FeedRow>(new CommandDefinition("SELECT * FROM feeds WHERE id = @id", new { id }, cancellationToken: ct));
        return row?.ToRecord();
    }

    /// <summary>A poll that reached the feed: validators for the next conditional request, failures reset.</summary>
    public async Task RecordFeedSuccessAsync(long id, string? etag, string? lastModified, int itemsIngested, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE feeds SET etag = @etag, last_modified = @lastModified, last_polled_ms = @now, last_success_ms = @now,
                consecutive_failures = 0, next_poll_ms = 0, items_ingested = items_ingested + @itemsIngested
            WHERE id = @id
            """,
            new { id, etag, lastModified, now = NowMs, itemsIngested }, cancellationToken: ct));
    }

    /// <summary>A failed poll: the error is kept and the feed is not polled again before <paramref name="nextPoll"/>.</summary>
    public async Task<int> RecordFeedFailureAsync(long id, string error, Func<int, DateTimeOffset> nextPoll, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var failures = 1 + await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT consecutive_failures FROM feeds WHERE id = @id", new { id }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE feeds SET last_polled_ms = @now, last_error = @error, last_error_ms = @now,
                consecutive_failures = @failures, next_poll_ms = @next
            WHERE id = @id
            """,
            new { id, now = NowMs, error = Truncate(error), failures, next = nextPoll(failures).ToUnixTimeMilliseconds() }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return failures;
    }

    // ---- helpers --------------------------------------------------------------------------------

    /// <summary>Dapper expands a list for SQLite's IN but sends an array to PostgreSQL, which wants ANY.</summary>
    private string InList(string column, string parameter) =>
        database.Provider == StorageProvider.Postgres ? $"{column} = ANY({parameter})" : $"{column} IN {parameter}";

    private async Task<long?> InsertStoryAsync(DbConnection connection, DbTransaction tx, NewStory story, long? duplicateOf, CancellationToken ct)
    {
        var a = story.Article;
        var u = a.Understanding;
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            INSERT INTO articles (dedupe_key, content_hash, source, source_name, headline, summary, url, published_ms, ingested_ms, is_alert, understanding,
                origin, story_hash, minhash, duplicate_of)
            VALUES (@DedupeKey, @ContentHash, @Source, @SourceName, @Headline, @Summary, @Url, @PublishedMs, @Now, @IsAlert, @Understanding,
                @Origin, @StoryHash, @MinHash, @DuplicateOf)
            ON CONFLICT (dedupe_key) DO NOTHING
            RETURNING id
            """,
            new
            {
                a.DedupeKey,
                a.ContentHash,
                a.Source,
                a.SourceName,
                u.Headline,
                u.Summary,
                u.Url,
                PublishedMs = u.Published?.ToUnixTimeMilliseconds(),
                Now = NowMs,
                u.IsAlert,
                Understanding = JsonSerializer.Serialize(u, Json),
                story.Origin,
                story.StoryHash,
                story.MinHash,
                DuplicateOf = duplicateOf,
            },
            tx,
            cancellationToken: ct));
    }

    private async Task InsertBandsAsync(DbConnection connection, DbTransaction tx, long articleId, IReadOnlyList<long> bands, CancellationToken ct)
    {
        if (bands.Count == 0)
            return;
        // One statement for all bands: the write transaction stays short, which is what SQLite's single writer needs.
        var parameters = new DynamicParameters(new { articleId, now = NowMs });
        var values = new System.Text.StringBuilder();
        for (var i = 0; i < bands.Count; i++)
        {
            values.Append(i == 0 ? "" : ", ").Append("(@b").Append(i).Append(", @articleId, @now)");
            parameters.Add("b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), bands[i]);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO near_dup_bands (band, article_id, ingested_ms) VALUES " + values + " ON CONFLICT (band) DO NOTHING",
            parameters, tx, cancellationToken: ct));
    }

    /// <summary>
    /// Queues edit rows, each superseding its chat's edit of the article that is still pending: the sender renders the
    /// story as it is when it edits, so one edit shows the latest version. The superseded rows' follow-up texts (what
    /// was new, for a reply past Telegram's edit window) go before the new row's, so a reply still tells all of it.
    /// </summary>
    private async Task InsertEditsAsync(DbConnection connection, DbTransaction tx, long articleId, List<NewDelivery> edits, CancellationToken ct)
    {
        if (edits.Count == 0)
            return;
        var chats = edits.Select(e => e.ChatId).Distinct().ToArray();
        var superseded = (await connection.QueryAsync<(long ChatId, string? Payload)>(new CommandDefinition(
            $"""
            UPDATE deliveries SET state = @cancelled, last_error = @reason, lease_owner = NULL
            WHERE article_id = @articleId AND kind = @kind AND state = @pending AND {InList("chat_id", "@chats")}
            RETURNING chat_id, payload
            """,
            new { cancelled = DeliveryStates.Cancelled, reason = "superseded by a later edit", articleId, kind = "edit", pending = DeliveryStates.Pending, chats },
            tx,
            cancellationToken: ct))).ToList();
        var rows = edits.Select(e =>
        {
            var earlier = superseded.Where(s => s.ChatId == e.ChatId && s.Payload is not null).Select(s => s.Payload!).ToList();
            return earlier.Count == 0 || e.Payload is null ? e : e with { Payload = string.Join("\n\n", [.. earlier, e.Payload]) };
        }).ToList();
        await InsertDeliveriesAsync(connection, tx, rows, ct);
    }

    /// <summary>
    /// Withdraws a story in one transaction: it is marked withdrawn (with the reason), every row of it not yet sent
    /// (alerts pending or held for a digest, pending edits) is cancelled, and every chat whose alert is in flight or
    /// sent gets <paramref name="edit"/>'s row. Null when no story has the id; a story withdrawn before is left as it is.
    /// </summary>
    public async Task<WithdrawnStory?> WithdrawStoryAsync(long id, string? reason, Func<long, NewDelivery> edit, CancellationToken ct = default)
    {
        using var gate = await database.WriteGateAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var headline = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT headline FROM articles WHERE id = @id", new { id }, tx, cancellationToken: ct));
        if (headline is null)
            return null;
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE articles SET withdrawn_ms = @now, withdraw_reason = @reason WHERE id = @id AND withdrawn_ms IS NULL",
            new { id, now = NowMs, reason }, tx, cancellationToken: ct));
        if (changed == 0)
            return new WithdrawnStory(id, headline, AlreadyWithdrawn: true, Cancelled: 0, Edits: 0);
        var cancelled = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET state = @cancelled, last_error = @why, lease_owner = NULL WHERE article_id = @id AND state IN (@pending, @held)",
            new { cancelled = DeliveryStates.Cancelled, why = "story withdrawn", id, pending = DeliveryStates.Pending, held = DeliveryStates.Held }, tx, cancellationToken: ct));
        var chats = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT DISTINCT chat_id FROM deliveries WHERE article_id = @id AND kind = @kind AND state IN (@sending, @sent)",
            new { id, kind = "alert", sending = DeliveryStates.Sending, sent = DeliveryStates.Sent }, tx, cancellationToken: ct))).ToList();
        await InsertDeliveriesAsync(connection, tx, chats.Select(edit).ToList(), ct);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM near_dup_bands WHERE article_id = @id", new { id }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return new WithdrawnStory(id, headline, AlreadyWithdrawn: false, cancelled, chats.Count);
    }

    /// <summary>Chats whose alert for the article is pending, in flight or sent (not held for a digest, not dead).</summary>
    private static async Task<IReadOnlyList<long>> OpenAlertChatsAsync(DbConnection connection, DbTransaction tx, long articleId, CancellationToken ct) =>
        (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT DISTINCT chat_id FROM deliveries WHERE article_id = @articleId AND kind = @kind AND state IN (@pending, @sending, @sent)",
            new { articleId, kind = "alert", pending = DeliveryStates.Pending, sending = DeliveryStates.Sending, sent = DeliveryStates.Sent },
            tx,
            cancellationToken: ct))).ToList();

    private static List<string> SplitOrigins(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string JoinOrigins(List<string> origins)
    {
        var joined = string.Join('\n', origins);
        return joined.Length <= 2000 ? joined : joined[..2000];
    }

    private static async Task UpsertFeedAsync(DbConnection connection, DbTransaction tx, string url, string name, TimeSpan interval, string addedBy, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO feeds (url, name, interval_ms, added_by) VALUES (@url, @name, @ms, @addedBy)
            ON CONFLICT (url) DO UPDATE SET name = excluded.name, interval_ms = excluded.interval_ms, added_by = excluded.added_by
            """,
            new { url, name, ms = (long)interval.TotalMilliseconds, addedBy }, tx, cancellationToken: ct));

    private sealed class IdentityRow
    {
        public long Id { get; set; }
        public string ContentHash { get; set; } = "";
        public string? StoryHash { get; set; }
        public long Version { get; set; }
        public bool IsAlert { get; set; }
        public long? DuplicateOf { get; set; }
        public string? Source { get; set; }
        public string? Origin { get; set; }
        public long? WithdrawnMs { get; set; }

        public StoryIdentity ToIdentity() =>
            new(Id, ContentHash, StoryHash, (int)Version, IsAlert, DuplicateOf) { Source = Source, Origin = Origin, Withdrawn = WithdrawnMs is not null };
    }

    private sealed class CandidateRow
    {
        public long Id { get; set; }
        public string? Origin { get; set; }
        public string? Minhash { get; set; }
    }

    private sealed class StoryRow
    {
        public long Id { get; set; }
        public long Version { get; set; }
        public string Understanding { get; set; } = "";
        public long? UpdatedMs { get; set; }
        public string? AlsoReportedBy { get; set; }
        public string? Origin { get; set; }
        public string? Correction { get; set; }
        public long? WithdrawnMs { get; set; }
        public string? WithdrawReason { get; set; }
    }

    private sealed class AlertDeliveryRow
    {
        public string State { get; set; } = "";
        public string? MessageIds { get; set; }
        public long PartsSent { get; set; }
        public long? SentMs { get; set; }
    }

    private sealed class FeedRow
    {
        public long Id { get; set; }
        public string Url { get; set; } = "";
        public string Name { get; set; } = "";
        public long IntervalMs { get; set; }
        public string AddedBy { get; set; } = "";
        public string? Etag { get; set; }
        public string? LastModified { get; set; }
        public long? LastPolledMs { get; set; }
        public long? LastSuccessMs { get; set; }
        public string? LastError { get; set; }
        public long? LastErrorMs { get; set; }
        public long ConsecutiveFailures { get; set; }
        public long NextPollMs { get; set; }
        public long ItemsIngested { get; set; }

        public FeedRecord ToRecord() => new(
            Id,
            Url,
            Name,
            TimeSpan.FromMilliseconds(IntervalMs),
            AddedBy,
            Etag,
            LastModified,
            At(LastPolledMs),
            At(LastSuccessMs),
            LastError,
            At(LastErrorMs),
            (int)ConsecutiveFailures,
            DateTimeOffset.FromUnixTimeMilliseconds(NextPollMs),
            ItemsIngested);

        private static DateTimeOffset? At(long? ms) => ms is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
    }
}
