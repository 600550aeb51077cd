using System.Globalization;
using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.Telegram.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace AlertBot.Telegram.MiniApp;

/// <summary>A chat the user may configure on the page.</summary>
public sealed record ChatEntry(long Id, string Title, string Type);

/// <summary>Quiet hours on the page: <c>HH:MM</c> to <c>HH:MM</c> in the chat's zone, held or sent silently.</summary>
public sealed record QuietDocument(string From, string To, bool Silent);

/// <summary>One of a chat's circles on the page: alerts within <paramref name="RadiusKm"/> km of the place.</summary>
public sealed record NearDocument(string Place, double RadiusKm);

/// <summary>
/// A chat's settings as the page's API shows and takes them (<c>GET|PUT /app/api/chats/{id}/settings</c>). In a PUT a
/// missing (null) list, mode, zone or format leaves that setting as it is; <see cref="Quiet"/> null turns quiet hours off.
/// </summary>
public sealed record SettingsDocument(
    IReadOnlyList<string>? Topics,
    IReadOnlyList<string>? Keywords,
    IReadOnlyList<string>? Excludes,
    string? Mode,
    string? DigestTime,
    string? TimeZone,
    QuietDocument? Quiet,
    string? Format,
    IReadOnlyList<NearDocument>? Near = null);

/// <summary>A topic found by the page's search box.</summary>
public sealed record TopicEntry(string Topic, string Label);

/// <summary>An IANA zone with its UTC offset now ("+02:00").</summary>
public sealed record ZoneEntry(string Id, string Offset);

/// <summary>Whether the user may see and change a chat on the page.</summary>
public enum PageAccess
{
    Allowed,

    /// <summary>Not an admin there (or not any more), or the bot is not in that chat: 403.</summary>
    Refused,

    /// <summary>Telegram could not be asked just now: 503, try again.</summary>
    RightsUnknown,
}

/// <summary>
/// What the settings page does, under the bot commands' rules: the chats a user may configure (the rule of
/// /channels), rights asked of Telegram before every read and change (<see cref="ChatAdmins"/>), a change checked and
/// stored by <see cref="ChatSettingsService"/> (the commands' topic, zone and time parsing), the last alerts as
/// /status lists them. HTTP lives in the host; nothing here knows about it.
/// </summary>
public sealed class SettingsPage
{
    private const int MaxTopicResults = 20;
    private const int MaxZoneResults = 30;

    private readonly ChatStore _chats;
    private readonly ChatSettingsService _settings;
    private readonly TopicDirectory _topics;
    private readonly SettingsCommands _commands;
    private readonly ChatAdmins _admins;
    private readonly TimeProvider _time;

    public SettingsPage(ITelegramBotClient bot, ChatStore chats, ChatSettingsService settings, TopicDirectory topics, Outbox outbox, StoryStore stories,
        TimeProvider time, IOptions<TelegramOptions> telegram, ILogger<SettingsPage> logger)
    {
        _chats = chats;
        _settings = settings;
        _topics = topics;
        _time = time;
        _commands = new SettingsCommands(topics, outbox, stories, telegram);
        _admins = new ChatAdmins(bot, logger);
    }

    /// <summary>The user's private chat with the bot, then the groups and channels /channels would list.</summary>
    public async Task<IReadOnlyList<ChatEntry>> ChatsAsync(MiniAppUser user, CancellationToken ct)
    {
        var list = new List<ChatEntry> { new(user.Id, "Private chat with the bot", "private") };
        foreach (var chat in await _admins.ConfigurableChatsAsync(_chats, user.Id, ct))
            list.Add(new ChatEntry(chat.Id, chat.Title, chat.Kind.ToString().ToLowerInvariant()));
        return list;
    }

    /// <summary>
    /// The chat, when the user may configure it: their own private chat (a new one if they never wrote to the bot), or
    /// a group or channel the bot is in where Telegram says they are an admin right now (getChatMember).
    /// </summary>
    public async Task<(ChatSettings? Chat, PageAccess Access)> OpenAsync(long chatId, MiniAppUser user, CancellationToken ct)
    {
        var stored = await _chats.GetChatAsync(chatId, ct);
        if (chatId == user.Id)
            return (stored ?? new ChatSettings { Id = user.Id, Kind = ChatKind.Private, Title = user.DisplayName }, PageAccess.Allowed);
        if (stored is not { Enabled: true, IsPrivate: false })
            return (null, PageAccess.Refused);
        return await _admins.CheckUserAsync(chatId, user.Id, ct) switch
        {
            AdminCheck.Admin => (stored, PageAccess.Allowed),
            AdminCheck.Unknown => (null, PageAccess.RightsUnknown),
            _ => (null, PageAccess.Refused),
        };
    }

