using System.Data.Common;
using AlertBot.Core.Route;
using Dapper;

namespace AlertBot.Storage;

/// <summary>Which chat a private chat's admin is configuring with /use; null clears it (back to the private chat).</summary>
public sealed record CommandTarget(long ChatId, long? TargetChatId);

// Bot commands: subscriptions with forum threads, a chat's own keywords, and the chat an admin configures from a private chat.
public sealed partial class AlertStore
{
    private const string IncludeKind = "include";
    private const string ExcludeKind = "exclude";

    /// <summary>
    /// <see cref="ApplyUpdateAsync"/> plus the /use selection of a private chat, all in one transaction with the
    /// update offset, so a restart neither loses nor repeats the command.
    /// </summary>
    public async Task ApplyCommandAsync(long? nextOffset, ChatSettings? chat, CommandTarget? target, IReadOnlyList<NewDelivery> replies, CancellationToken ct = default)
    {
        if (target is null)
        {
            await ApplyUpdateAsync(nextOffset, chat, replies, ct);
            return;
        }

        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (chat is not null)
            await SaveChatAsync(connection, tx, chat, ct);
        await SetTargetAsync(connection, tx, target, ct);
        await InsertDeliveriesAsync(connection, tx, replies, ct);
        if (nextOffset is { } offset)
            await SetStateAsync(connection, tx, "telegram.offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The chat a private chat is configuring, or null when it configures itself.</summary>
    public async Task<long?> GetCommandTargetAsync(long chatId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT target_chat_id FROM command_targets WHERE chat_id = @chatId", new { chatId }, cancellationToken: ct));
    }

    /// <summary>Enabled groups and channels whose title matches exactly (case-insensitive), for /use by title.</summary>
    public async Task<IReadOnlyList<ChatSettings>> FindChatsByTitleAsync(string title, CancellationToken ct = default)
    {
        var chats = await GetChatsAsync(enabledOnly: true, ct);
        return chats.Where(c => !c.IsPrivate && string.Equals(c.Title, title, StringComparison.OrdinalIgnoreCase)).ToList();
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
            new { target.ChatId, targetId, now = NowMs },
            tx,
            cancellationToken: ct));
    }

    /// <summary>Replaces the chat's topics (with their forum threads), keywords and circles.</summary>
    private static async Task SaveSubscriptionsAsync(DbConnection connection, DbTransaction tx, ChatSettings chat, CancellationToken ct)
    {
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM chat_topics WHERE chat_id = @Id", new { chat.Id }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO chat_topics (chat_id, topic, thread_id) VALUES (@Id, @topic, @thread)",
            chat.Topics.Select(topic => new { chat.Id, topic, thread = chat.TopicThreads.TryGetValue(topic, out var t) ? t : (int?)null }),
            tx,
            cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM chat_keywords WHERE chat_id = @Id", new { chat.Id }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO chat_keywords (chat_id, kind, keyword) VALUES (@Id, @kind, @keyword)",
            chat.Keywords.Select(keyword => new { chat.Id, kind = IncludeKind, keyword })
                .Concat(chat.Excludes.Select(keyword => new { chat.Id, kind = ExcludeKind, keyword })),
            tx,
            cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM chat_circles WHERE chat_id = @Id", new { chat.Id }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO chat_circles (chat_id, seq, name, lat, lon, radius_km) VALUES (@Id, @seq, @Name, @Lat, @Lon, @RadiusKm)",
            chat.Near.Select((c, seq) => new { chat.Id, seq, c.Name, c.Lat, c.Lon, c.RadiusKm }),
            tx,
            cancellationToken: ct));
    }

    /// <summary>Topics, threads, keywords and circles of one chat, or of every chat when <paramref name="chatId"/> is null.</summary>
    private static async Task<Dictionary<long, Subscriptions>> LoadSubscriptionsAsync(DbConnection connection, DbTransaction? tx, long? chatId, CancellationToken ct)
    {
        var result = new Dictionary<long, Subscriptions>();
        Subscriptions Of(long id) => result.TryGetValue(id, out var s) ? s : result[id] = new Subscriptions();
        var where = chatId is null ? "" : " WHERE chat_id = @chatId";
        foreach (var (id, topic, thread) in await connection.QueryAsync<(long, string, int?)>(new CommandDefinition(
                     "SELECT chat_id, topic, thread_id FROM chat_topics" + where, new { chatId }, tx, cancellationToken: ct)))
        {
            var s = Of(id);
            s.Topics.Add(topic);
            if (thread is { } t)
                s.Threads[topic] = t;
        }

        foreach (var (id, kind, keyword) in await connection.QueryAsync<(long, string, string)>(new CommandDefinition(
                     "SELECT chat_id, kind, keyword FROM chat_keywords" + where, new { chatId }, tx, cancellationToken: ct)))
            (kind == ExcludeKind ? Of(id).Excludes : Of(id).Keywords).Add(keyword);
        foreach (var (id, name, lat, lon, radius) in await connection.QueryAsync<(long, string, double, double, double)>(new CommandDefinition(
                     "SELECT chat_id, name, lat, lon, radius_km FROM chat_circles" + where + " ORDER BY chat_id, seq", new { chatId }, tx, cancellationToken: ct)))
            Of(id).Near.Add(new NearCircle(name, lat, lon, radius));
        return result;
    }

    private static ChatSettings WithSubscriptions(ChatSettings chat, Dictionary<long, Subscriptions> all) =>
        all.TryGetValue(chat.Id, out var s)
            ? chat with { Topics = s.Topics, TopicThreads = s.Threads, Keywords = s.Keywords, Excludes = s.Excludes, Near = s.Near }
            : chat with { Topics = new HashSet<string>(StringComparer.Ordinal) };

    private sealed class Subscriptions
    {
        public HashSet<string> Topics { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Threads { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Keywords { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Excludes { get; } = new(StringComparer.Ordinal);
        public List<NearCircle> Near { get; } = [];
    }
}
