using Dapper;

namespace AlertBot.Storage;

/// <summary>
/// What lets several instances share one PostgreSQL database: the bot's shared send window (slots booked in the
/// database, on the database's clock) and the recovery of rows left in flight by an instance that died. SQLite runs
/// one instance and has none of this.
/// </summary>
public sealed class ClusterStore(Database database)
{
    // The database's own clock, one value per statement: every instance books against the same time, whatever its own clock says.
    private const string DbNowMs = "(extract(epoch FROM statement_timestamp()) * 1000)::bigint";

    /// <summary>Makes exactly <paramref name="perWindow"/> send slots exist for the bot (the configured rate).</summary>
    public async Task EnsureSendSlotsAsync(long botId, int perWindow, CancellationToken ct = default)
    {
        RequirePostgres();
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO send_slots (bot_id, slot, used_ms) SELECT @botId, g, 0 FROM generate_series(0, @perWindow - 1) g
            ON CONFLICT (bot_id, slot) DO NOTHING
            """,
            new { botId, perWindow }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM send_slots WHERE bot_id = @botId AND slot >= @perWindow", new { botId, perWindow }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Books one send for the bot if the cluster has sent fewer than its slots in the last
    /// <paramref name="window"/>: takes the least recently used slot that is at least a window old. Row locks
    /// make two instances take different slots. The slot is held (its time set <paramref name="hold"/> ahead)
    /// until <see cref="ReleaseSendSlotAsync"/> stamps it with the time the send was answered; a holder that
    /// dies loses the slot for that long. When none is free, says how long until the oldest frees up.
    /// </summary>
    public async Task<(SendSlot? Slot, TimeSpan Wait)> TryTakeSendSlotAsync(long botId, TimeSpan window, TimeSpan hold, CancellationToken ct = default)
    {
        RequirePostgres();
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleAsync<(int? Slot, long? HeldUntil, long? WaitMs)>(new CommandDefinition(
            $"""
            WITH taken AS (
                UPDATE send_slots SET used_ms = {DbNowMs} + @holdMs
                WHERE bot_id = @botId AND slot = (
                    SELECT slot FROM send_slots
                    WHERE bot_id = @botId AND used_ms <= {DbNowMs} - @windowMs
                    ORDER BY used_ms LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                RETURNING slot, used_ms)
            SELECT (SELECT slot FROM taken), (SELECT used_ms FROM taken),
                   (SELECT MIN(used_ms) FROM send_slots WHERE bot_id = @botId) + @windowMs - {DbNowMs}
            """,
            new { botId, windowMs = (long)window.TotalMilliseconds, holdMs = (long)hold.TotalMilliseconds },
            cancellationToken: ct));
        var slot = row.Slot is { } s && row.HeldUntil is { } h ? new SendSlot(s, h) : null;
        return (slot, TimeSpan.FromMilliseconds(Math.Max(1, row.WaitMs ?? 1)));
    }

    /// <summary>
    /// The send of a slot was answered: the slot counts from now (database time), which is after Telegram
    /// received the request — so its next use reaches Telegram at least a window later, whatever the latency.
    /// Does nothing if the hold ran out and another send has the slot.
    /// </summary>
    public async Task ReleaseSendSlotAsync(long botId, SendSlot slot, CancellationToken ct = default)
    {
        RequirePostgres();
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE send_slots SET used_ms = {DbNowMs} WHERE bot_id = @botId AND slot = @Slot AND used_ms = @HeldUntilMs",
            new { botId, slot.Slot, slot.HeldUntilMs },
            cancellationToken: ct));
    }

    /// <summary>Telegram asked the whole bot to wait: no instance books a send for <paramref name="pause"/>.</summary>
    public async Task PauseSendSlotsAsync(long botId, TimeSpan pause, TimeSpan window, CancellationToken ct = default)
    {
        RequirePostgres();
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE send_slots SET used_ms = GREATEST(used_ms, {DbNowMs} + @pauseMs - @windowMs) WHERE bot_id = @botId",
            new { botId, pauseMs = (long)pause.TotalMilliseconds, windowMs = (long)window.TotalMilliseconds },
            cancellationToken: ct));
    }

    /// <summary>
    /// Rows left in 'sending' by instances that are gone. An instance holds the advisory lock named after its
    /// id while it lives, so a lock that can be taken means its owner is dead: its rows get the unknown-outcome
    /// policy at once (counted), instead of waiting for their leases to run out. A live but slow owner keeps
    /// its rows. Returns the number of rows recovered.
    /// </summary>
    public async Task<int> RecoverDeadOwnersAsync(string self, bool resend, CancellationToken ct = default)
    {
        RequirePostgres();
        await using var connection = await database.OpenAsync(ct);
        var owners = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT lease_owner FROM deliveries WHERE state = @sending AND lease_owner IS NOT NULL AND lease_owner <> @self",
            new { sending = DeliveryStates.Sending, self }, cancellationToken: ct))).ToList();
        var recovered = 0;
        foreach (var owner in owners)
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            var dead = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT pg_try_advisory_xact_lock(@key)", new { key = LockKeys.For(LockKeys.Node(owner)) }, tx, cancellationToken: ct));
            if (dead)
            {
                recovered += await OutboxTransitions.AbandonAsync(
                    connection, tx, resend, long.MaxValue, owner, "the sending instance stopped before the outcome was known", ct);
            }

            // Committing releases the transaction-level lock taken just to test the owner.
            await tx.CommitAsync(ct);
        }

        return recovered;
    }

    private void RequirePostgres()
    {
        if (database.Provider != StorageProvider.Postgres)
            throw new NotSupportedException("Cluster coordination needs PostgreSQL; SQLite runs one instance.");
    }
}

/// <summary>A booked slot of the bot's shared send window, held until its send is answered.</summary>
public sealed record SendSlot(int Slot, long HeldUntilMs);