    public SettingsDocument Show(ChatSettings chat) => new(
        [.. chat.Topics.Order(StringComparer.Ordinal)],
        [.. chat.Keywords.Order(StringComparer.Ordinal)],
        [.. chat.Excludes.Order(StringComparer.Ordinal)],
        chat.Mode == DeliveryMode.Digest ? "digest" : "instant",
        chat.DigestAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        chat.TimeZone,
        chat.Quiet is { } q ? new QuietDocument(q.Start.ToString("HH:mm", CultureInfo.InvariantCulture), q.End.ToString("HH:mm", CultureInfo.InvariantCulture), q.Policy == QuietPolicy.Silent) : null,
        _commands.FormatName(chat),
        [.. chat.Near.Select(c => new NearDocument(c.Name, c.RadiusKm))]);

    /// <summary>Every problem of the document for this chat (none: <see cref="SaveAsync"/> stores it).</summary>
    public IReadOnlyList<SettingsProblem> Check(ChatSettings chat, SettingsDocument wanted) => _settings.Validate(chat, Change(wanted));

    /// <summary>Stores the document as the chat's settings (all or nothing) and answers what was saved, or every problem.</summary>
    public async Task<(SettingsDocument? Saved, IReadOnlyList<SettingsProblem> Problems)> SaveAsync(ChatSettings chat, SettingsDocument wanted, CancellationToken ct)
    {
        var (saved, problems) = await _settings.ApplyAsync(chat, Change(wanted), ct);
        return (saved is null ? null : Show(saved), problems);
    }

    /// <summary>The topics the search box offers: matches of the query, or with none the operator's catalogue, "all", then countries and regions.</summary>
    public IReadOnlyList<TopicEntry> Topics(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [.. _topics.Catalog.Select(t => new TopicEntry(t, Describe(t)))
                .Append(new TopicEntry(ChatSettings.AllTopics, "all — every alert"))
                .Concat(_topics.All.Where(t => !_topics.Catalog.Contains(t)).Order(StringComparer.Ordinal).Select(t => new TopicEntry(t, t)))];
        }

        var trimmed = query.Trim();
        if (trimmed.Length > 100)
            trimmed = trimmed[..100];
        return [.. _topics.Search(trimmed, MaxTopicResults).Select(m => new TopicEntry(m.Topic, _topics.Label(m)))];
    }

    /// <summary>IANA zones whose name holds the query (as /timezone takes them), each with its offset now.</summary>
    public IReadOnlyList<ZoneEntry> Zones(string? query)
    {
        var now = _time.GetUtcNow();
        var q = (query ?? "").Trim().Replace(' ', '_');
        return [.. TimeZoneInfo.GetSystemTimeZones()
            .Where(z => SettingsCommands.IsIanaZone(z.Id, out _) && z.Id.Contains(q, StringComparison.OrdinalIgnoreCase))
            .OrderBy(z => z.Id.StartsWith(q, StringComparison.OrdinalIgnoreCase) || z.Id.Contains("/" + q, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(z => z.Id, StringComparer.Ordinal)
            .Take(MaxZoneResults)
            .Select(z => new ZoneEntry(z.Id, Offset(z.GetUtcOffset(now))))];
    }

    /// <summary>The chat's last alerts, as /status lists them.</summary>
    public Task<IReadOnlyList<SentAlertLine>> LastAlertsAsync(long chatId, CancellationToken ct) => _commands.LastAlertsAsync(chatId, 10, ct);

    /// <summary>The document as a change under the commands' rules (quiet hours in /quiet's words).</summary>
    internal static SettingsChange Change(SettingsDocument d) => new()
    {
        Topics = d.Topics,
        Keywords = d.Keywords,
        Excludes = d.Excludes,
        Mode = d.Mode,
        DigestTime = d.DigestTime,
        TimeZone = d.TimeZone,
        Quiet = d.Quiet is { } q ? $"{q.From}-{q.To}{(q.Silent ? " silent" : "")}" : "off",
        Format = d.Format,
        Near = d.Near?.Select(n => new NearWish(n.Place, n.RadiusKm)).ToList(),
    };

    private string Describe(string topic) => _topics.Describe(topic) is { Length: > 0 } d ? $"{topic} — {d}" : topic;

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
