using System.Text.Json;
using Dapper;

namespace AlertBot.Storage;

/// <summary>
/// Stories and their articles: identity (dedupe keys, versions), a new story with its outbox rows, updates and
/// withdrawals that queue edits, and near-duplicates found through the LSH bands. Every write is one transaction.
/// </summary>
public sealed class StoryStore(Database database, TimeProvider time)
{
    private const string ArticleColumns = "id, source, source_name, ingested_ms, understanding";
    private static readonly string[] OpenOrSent = [DeliveryStates.Pending, DeliveryStates.Sending, DeliveryStates.Sent];

    // ---- articles -------------------------------------------------------------------------------

    public async Task<StoredArticle?> GetArticleAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {ArticleColumns} FROM articles WHERE id = @id", new { id }, cancellationToken: ct));
        return row?.ToArticle();
    }

    /// <summary>The current version of each article, in one query (the sender renders a claimed batch from it).</summary>
    public async Task<IReadOnlyDictionary<long, StoredArticle>> GetArticlesAsync(IReadOnlyCollection<long> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0)
            return new Dictionary<long, StoredArticle>();
        await using var connection = await database.OpenAsync(ct);
        var rows = await Sql.ByIdsAsync<ArticleRow>(connection, $"SELECT {ArticleColumns} FROM articles WHERE id IN ", ids, ct);
        return rows.ToDictionary(r => r.Id, r => r.ToArticle());
    }

    public async Task<IReadOnlyList<StoredArticle>> RecentArticlesAsync(int count, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {ArticleColumns} FROM articles ORDER BY id DESC LIMIT @count", new { count }, cancellationToken: ct));
        return rows.Select(r => r.ToArticle()).ToList();
    }

    public async Task<long> CountArticlesAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM articles", cancellationToken: ct));
    }

    // ---- identity and versions ------------------------------------------------------------------

    /// <summary>The story with this identity: its own dedupe key, or one it took on (a re-scrape's, a correction's).</summary>
    public async Task<StoryIdentity?> FindStoryAsync(string dedupeKey, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QueryFirstOrDefaultAsync<IdentityRow>(new CommandDefinition(
            $"""
            SELECT {IdentityRow.Columns} FROM articles a WHERE a.dedupe_key = @dedupeKey
            UNION ALL SELECT {IdentityRow.Columns} FROM story_keys k JOIN articles a ON a.id = k.article_id WHERE k.dedupe_key = @dedupeKey
            """,
            new { dedupeKey }, cancellationToken: ct));
        return row?.ToIdentity();
    }

    public async Task<StoryIdentity?> FindStoryByIdAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<IdentityRow>(new CommandDefinition(
            $"SELECT {IdentityRow.Columns} FROM articles a WHERE a.id = @id", new { id }, cancellationToken: ct));
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

    /// <summary>A stored story as the sender renders it after an update.</summary>
    public async Task<StoredStory?> GetStoryAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<StoryRow>(new CommandDefinition(
            "SELECT id, version, understanding, updated_ms, also_reported_by, origin, correction, withdrawn_ms, withdraw_reason FROM articles WHERE id = @id", new { id }, cancellationToken: ct));
        return row?.ToStory();
    }

    // ---- writes ---------------------------------------------------------------------------------

    /// <summary>
    /// Stores a new story with its outbox rows and near-duplicate bands in one transaction. Returns the new
    /// id, or null when a story with the same identity is already stored (then nothing is written).
    /// </summary>
    /// <remarks>
    /// On SQLite, stories stored at the same moment by concurrent ingesters share one commit (<see cref="Database.WriteGroupedAsync{T}"/>),
    /// each all or nothing as before: with a thousand channels the commit, not the rows, was most of an article's cost.
    /// </remarks>
    public Task<long?> AddStoryAsync(NewStory story, Func<long, IReadOnlyList<NewDelivery>> deliveries, CancellationToken ct = default) =>
        database.WriteGroupedAsync(async (connection, tx, token) =>
        {
            var now = time.Ms();
            var id = await StoryRows.InsertStoryAsync(connection, tx, story, duplicateOf: null, now, token);
            if (id is null)
                return null;
            await StoryRows.InsertBandsAsync(connection, tx, id.Value, story.Bands, now, token);
            await OutboxTransitions.InsertAsync(connection, tx, deliveries(id.Value), now, token);
            return id;
        }, ct);

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
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        var now = time.Ms();
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
                Understanding = JsonSerializer.Serialize(u, Sql.Json),
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
        var existing = await StoryRows.AlertChatsAsync(connection, tx, id, OpenOrSent, ct);
        var newAlerts = alerts(id).Where(d => !existing.Contains(d.ChatId)).ToList();
        await OutboxTransitions.InsertAsync(connection, tx, newAlerts, now, ct);
        await StoryRows.InsertEditsAsync(connection, tx, database, id, existing.Select(chat => edit(chat, version)).ToList(), now, ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO story_keys (dedupe_key, article_id) SELECT @key, id FROM articles WHERE id = @id AND dedupe_key <> @key ON CONFLICT (dedupe_key) DO NOTHING",
            new { key = a.DedupeKey, id }, tx, cancellationToken: ct));
        await StoryRows.DeleteBandsAsync(connection, tx, id, ct);
        await StoryRows.InsertBandsAsync(connection, tx, id, story.Bands, now, ct);
        await write.CommitAsync(ct);
        return (version, existing.Count, newAlerts.Count);
    }

    /// <summary>
    /// Withdraws a story in one transaction: it is marked withdrawn (with the reason), every row of it not yet sent
    /// (alerts pending or held for a digest, pending edits) is cancelled, and every chat whose alert is in flight or
    /// sent gets <paramref name="edit"/>'s row. Null when no story has the id; a story withdrawn before is left as it is.
    /// </summary>
    public async Task<WithdrawnStory?> WithdrawStoryAsync(long id, string? reason, Func<long, NewDelivery> edit, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        var headline = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT headline FROM articles WHERE id = @id", new { id }, tx, cancellationToken: ct));
        if (headline is null)
            return null;
        var now = time.Ms();
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE articles SET withdrawn_ms = @now, withdraw_reason = @reason WHERE id = @id AND withdrawn_ms IS NULL",
            new { id, now, reason }, tx, cancellationToken: ct));
        if (changed == 0)
            return new WithdrawnStory(id, headline, AlreadyWithdrawn: true, Cancelled: 0, Edits: 0);
        var cancelled = await OutboxTransitions.CancelStoryAsync(connection, tx, id, ct);
        var chats = await StoryRows.AlertChatsAsync(connection, tx, id, [DeliveryStates.Sending, DeliveryStates.Sent], ct);
        await OutboxTransitions.InsertAsync(connection, tx, chats.Select(edit).ToList(), now, ct);
        await StoryRows.DeleteBandsAsync(connection, tx, id, ct);
        await write.CommitAsync(ct);
        return new WithdrawnStory(id, headline, AlreadyWithdrawn: false, cancelled, chats.Count);
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
            WHERE a.id IN (SELECT b.article_id FROM near_dup_bands b WHERE {database.InList("b.band", "@bands")} AND b.ingested_ms >= @since)
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
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        var now = time.Ms();
        var id = await StoryRows.InsertStoryAsync(connection, tx, story, originalId, now, ct);
        if (id is null)
            return null;
        var current = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT also_reported_by FROM articles WHERE id = @originalId", new { originalId }, tx, cancellationToken: ct));
        var list = StoryRows.SplitOrigins(current);
        var edits = 0;
        if (!list.Contains(story.Origin, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(story.Origin);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE articles SET also_reported_by = @value WHERE id = @originalId",
                new { value = StoryRows.JoinOrigins(list), originalId }, tx, cancellationToken: ct));
            var rows = (await StoryRows.AlertChatsAsync(connection, tx, originalId, OpenOrSent, ct)).Select(edit).ToList();
            await StoryRows.InsertEditsAsync(connection, tx, database, originalId, rows, now, ct);
            edits = rows.Count;
        }

        await write.CommitAsync(ct);
        return (id.Value, edits);
    }

    /// <summary>Bands older than the near-duplicate window are of no more use.</summary>
    public async Task<int> PruneNearDuplicateBandsAsync(DateTimeOffset before, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var pruned = await write.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM near_dup_bands WHERE ingested_ms < @before", new { before = before.ToUnixTimeMilliseconds() }, write.Transaction, cancellationToken: ct));
        await write.CommitAsync(ct);
        return pruned;
    }
}
