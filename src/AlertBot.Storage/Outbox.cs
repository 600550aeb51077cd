using Dapper;

namespace AlertBot.Storage;

/// <summary>
/// The outbox: rows waiting to go to Telegram, claimed by senders, recorded as sent or put back. Each public
/// method is one transaction and one move of <see cref="OutboxTransitions"/>; nothing here holds state between
/// calls, so any number of senders (in one process or several) can share one database.
/// </summary>
public sealed class Outbox(Database database, TimeProvider time)
{
    // How many pending rows, oldest first, a claim looks through before it asks chat by chat instead.
    private const int ClaimWindow = 256;

    /// <summary>
    /// Claims up to <paramref name="max"/> due rows for this sender: for each chat only its oldest open row
    /// (so a chat never gets a later alert first), only chats whose own rate window is open. The chat's
    /// next send time moves forward by its interval (by the chat's stored type) in the same transaction.
    /// The cost does not grow with the backlog: first the oldest <see cref="ClaimWindow"/> pending rows are
    /// looked through in id order (the index led by state and id; the unary plus keeps SQLite's planner off the
    /// due-time index), which finds a fan-out's rows at once; when the backlog is deeper than that and the
    /// batch is not full — a few chats with thousands of rows each, most of them waiting behind their chat's
    /// row in flight or its rate window — the chats are asked one by one for their oldest row instead. A first
    /// version looked through every pending row on every claim: with 50,000 rows queued each claim held
    /// SQLite's writer for tens of milliseconds and ingest fell to 44 articles/s.
    /// </summary>
    public async Task<IReadOnlyList<Delivery>> ClaimDueAsync(string owner, int max, TimeSpan lease, TimeSpan privateInterval, TimeSpan groupInterval, CancellationToken ct = default)
    {
        var now = time.Ms();
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        var leaseUntil = now + (long)lease.TotalMilliseconds;
        var args = new DynamicParameters(new { sending = DeliveryStates.Sending, pending = DeliveryStates.Pending, owner, leaseUntil, now, enabled = true, window = ClaimWindow });
        args.Add("max", max);
        var bound = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM deliveries WHERE state = @pending ORDER BY id LIMIT 1 OFFSET @window", args, tx, cancellationToken: ct));
        args.Add("bound", bound ?? long.MaxValue);
        var rows = await OutboxTransitions.ClaimAsync(connection, tx, $"""
            SELECT d.id FROM deliveries d JOIN chats c ON c.id = d.chat_id
            WHERE d.state = @pending AND d.id < @bound AND +d.due_ms <= @now AND c.next_send_ms <= @now AND c.enabled = @enabled
              AND d.id = {OldestOpen("d.chat_id")}
            ORDER BY d.id
            LIMIT @max
            {database.SkipLocked}
            """, args, ct);
        if (bound is not null && rows.Count < max)
        {
            args.Add("max", max - rows.Count);
            rows.AddRange(await OutboxTransitions.ClaimAsync(connection, tx, $"""
                SELECT d.id FROM {ChatsOldestOpenWhere("c.enabled = @enabled AND c.next_send_ms <= @now")}
                    d.state = @pending AND +d.due_ms <= @now
                ORDER BY d.id
                LIMIT @max
                {database.SkipLocked}
                """, args, ct));
        }

        if (rows.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE chats SET next_send_ms = @now + CASE WHEN type = 'private' THEN @privateMs ELSE @groupMs END
                WHERE id IN (SELECT chat_id FROM deliveries WHERE state = @sending AND lease_owner = @owner AND lease_until_ms = @leaseUntil)
                """,
                new { now, privateMs = (long)privateInterval.TotalMilliseconds, groupMs = (long)groupInterval.TotalMilliseconds, sending = DeliveryStates.Sending, owner, leaseUntil },
                tx,
                cancellationToken: ct));
        }

        await write.CommitAsync(ct);
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    /// <summary>Records that parts of a long message went out, so a restart resumes after them.</summary>
    public async Task RecordPartsAsync(long id, int partsSent, string messageIds, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        await OutboxTransitions.RecordPartsAsync(write.Connection, write.Transaction, id, partsSent, messageIds, ct);
        await write.CommitAsync(ct);
    }

    /// <summary>
    /// Records deliveries as sent and starts each chat's spacing from now, when the message actually went out, in
    /// one transaction: on SQLite one turn of the single writer for every send that finished meanwhile (group
    /// commit). The claim already moved the chat's next send time, but from the claim: a row that then waited for
    /// a slot of the bot-wide window (long, when several instances share it) went out late, and the chat's next
    /// row could follow it within the interval — Telegram's per-chat limit, broken. The cluster test found it.
    /// </summary>
    public async Task MarkSentAsync(IReadOnlyList<SentMark> marks, CancellationToken ct = default)
    {
        if (marks.Count == 0)
            return;
        await using var write = await database.BeginWriteAsync(ct);
        var now = time.Ms();
        await write.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE chats SET next_send_ms = @Next WHERE id = @ChatId AND next_send_ms < @Next",
            marks.Select(m => new { Next = now + (long)m.ChatInterval.TotalMilliseconds, m.ChatId }).ToList(), write.Transaction, cancellationToken: ct));
        await OutboxTransitions.MarkSentAsync(write.Connection, write.Transaction, marks, now, ct);
        await write.CommitAsync(ct);
    }

    /// <summary>Puts a claimed row back for another try at <paramref name="due"/>.</summary>
    public async Task RetryLaterAsync(long id, DateTimeOffset due, string error, bool unknownOutcome, bool countAttempt = true, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        await OutboxTransitions.RetryLaterAsync(write.Connection, write.Transaction, id, due, error, unknownOutcome, countAttempt, ct);
        await write.CommitAsync(ct);
    }

    public async Task DeadLetterAsync(long id, string error, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        await OutboxTransitions.DeadLetterAsync(write.Connection, write.Transaction, id, error, ct);
        await write.CommitAsync(ct);
    }

    /// <summary>Pauses one chat (Telegram's per-chat 429).</summary>
    public async Task PauseChatAsync(long chatId, DateTimeOffset until, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        await write.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE chats SET next_send_ms = @until WHERE id = @chatId AND next_send_ms < @until",
            new { until = until.ToUnixTimeMilliseconds(), chatId }, write.Transaction, cancellationToken: ct));
        await write.CommitAsync(ct);
    }

    /// <summary>
    /// Rows left in 'sending' by a sender that died. Their outcome is unknown: Telegram may or may not
    /// have the message. With <paramref name="resend"/> they go back to pending (counted as unknown outcomes);
    /// otherwise they are dead-lettered for an operator to replay.
    /// </summary>
    public async Task<int> RecoverExpiredLeasesAsync(bool resend, bool ignoreLease = false, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var recovered = await OutboxTransitions.AbandonAsync(
            write.Connection, write.Transaction, resend, ignoreLease ? long.MaxValue : time.Ms(), owner: null, "sender stopped before the outcome was known", ct);
        await write.CommitAsync(ct);
        return recovered;
    }

    /// <summary>
    /// Turns a chat's held alerts into one digest message (one per forum thread, when the chat's topics go to
    /// threads), in one transaction: the held rows become 'digested' and a text row is queued under
    /// <paramref name="digestKey"/> (the scheduled fire time),
    /// so a digest job that runs twice for the same time sends one digest. Nothing is queued when no
    /// alert is held. Returns the number of alerts in the digest.
    /// </summary>
    public async Task<int> CreateDigestAsync(long chatId, string digestKey, Func<IReadOnlyList<StoredArticle>, string> compose, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        var held = (await connection.QueryAsync<HeldRow>(new CommandDefinition(
            """
            SELECT a.id, a.source, a.source_name, a.ingested_ms, a.understanding, d.thread_id
            FROM deliveries d JOIN articles a ON a.id = d.article_id
            WHERE d.chat_id = @chatId AND d.state = @held ORDER BY d.id
            """,
            new { chatId, held = DeliveryStates.Held }, tx, cancellationToken: ct))).ToList();
        if (held.Count == 0)
            return 0;
        var now = time.Ms();
        await OutboxTransitions.DigestAsync(connection, tx, chatId, now, ct);
        // A forum group that keeps topics in threads gets one digest per thread, each in its own thread.
        var digests = held
            .GroupBy(h => h.ThreadId)
            .Select(g => new NewDelivery(g.Key is { } thread ? $"{digestKey}:t{thread}" : digestKey, chatId, DeliveryKind.Text, time.GetUtcNow())
            {
                Payload = compose([.. g.Select(h => h.ToArticle())]),
                Silent = true,
                ThreadId = g.Key,
            })
            .ToList();
        await OutboxTransitions.InsertAsync(connection, tx, digests, now, ct);
        await write.CommitAsync(ct);
        return held.Count;
    }

    /// <summary>Re-queues a dead-lettered delivery (operator's replay).</summary>
    public async Task<bool> ReplayAsync(long id, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var replayed = await OutboxTransitions.ReplayAsync(write.Connection, write.Transaction, id, time.Ms(), ct);
        await write.CommitAsync(ct);
        return replayed;
    }

    /// <summary>
    /// When the next row can be claimed (for the sender's sleep), or null when none is pending: the earliest,
    /// over each chat's oldest open row that is pending, of its due time and the chat's next send time. Rows
    /// behind a chat's oldest are left out — they cannot go before it, and counting them made the sender wake
    /// for nothing. As with claims, the cost does not grow with the backlog: a backlog deeper than
    /// <see cref="ClaimWindow"/> is answered chat by chat. (Asking every pending row, as a first version did,
    /// cost tens of milliseconds per wake with 100,000 rows queued, and ingest at 500 articles/s fell behind.)
    /// </summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var args = new { pending = DeliveryStates.Pending, sending = DeliveryStates.Sending, enabled = true, window = ClaimWindow };
        var deep = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM deliveries WHERE state = @pending ORDER BY id LIMIT 1 OFFSET @window", args, cancellationToken: ct)) is not null;
        var ms = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            deep
                ? $"""
                  SELECT MIN(CASE WHEN c.next_send_ms > d.due_ms THEN c.next_send_ms ELSE d.due_ms END)
                  FROM {ChatsOldestOpenWhere("c.enabled = @enabled")}
                      d.state = @pending
                  """
                : $"""
                  SELECT MIN(CASE WHEN c.next_send_ms > d.due_ms THEN c.next_send_ms ELSE d.due_ms END)
                  FROM deliveries d JOIN chats c ON c.id = d.chat_id
                  WHERE d.state = @pending AND c.enabled = @enabled
                    AND d.id = {OldestOpen("d.chat_id")}
                  """,
            args,
            cancellationToken: ct));
        return Sql.At(ms);
    }

    /// <summary>
    /// The id of the oldest open (pending or sending) row of the chat <paramref name="chat"/> names. On PostgreSQL as the
    /// smaller of two index lookups, one per state: with <c>state IN (…)</c> its planner walked the primary key in id order
    /// looking for the chat's first row instead of reading it from <c>ix_deliveries_chat_state_id</c> (issue 20: a claim took
    /// 706 ms with 298,000 rows queued for 1,000 channels, 77–115 ms so). SQLite reads the index either way.
    /// </summary>
    private string OldestOpen(string chat) => database.Provider == StorageProvider.Postgres
        ? $"LEAST((SELECT MIN(o.id) FROM deliveries o WHERE o.chat_id = {chat} AND o.state = @pending), (SELECT MIN(o.id) FROM deliveries o WHERE o.chat_id = {chat} AND o.state = @sending))"
        : $"(SELECT MIN(o.id) FROM deliveries o WHERE o.chat_id = {chat} AND o.state IN (@pending, @sending))";

    /// <summary>
    /// The chats <paramref name="chatsWhere"/> keeps (as <c>c</c>), each joined to its oldest open row (as <c>d</c>), asked
    /// chat by chat, up to a <c>WHERE … AND</c> that the caller ends with its conditions on <c>d</c>. On PostgreSQL the chats'
    /// oldest ids are found first, behind an <c>OFFSET 0</c> its planner does not look through: joined directly, it hashed
    /// every pending row to match them (with 298,000 rows queued: claim 767 → 46 ms, next due 2.3 s → 50 ms). On SQLite a
    /// <c>CROSS JOIN</c>, which its planner keeps in the order written. The bundled SQLite (3.53) picks that order for a
    /// plain join too, but SQLite 3.40 (Debian 12's) did not: for the claim's <c>ORDER BY d.id LIMIT</c> it walked the
    /// pending rows in id order and, for each, every chat — with 305,000 rows queued for 1,000 channels 83 ms with every
    /// chat open, 0.97 s with 300 of them in their rate window, 43 s with all but one, holding the single writer; chat by
    /// chat 1–11 ms.
    /// </summary>
    private string ChatsOldestOpenWhere(string chatsWhere) => database.Provider == StorageProvider.Postgres
        ? $"(SELECT c.id, c.next_send_ms, {OldestOpen("c.id")} AS oldest FROM chats c WHERE {chatsWhere} OFFSET 0) c JOIN deliveries d ON d.id = c.oldest WHERE"
        : $"chats c CROSS JOIN deliveries d ON d.id = {OldestOpen("c.id")} WHERE {chatsWhere} AND";

    public async Task<OutboxStats> GetOutboxStatsAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var counts = (await connection.QueryAsync<(string State, long Count)>(new CommandDefinition(
            "SELECT state, COUNT(*) FROM deliveries GROUP BY state", cancellationToken: ct))).ToDictionary(r => r.State, r => r.Count);
        var oldest = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MIN(due_ms) FROM deliveries WHERE state = @pending", new { pending = DeliveryStates.Pending }, cancellationToken: ct));
        return new OutboxStats(
            counts.GetValueOrDefault(DeliveryStates.Pending),
            counts.GetValueOrDefault(DeliveryStates.Sending),
            counts.GetValueOrDefault(DeliveryStates.Held),
            counts.GetValueOrDefault(DeliveryStates.Sent),
            counts.GetValueOrDefault(DeliveryStates.Dead),
            Sql.At(oldest));
    }

    public async Task<IReadOnlyList<DeliveryRow>> GetDeliveriesAsync(string? state, long? chatId, int limit, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<DeliveryListRow>(new CommandDefinition(
            "SELECT id, chat_id, article_id, kind, state, attempts, last_error, message_ids, created_ms, sent_ms FROM deliveries"
            + " WHERE (@state IS NULL OR state = @state) AND (@chatId IS NULL OR chat_id = @chatId) ORDER BY id DESC LIMIT @limit",
            new { state, chatId, limit },
            cancellationToken: ct));
        return rows.Select(r => r.ToRow()).ToList();
    }

    /// <summary>The chat's alert row for the article: its state and Telegram's message ids once sent.</summary>
    public async Task<SentAlert?> GetAlertDeliveryAsync(long articleId, long chatId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QueryFirstOrDefaultAsync<AlertDeliveryRow>(new CommandDefinition(
            "SELECT state, message_ids, parts_sent, sent_ms FROM deliveries WHERE article_id = @articleId AND chat_id = @chatId AND kind = @kind ORDER BY id LIMIT 1",
            new { articleId, chatId, kind = "alert" }, cancellationToken: ct));
        return row is null ? null : new SentAlert(row.State, row.MessageIds, (int)row.PartsSent, Sql.At(row.SentMs));
    }
}

/// <summary>A delivery Telegram accepted: its message ids, and how long its chat must now wait before the next send.</summary>
public sealed record SentMark(long Id, long ChatId, int PartsSent, string MessageIds, TimeSpan ChatInterval);
