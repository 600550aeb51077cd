using System.Data.Common;
using System.Globalization;
using AlertBot.Core.Route;
using Dapper;

namespace AlertBot.Storage;

/// <summary>Which chat a private chat's admin is configuring with /use; null clears it (back to the private chat).</summary>
public sealed record CommandTarget(long ChatId, long? TargetChatId);

/// <summary>
/// Chats and their settings (topics, keywords, circles, mode, zone, quiet hours, format), the chat an admin
/// configures from a private chat, and the bot's update offset — which a command commits together with its effect.
/// </summary>
public sealed class ChatStore(Database database, TimeProvider time)
{
    private const string ChatsVersionKey = "chats.version";
    private const string OffsetKey = "telegram.offset";

    private sealed record ChatsSnapshot(string Version, ChatIndex Audience);

    private volatile ChatsSnapshot? _enabledChats;

    /// <summary>
    /// The chats with their subscriptions. Ingest asks for the enabled ones for every article; they are kept
    /// in memory and read again only when <c>chats.version</c> changed — a key every transaction that changes a
    /// chat or its subscriptions sets anew, in any instance — so routing costs one key lookup, not two scans of
    /// every chat. The version is read before the chats: a change between the two reads is seen next time.
    /// </summary>
    public async Task<IReadOnlyList<ChatSettings>> GetChatsAsync(bool enabledOnly, CancellationToken ct = default)
    {
        if (enabledOnly)
            return (await GetAudienceAsync(ct)).Chats;
        await using var connection = await database.OpenAsync(ct);
        return await LoadChatsAsync(connection, enabledOnly, ct);
    }

