using System.Data.Common;
using Dapper;

namespace AlertBot.Storage;

/// <summary>
/// How one update's effect is committed, in the effect's own transaction: a polled update moves the getUpdates
/// offset past it; a pushed (webhook) update marks its <c>telegram_updates</c> row handled, which succeeds once —
/// a second delivery of the same update_id, in this instance or another, finds it handled and commits nothing.
/// </summary>
public sealed record UpdateReceipt(long Value, bool Pushed)
{
    /// <summary>Long polling: the next offset (update_id + 1).</summary>
    public static UpdateReceipt Offset(long nextOffset) => new(nextOffset, Pushed: false);

    /// <summary>Webhook: the update's own id, recorded by <see cref="UpdateStore.RecordAsync"/>.</summary>
    public static UpdateReceipt Webhook(long updateId) => new(updateId, Pushed: true);
}

/// <summary>A recorded webhook update claimed for handling: its JSON as Telegram sent it, its chat, and how often it was claimed.</summary>
public sealed record PushedUpdate(long UpdateId, string Payload, int Attempts, long? ChatId = null);

/// <summary>
/// Updates Telegram pushed to the webhook (<c>telegram_updates</c>), and the small webhook state every instance shares:
/// the generated secret and the last <c>getWebhookInfo</c>. See <see cref="UpdateReceipt"/> for how a pushed update's
/// effect is committed exactly once. One chat's updates are handled one at a time, in update_id order where they
/// arrive in time for it: an update is claimed only while no earlier one of its chat is open and no later one is being
/// handled, and whoever commits one of a chat's updates claims the chat's next (<see cref="ClaimNextOfChatAsync"/>).
/// </summary>
public sealed class UpdateStore(Database database, TimeProvider time)
{
    private const string SecretKey = "telegram.webhook_secret";
    private const string WebhookStatusKey = "telegram.webhook_status";

