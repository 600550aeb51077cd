using System.Data.Common;
using System.Globalization;
using Dapper;

namespace AlertBot.Storage;

/// <summary>
/// Every change of an outbox row's state, one method per legal move (the diagram is in this folder's README.md).
/// Each runs inside its caller's write transaction; the aggregates (<see cref="Outbox"/>, <see cref="ChatStore"/>,
/// <see cref="StoryStore"/>, <see cref="ClusterStore"/>) decide when, this class only how. A state is changed
/// nowhere else.
/// </summary>
internal static class OutboxTransitions
{
    private const string Pending = DeliveryStates.Pending;
    private const string Sending = DeliveryStates.Sending;
    private const string Held = DeliveryStates.Held;

    /// <summary>
    /// A group that became a supergroup leaves its new id here: a row routed to the old id by a reader that
    /// read the chats just before the move (ingest, a digest) goes to the new id instead of to a chat that no
    /// longer exists, where nothing would ever send it.
    /// </summary>
    public static string MigratedKey(long chatId) => "chat.migrated." + chatId.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// (none) → pending, or → held for a digest. A row whose dedupe key exists already is left out. The rows are
    /// written with one statement, not one per row (issue 20: an article to 1,000 channels is 1,000 rows): on
    /// PostgreSQL one INSERT … SELECT FROM unnest(arrays); on SQLite one INSERT … SELECT FROM json_each per run of
    /// rows that share every column but the key and the chat (an article's alerts are usually one run). Ids
    /// follow the list's order, as they did row by row.
    /// </summary>
    public static async Task InsertAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<NewDelivery> deliveries, long now, CancellationToken ct)
    {
        if (deliveries.Count == 0)
            return;
        var migrated = (await connection.QueryAsync<(string Key, string Value)>(new CommandDefinition(
                "SELECT key, value FROM bot_state WHERE key LIKE 'chat.migrated.%'", transaction: tx, cancellationToken: ct)))
            .ToDictionary(r => r.Key, r => long.Parse(r.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        long ChatOf(NewDelivery d) => migrated.Count == 0 ? d.ChatId : migrated.GetValueOrDefault(MigratedKey(d.ChatId), d.ChatId);
        if (connection is Npgsql.NpgsqlConnection)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO deliveries (dedupe_key, chat_id, article_id, kind, payload, reply_markup, silent, state, due_ms, created_ms, thread_id)
                SELECT r.k, r.c, r.a, r.kind, r.p, r.m, r.s, r.st, r.d, @now, r.t
                FROM unnest(@keys, @chats, @articles, @kinds, @payloads, @markups, @silents, @states, @dues, @threads)
                    WITH ORDINALITY AS r(k, c, a, kind, p, m, s, st, d, t, n)
                ORDER BY r.n
                ON CONFLICT (dedupe_key) DO NOTHING
                """,
                new
                {
                    keys = deliveries.Select(d => d.DedupeKey).ToArray(),
                    chats = deliveries.Select(ChatOf).ToArray(),
                    articles = deliveries.Select(d => d.ArticleId).ToArray(),
                    kinds = deliveries.Select(d => KindOf(d)).ToArray(),
                    payloads = deliveries.Select(d => d.Payload).ToArray(),
                    markups = deliveries.Select(d => d.ReplyMarkup).ToArray(),
                    silents = deliveries.Select(d => d.Silent).ToArray(),
                    states = deliveries.Select(d => StateOf(d)).ToArray(),
                    dues = deliveries.Select(d => d.Due.ToUnixTimeMilliseconds()).ToArray(),
                    threads = deliveries.Select(d => d.ThreadId).ToArray(),
                    now,
                },
                tx,
                cancellationToken: ct));
            return;
        }

        for (var start = 0; start < deliveries.Count;)
        {
            var first = deliveries[start];
            var end = start + 1;
            while (end < deliveries.Count && SameButKeyAndChat(first, deliveries[end]))
                end++;
            var rows = new System.Text.StringBuilder("[");
            for (var i = start; i < end; i++)
            {
                if (i > start)
                    rows.Append(',');
                rows.Append('[').Append(System.Text.Json.JsonSerializer.Serialize(deliveries[i].DedupeKey, Sql.Json)).Append(',')
                    .Append(ChatOf(deliveries[i]).ToString(CultureInfo.InvariantCulture)).Append(']');
            }

            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO deliveries (dedupe_key, chat_id, article_id, kind, payload, reply_markup, silent, state, due_ms, created_ms, thread_id)
                SELECT j.value ->> 0, j.value ->> 1, @ArticleId, @Kind, @Payload, @ReplyMarkup, @Silent, @State, @DueMs, @Now, @ThreadId
                FROM json_each(@Rows) j WHERE true ORDER BY j.key
                ON CONFLICT (dedupe_key) DO NOTHING
                """,
                new
                {
                    Rows = rows.Append(']').ToString(),
                    first.ArticleId,
                    Kind = KindOf(first),
                    first.Payload,
                    first.ReplyMarkup,
                    first.Silent,
                    State = StateOf(first),
                    DueMs = first.Due.ToUnixTimeMilliseconds(),
                    Now = now,
                    first.ThreadId,
                },
                tx,
                cancellationToken: ct));
            start = end;
        }
    }

    private static string KindOf(NewDelivery d) => d.Kind.ToString().ToLowerInvariant();

    private static string StateOf(NewDelivery d) => d.Held ? Held : Pending;

    private static bool SameButKeyAndChat(NewDelivery a, NewDelivery b) =>
        a.ArticleId == b.ArticleId && a.Kind == b.Kind && a.Payload == b.Payload && a.ReplyMarkup == b.ReplyMarkup && a.Silent == b.Silent
        && a.Held == b.Held && a.Due == b.Due && a.ThreadId == b.ThreadId;

    /// <summary>pending → sending: the rows chosen by <paramref name="selectIds"/> (a subquery of ids), leased to <paramref name="owner"/>.</summary>
    public static async Task<List<ClaimRow>> ClaimAsync(DbConnection connection, DbTransaction tx, string selectIds, DynamicParameters args, CancellationToken ct) =>
        (await connection.QueryAsync<ClaimRow>(new CommandDefinition(
            $"""
            UPDATE deliveries SET state = @sending, lease_owner = @owner, lease_until_ms = @leaseUntil, attempts = attempts + 1
            WHERE id IN ({selectIds})
            RETURNING id, chat_id, article_id, kind, payload, reply_markup, silent, attempts, parts_sent, message_ids, created_ms, thread_id,
                (SELECT c.type FROM chats c WHERE c.id = deliveries.chat_id) AS chat_type
            """,
            args,
            tx,
            cancellationToken: ct))).ToList();

    /// <summary>sending → sent: Telegram accepted it; its message ids are kept for edits.</summary>
    public static Task MarkSentAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<SentMark> marks, long now, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET state = @Sent, parts_sent = @PartsSent, message_ids = @MessageIds, sent_ms = @Now, lease_owner = NULL, last_error = NULL WHERE id = @Id",
            marks.Select(m => new { Sent = DeliveryStates.Sent, m.PartsSent, m.MessageIds, Now = now, m.Id }).ToList(), tx, cancellationToken: ct));

    /// <summary>sending → pending, due again at <paramref name="due"/>; an attempt that was not really one is given back.</summary>
    public static Task RetryLaterAsync(DbConnection connection, DbTransaction tx, long id, DateTimeOffset due, string error, bool unknownOutcome, bool countAttempt, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE deliveries SET state = @pending, due_ms = @due, last_error = @error, lease_owner = NULL,
                attempts = attempts - @uncount, unknown_outcomes = unknown_outcomes + @unknown
            WHERE id = @id
            """,
            new { pending = Pending, due = due.ToUnixTimeMilliseconds(), error = Sql.Truncate(error), uncount = countAttempt ? 0 : 1, unknown = unknownOutcome ? 1 : 0, id },
            tx,
            cancellationToken: ct));

    /// <summary>sending → dead: given up, kept for an operator's replay.</summary>
    public static Task DeadLetterAsync(DbConnection connection, DbTransaction tx, long id, string error, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET state = @dead, last_error = @error, lease_owner = NULL WHERE id = @id",
            new { dead = DeliveryStates.Dead, error = Sql.Truncate(error), id }, tx, cancellationToken: ct));

    /// <summary>
    /// sending → pending (<paramref name="resend"/>) or dead: the sender holding the rows stopped before their outcome was
    /// known — its lease ran out before <paramref name="expiredBeforeMs"/>, or (with <paramref name="owner"/>) the instance is gone.
    /// </summary>
    public static Task<int> AbandonAsync(DbConnection connection, DbTransaction tx, bool resend, long expiredBeforeMs, string? owner, string why, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE deliveries SET state = @target, lease_owner = NULL, unknown_outcomes = unknown_outcomes + 1, last_error = @why
            WHERE state = @sending AND lease_until_ms < @before AND (@owner IS NULL OR lease_owner = @owner)
            """,
            new { target = resend ? Pending : DeliveryStates.Dead, sending = Sending, before = expiredBeforeMs, owner, why },
            tx,
            cancellationToken: ct));

    /// <summary>dead → pending: an operator's replay, due now with its attempts reset.</summary>
    public static async Task<bool> ReplayAsync(DbConnection connection, DbTransaction tx, long id, long now, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET state = @pending, due_ms = @now, attempts = 0 WHERE id = @id AND state = @dead",
            new { pending = Pending, now, id, dead = DeliveryStates.Dead }, tx, cancellationToken: ct)) == 1;

    /// <summary>held → digested: the chat's held alerts went into one digest row.</summary>
    public static Task DigestAsync(DbConnection connection, DbTransaction tx, long chatId, long now, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET state = @digested, sent_ms = @now WHERE chat_id = @chatId AND state = @held",
            new { digested = DeliveryStates.Digested, now, chatId, held = Held }, tx, cancellationToken: ct));

    /// <summary>pending, sending or held → cancelled: the chat blocked or removed the bot.</summary>
    public static Task CancelChatAsync(DbConnection connection, DbTransaction tx, long chatId, string reason, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET state = @cancelled, last_error = @reason, lease_owner = NULL WHERE chat_id = @chatId AND state IN (@pending, @sending, @held)",
            new { cancelled = DeliveryStates.Cancelled, reason, chatId, pending = Pending, sending = Sending, held = Held },
            tx,
            cancellationToken: ct));

    /// <summary>pending or held → cancelled: the story was withdrawn before these went out.</summary>
    public static Task<int> CancelStoryAsync(DbConnection connection, DbTransaction tx, long articleId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET state = @cancelled, last_error = @why, lease_owner = NULL WHERE article_id = @articleId AND state IN (@pending, @held)",
            new { cancelled = DeliveryStates.Cancelled, why = "story withdrawn", articleId, pending = Pending, held = Held }, tx, cancellationToken: ct));

    /// <summary>pending → cancelled: the chats' waiting edits of the article, superseded by a later one. Returns their follow-up texts.</summary>
    public static async Task<List<(long ChatId, string? Payload)>> SupersedeEditsAsync(DbConnection connection, DbTransaction tx, Database database, long articleId, long[] chats, CancellationToken ct) =>
        (await connection.QueryAsync<(long ChatId, string? Payload)>(new CommandDefinition(
            $"""
            UPDATE deliveries SET state = @cancelled, last_error = @reason, lease_owner = NULL
            WHERE article_id = @articleId AND kind = @kind AND state = @pending AND {database.InList("chat_id", "@chats")}
            RETURNING chat_id, payload
            """,
            new { cancelled = DeliveryStates.Cancelled, reason = "superseded by a later edit", articleId, kind = "edit", pending = Pending, chats },
            tx,
            cancellationToken: ct))).ToList();

    /// <summary>No change of state: the open rows of a group follow it to its supergroup's new id.</summary>
    public static Task MoveChatAsync(DbConnection connection, DbTransaction tx, long oldId, long newId, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET chat_id = @newId WHERE chat_id = @oldId AND state IN (@pending, @sending, @held)",
            new { newId, oldId, pending = Pending, sending = Sending, held = Held },
            tx,
            cancellationToken: ct));

    /// <summary>No change of state: parts of a long message went out, so a restart resumes after them.</summary>
    public static Task RecordPartsAsync(DbConnection connection, DbTransaction tx, long id, int partsSent, string messageIds, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET parts_sent = @partsSent, message_ids = @messageIds WHERE id = @id",
            new { id, partsSent, messageIds }, tx, cancellationToken: ct));
}