    /// <summary>
    /// The enabled chats indexed for routing (<see cref="ChatIndex"/>), built once per <c>chats.version</c> with the
    /// cached chats, so an article is routed through the index without rebuilding it.
    /// </summary>
    public async Task<ChatIndex> GetAudienceAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var version = await Sql.GetStateAsync(connection, null, ChatsVersionKey, ct) ?? "";
        if (_enabledChats is { } cached && cached.Version == version)
            return cached.Audience;
        var fresh = new ChatIndex(await LoadChatsAsync(connection, enabledOnly: true, ct));
        _enabledChats = new ChatsSnapshot(version, fresh);
        return fresh;
    }

    private static async Task<IReadOnlyList<ChatSettings>> LoadChatsAsync(DbConnection connection, bool enabledOnly, CancellationToken ct)
    {
        var chats = await connection.QueryAsync<ChatRow>(new CommandDefinition(
            "SELECT * FROM chats" + (enabledOnly ? " WHERE enabled = @enabled" : "") + " ORDER BY id",
            new { enabled = true },
            cancellationToken: ct));
        var subscriptions = await ChatSubscriptions.LoadAsync(connection, null, null, ct);
        return chats.Select(c => ChatSubscriptions.With(c.ToSettings([]), subscriptions)).ToList();
    }

    public async Task<ChatSettings?> GetChatAsync(long chatId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ChatRow>(new CommandDefinition(
            "SELECT * FROM chats WHERE id = @chatId", new { chatId }, cancellationToken: ct));
        if (row is null)
            return null;
        return ChatSubscriptions.With(row.ToSettings([]), await ChatSubscriptions.LoadAsync(connection, null, chatId, ct));
    }

    /// <summary>Enabled groups and channels whose title matches exactly (case-insensitive), for /use by title.</summary>
    public async Task<IReadOnlyList<ChatSettings>> FindChatsByTitleAsync(string title, CancellationToken ct = default)
    {
        var chats = await GetChatsAsync(enabledOnly: true, ct);
        return chats.Where(c => !c.IsPrivate && string.Equals(c.Title, title, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>How many chats get alerts and how many are disabled (blocked or removed the bot, or stopped).</summary>
    public async Task<(long Enabled, long Disabled)> CountChatsAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var (enabled, total) = await connection.QuerySingleAsync<(long?, long)>(new CommandDefinition(
            "SELECT SUM(CASE WHEN enabled = @enabled THEN 1 ELSE 0 END), COUNT(*) FROM chats", new { enabled = true }, cancellationToken: ct));
        return (enabled ?? 0, total - (enabled ?? 0));
    }

    /// <summary>The time zones of the given chats (for rendering key times in each chat's zone).</summary>
    public async Task<IReadOnlyDictionary<long, string>> GetTimeZonesAsync(IReadOnlyCollection<long> chatIds, CancellationToken ct = default)
    {
        if (chatIds.Count == 0)
            return new Dictionary<long, string>();
        await using var connection = await database.OpenAsync(ct);
        var rows = await Sql.ByIdsAsync<(long Id, string Zone)>(connection, "SELECT id, time_zone FROM chats WHERE id IN ", chatIds, ct);
        return rows.ToDictionary(r => r.Id, r => r.Zone);
    }

    /// <summary>The alert formats chats chose with /format; a chat not listed follows the operator's default.</summary>
    public async Task<IReadOnlyDictionary<long, AlertFormat>> GetAlertFormatsAsync(IReadOnlyCollection<long> chatIds, CancellationToken ct = default)
    {
        var result = new Dictionary<long, AlertFormat>();
        if (chatIds.Count == 0)
            return result;
        await using var connection = await database.OpenAsync(ct);
        foreach (var (id, format) in await Sql.ByIdsAsync<(long, string)>(connection, "SELECT id, alert_format FROM chats WHERE alert_format IS NOT NULL AND id IN ", chatIds, ct))
        {
            if (Enum.TryParse<AlertFormat>(format, ignoreCase: true, out var parsed))
                result[id] = parsed;
        }

        return result;
    }

    /// <summary>The chat a private chat is configuring, or null when it configures itself.</summary>
    public async Task<long?> GetCommandTargetAsync(long chatId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT target_chat_id FROM command_targets WHERE chat_id = @chatId", new { chatId }, cancellationToken: ct));
    }

    public async Task<long> GetUpdateOffsetAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var value = await Sql.GetStateAsync(connection, null, OffsetKey, ct);
        return value is null ? 0 : long.Parse(value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Applies the effect of one bot update in one transaction: the chat's new settings (if any), the /use selection
    /// of a private chat (if any), the replies to send, and the update offset — so a crash neither loses nor repeats a command.
    /// </summary>
    public Task ApplyCommandAsync(long? nextOffset, ChatSettings? chat, CommandTarget? target, IReadOnlyList<NewDelivery> replies, CancellationToken ct = default) =>
        ApplyCommandAsync(nextOffset is { } offset ? UpdateReceipt.Offset(offset) : null, chat, target, replies, closeReason: null, ct);

    /// <summary>
    /// As above, with the update's <paramref name="receipt"/> (the polling offset, or a webhook update's record) committed
    /// in the same transaction. A webhook update already handled — delivered twice, maybe to another instance — commits
    /// nothing and answers false. <paramref name="closeReason"/>: the chat can no longer be written to (the bot was
    /// removed or blocked), so its open deliveries are closed with that reason before any reply is queued.
    /// </summary>
    public async Task<bool> ApplyCommandAsync(UpdateReceipt? receipt, ChatSettings? chat, CommandTarget? target, IReadOnlyList<NewDelivery> replies, string? closeReason, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        // First, so that a second delivery of the same update waits here on the row and then finds it handled.
        if (receipt is { Pushed: true } && !await UpdateStore.MarkHandledAsync(connection, tx, receipt.Value, time.Ms(), ct))
            return false;
        if (chat is not null)
            await SaveChatAsync(connection, tx, chat, ct);
        if (chat is not null && closeReason is not null)
            await OutboxTransitions.CancelChatAsync(connection, tx, chat.Id, closeReason, ct);
        if (target is not null)
            await SetTargetAsync(connection, tx, target, ct);
        await OutboxTransitions.InsertAsync(connection, tx, replies, time.Ms(), ct);
        if (receipt is { Pushed: false })
            await Sql.SetStateAsync(connection, tx, OffsetKey, Sql.Invariant(receipt.Value), ct);
        await write.CommitAsync(ct);
        return true;
    }

    /// <summary>Stores one chat's settings as they are (a chat the operator configured, registered at start).</summary>
    public Task SaveChatAsync(ChatSettings chat, CancellationToken ct = default) => ApplyCommandAsync(null, chat, null, [], ct);

    /// <summary>The chat blocked or removed the bot: stop sending to it and close its open rows.</summary>
    public async Task DisableChatAsync(long chatId, string reason, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE chats SET enabled = @enabled, disabled_reason = @reason, updated_ms = @now WHERE id = @chatId",
            new { enabled = false, reason, now = time.Ms(), chatId }, tx, cancellationToken: ct));
        await ChatsChangedAsync(connection, tx, ct);
        await OutboxTransitions.CancelChatAsync(connection, tx, chatId, reason, ct);
        await write.CommitAsync(ct);
    }

    /// <summary>A group became a supergroup: everything of the old id moves to the new one.</summary>
    public async Task MigrateChatAsync(long oldId, long newId, CancellationToken ct = default)
    {
        await using var write = await database.BeginWriteAsync(ct);
        var (connection, tx) = write;
        var exists = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM chats WHERE id = @newId", new { newId }, tx, cancellationToken: ct));
        if (exists is null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE chats SET id = @newId, type = @type, updated_ms = @now WHERE id = @oldId",
                new { newId, oldId, type = "supergroup", now = time.Ms() }, tx, cancellationToken: ct));
            foreach (var table in (string[])["chat_topics", "chat_keywords", "chat_circles"])
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE {table} SET chat_id = @newId WHERE chat_id = @oldId", new { newId, oldId }, tx, cancellationToken: ct));
            }
        }
        else
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE chats SET enabled = @enabled, disabled_reason = @reason WHERE id = @oldId",
                new { enabled = false, reason = $"migrated to {newId}", oldId }, tx, cancellationToken: ct));
        }

        await ChatsChangedAsync(connection, tx, ct);
        await Sql.SetStateAsync(connection, tx, OutboxTransitions.MigratedKey(oldId), Sql.Invariant(newId), ct);
        await OutboxTransitions.MoveChatAsync(connection, tx, oldId, newId, ct);
        await write.CommitAsync(ct);
    }

    private async Task SaveChatAsync(DbConnection connection, DbTransaction tx, ChatSettings chat, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO chats (id, type, title, enabled, disabled_reason, mode, digest_time, time_zone, quiet_start, quiet_end, quiet_policy, alert_format, next_send_ms, created_ms, updated_ms)
            VALUES (@Id, @Type, @Title, @Enabled, @DisabledReason, @Mode, @DigestTime, @TimeZone, @QuietStart, @QuietEnd, @QuietPolicy, @AlertFormat, 0, @Now, @Now)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, title = excluded.title, enabled = excluded.enabled,
                disabled_reason = excluded.disabled_reason, mode = excluded.mode, digest_time = excluded.digest_time,
                time_zone = excluded.time_zone, quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end,
                quiet_policy = excluded.quiet_policy, alert_format = excluded.alert_format, updated_ms = excluded.updated_ms
            """,
            ChatRow.Parameters(chat, time.Ms()),
            tx,
            cancellationToken: ct));
        await ChatSubscriptions.SaveAsync(connection, tx, chat, ct);
        await ChatsChangedAsync(connection, tx, ct);
    }

    private async Task SetTargetAsync(DbConnection connection, DbTransaction tx, CommandTarget target, CancellationToken ct)
    {
        if (target.TargetChatId is not { } targetId)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM command_targets WHERE chat_id = @ChatId", new { target.ChatId }, tx, cancellationToken: ct));
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO command_targets (chat_id, target_chat_id, updated_ms) VALUES (@ChatId, @targetId, @now)
            ON CONFLICT (chat_id) DO UPDATE SET target_chat_id = excluded.target_chat_id, updated_ms = excluded.updated_ms
            """,
            new { target.ChatId, targetId, now = time.Ms() },
            tx,
            cancellationToken: ct));
    }

    /// <summary>Called in every transaction that changes a chat or its subscriptions: other readers' cached chats are stale.</summary>
    private static Task ChatsChangedAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        Sql.SetStateAsync(connection, tx, ChatsVersionKey, Guid.NewGuid().ToString("N"), ct);
}
