using System.Data.Common;
using AlertBot.Core.Route;
using Dapper;

namespace AlertBot.Storage;

// A chat's row as Dapper reads it, and its subscriptions: topics (with forum threads), keywords and circles.

internal sealed class ChatRow
{
    public long Id { get; set; }
    public string Type { get; set; } = "";
    public string Title { get; set; } = "";
    public bool Enabled { get; set; }
    public string? DisabledReason { get; set; }
    public string Mode { get; set; } = "instant";
    public string? DigestTime { get; set; }
    public string TimeZone { get; set; } = "Etc/UTC";
    public string? QuietStart { get; set; }
    public string? QuietEnd { get; set; }
    public string QuietPolicy { get; set; } = "hold";
    public string? AlertFormat { get; set; }

    public ChatSettings ToSettings(IEnumerable<string> topics) => new()
    {
        Id = Id,
        Kind = Enum.Parse<ChatKind>(Type, ignoreCase: true),
        Title = Title,
        Enabled = Enabled,
        DisabledReason = DisabledReason,
        Mode = Enum.Parse<DeliveryMode>(Mode, ignoreCase: true),
        DigestAt = DigestTime is null ? null : TimeOnly.ParseExact(DigestTime, "HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        TimeZone = TimeZone,
        Quiet = QuietStart is null || QuietEnd is null
            ? null
            : new QuietHours(
                TimeOnly.ParseExact(QuietStart, "HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                TimeOnly.ParseExact(QuietEnd, "HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                Enum.Parse<Core.Route.QuietPolicy>(QuietPolicy, ignoreCase: true)),
        Topics = topics.ToHashSet(StringComparer.Ordinal),
        Format = Enum.TryParse<Core.Route.AlertFormat>(AlertFormat, ignoreCase: true, out var format) ? format : null,
    };

    public static object Parameters(ChatSettings c, long now) => new
    {
        c.Id,
        Type = c.Kind.ToString().ToLowerInvariant(),
        c.Title,
        c.Enabled,
        c.DisabledReason,
        Mode = c.Mode.ToString().ToLowerInvariant(),
        DigestTime = c.DigestAt?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        c.TimeZone,
        QuietStart = c.Quiet?.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        QuietEnd = c.Quiet?.End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        QuietPolicy = (c.Quiet?.Policy ?? Core.Route.QuietPolicy.Hold).ToString().ToLowerInvariant(),
        AlertFormat = c.Format?.ToString().ToLowerInvariant(),
        Now = now,
    };
}

internal static class ChatSubscriptions
{
    private const string IncludeKind = "include";
    private const string ExcludeKind = "exclude";

    /// <summary>Replaces the chat's topics (with their forum threads), keywords and circles.</summary>
    public static async Task SaveAsync(DbConnection connection, DbTransaction tx, ChatSettings chat, CancellationToken ct)
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
    public static async Task<Dictionary<long, Subscriptions>> LoadAsync(DbConnection connection, DbTransaction? tx, long? chatId, CancellationToken ct)
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

    public static ChatSettings With(ChatSettings chat, Dictionary<long, Subscriptions> all) =>
        all.TryGetValue(chat.Id, out var s)
            ? chat with { Topics = s.Topics, TopicThreads = s.Threads, Keywords = s.Keywords, Excludes = s.Excludes, Near = s.Near }
            : chat with { Topics = new HashSet<string>(StringComparer.Ordinal) };

    internal sealed class Subscriptions
    {
        public HashSet<string> Topics { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Threads { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Keywords { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Excludes { get; } = new(StringComparer.Ordinal);
        public List<NearCircle> Near { get; } = [];
    }
}