    /// <summary>
    /// Stores the update before the webhook answers 200. False when that update_id is already recorded (Telegram
    /// retried, or another instance got it first): the caller answers 200 all the same and handles nothing new.
    /// <paramref name="chatId"/>: the chat the update belongs to, whose updates are handled one at a time.
    /// </summary>
    public async Task<bool> RecordAsync(long updateId, string payload, long? chatId = null, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO telegram_updates (update_id, chat_id, payload, received_ms) VALUES (@updateId, @chatId, @payload, @now) ON CONFLICT (update_id) DO NOTHING",
            new { updateId, chatId, payload, now = time.Ms() }, tx, cancellationToken: ct));
        await write.CommitAsync(ct);
        return inserted == 1;
    }

    /// <summary>
    /// Takes the update for <paramref name="lease"/> if it is neither handled nor leased by someone else, so two
    /// instances do not both ask Telegram about it. A lease that runs out (its holder died) lets another take it. An
    /// update of a chat is not taken while an earlier update of that chat is open or a later one is being handled: it is
    /// left to whoever commits that one (<see cref="ClaimNextOfChatAsync"/>), or to the sweep.
    /// </summary>
    public async Task<PushedUpdate?> ClaimAsync(long updateId, TimeSpan lease, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        var now = time.Ms();
        // PostgreSQL: two claims of one chat's updates take turns, so each sees the other's lease (SQLite has one writer).
        if (database.Provider == StorageProvider.Postgres
            && await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT chat_id FROM telegram_updates WHERE update_id = @updateId", new { updateId }, tx, cancellationToken: ct)) is { } chatId)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(@key)", new { key = LockKeys.For(LockKeys.UpdateChat(chatId)) }, tx, cancellationToken: ct));
        }

        var claimed = await connection.QuerySingleOrDefaultAsync<PushedUpdateRow>(new CommandDefinition(
            """
            UPDATE telegram_updates SET lease_until_ms = @until, attempts = attempts + 1
            WHERE update_id = @updateId AND handled_ms IS NULL AND (lease_until_ms IS NULL OR lease_until_ms < @now)
              AND (chat_id IS NULL OR NOT EXISTS (
                  SELECT 1 FROM telegram_updates other
                  WHERE other.chat_id = telegram_updates.chat_id AND other.update_id <> telegram_updates.update_id AND other.handled_ms IS NULL
                    AND (other.update_id < telegram_updates.update_id OR other.lease_until_ms >= @now)))
            RETURNING update_id, payload, attempts, chat_id
            """,
            new { updateId, now, until = now + (long)lease.TotalMilliseconds }, tx, cancellationToken: ct));
        await write.CommitAsync(ct);
        return claimed?.ToUpdate();
    }

    /// <summary>The chat's earliest open update, claimed as by <see cref="ClaimAsync"/>; called by whoever just committed one of its updates.</summary>
    public async Task<PushedUpdate?> ClaimNextOfChatAsync(long chatId, TimeSpan lease, CancellationToken ct = default)
    {
        long? next;
        await using (var connection = await database.OpenAsync(ct))
        {
            next = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT MIN(update_id) FROM telegram_updates WHERE chat_id = @chatId AND handled_ms IS NULL", new { chatId }, cancellationToken: ct));
        }

        return next is { } id ? await ClaimAsync(id, lease, ct) : null;
    }

    /// <summary>
    /// Recorded updates nobody is working on that arrived at least <paramref name="settle"/> ago (the instance that
    /// recorded one died before handling it, or its effect failed to commit), oldest first, each claimed as by
    /// <see cref="ClaimAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<PushedUpdate>> ClaimStrandedAsync(int limit, TimeSpan settle, TimeSpan lease, CancellationToken ct = default)
    {
        List<long> ids;
        await using (var connection = await database.OpenAsync(ct))
        {
            var now = time.Ms();
            ids = (await connection.QueryAsync<long>(new CommandDefinition(
                """
                SELECT update_id FROM telegram_updates
                WHERE handled_ms IS NULL AND (lease_until_ms IS NULL OR lease_until_ms < @now) AND received_ms <= @settled
                ORDER BY update_id LIMIT @limit
                """,
                new { now, settled = now - (long)settle.TotalMilliseconds, limit }, cancellationToken: ct))).ToList();
        }

        var claimed = new List<PushedUpdate>(ids.Count);
        foreach (var id in ids)
        {
            if (await ClaimAsync(id, lease, ct) is { } update)
                claimed.Add(update);
        }

        return claimed;
    }

    /// <summary>Forgets updates older than <paramref name="retention"/> (Telegram keeps an update 24 h, so it cannot come again). Returns how many.</summary>
    public async Task<int> PruneAsync(TimeSpan retention, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM telegram_updates WHERE received_ms < @cutoff",
            new { cutoff = time.Ms() - (long)retention.TotalMilliseconds }, tx, cancellationToken: ct));
        await write.CommitAsync(ct);
        return deleted;
    }

    /// <summary>(recorded, not yet handled) — for status.</summary>
    public async Task<(long Recorded, long Open)> CountAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var (open, total) = await connection.QuerySingleAsync<(long?, long)>(new CommandDefinition(
            "SELECT SUM(CASE WHEN handled_ms IS NULL THEN 1 ELSE 0 END), COUNT(*) FROM telegram_updates", cancellationToken: ct));
        return (total, open ?? 0);
    }

    /// <summary>
    /// The webhook secret all instances share: the stored one, or <paramref name="generate"/>'s, stored by the first
    /// instance to get there (an insert that loses the race reads the winner's).
    /// </summary>
    public async Task<string> GetOrCreateSecretAsync(Func<string> generate, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO bot_state (key, value) VALUES (@key, @value) ON CONFLICT (key) DO NOTHING",
            new { key = SecretKey, value = generate() }, tx, cancellationToken: ct));
        var secret = await Sql.GetStateAsync(connection, tx, SecretKey, ct);
        await write.CommitAsync(ct);
        return secret!;
    }

    /// <summary>The last webhook status an instance saw (one line, for the <c>status</c> verb), or null in polling mode.</summary>
    public async Task<string?> GetWebhookStatusAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await Sql.GetStateAsync(connection, null, WebhookStatusKey, ct);
    }

    /// <summary>Stores the webhook status line; null removes it (polling mode).</summary>
    public async Task SetWebhookStatusAsync(string? status, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        if (status is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM bot_state WHERE key = @key", new { key = WebhookStatusKey }, tx, cancellationToken: ct));
        }
        else
        {
            await Sql.SetStateAsync(connection, tx, WebhookStatusKey, status, ct);
        }

        await write.CommitAsync(ct);
    }

    /// <summary>
    /// Marks a pushed update handled inside the transaction that commits its effect. False when it already was: the
    /// caller commits nothing. On PostgreSQL a second transaction on the same row waits for the first and then finds it
    /// handled; SQLite has one writer at a time.
    /// </summary>
    internal static async Task<bool> MarkHandledAsync(DbConnection connection, DbTransaction tx, long updateId, long nowMs, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE telegram_updates SET handled_ms = @nowMs, lease_until_ms = NULL WHERE update_id = @updateId AND handled_ms IS NULL",
            new { updateId, nowMs }, tx, cancellationToken: ct)) == 1;

    private sealed class PushedUpdateRow
    {
        public long UpdateId { get; set; }
        public string Payload { get; set; } = "";
        public int Attempts { get; set; }
        public long? ChatId { get; set; }

        public PushedUpdate ToUpdate() => new(UpdateId, Payload, Attempts, ChatId);
    }
}
