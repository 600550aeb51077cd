using AlertBot.Core.Route;
using AlertBot.Storage;

namespace AlertBot.Telegram.Commands;

/// <summary>
/// A change of a chat's settings as a settings page sends it (the Mini App's <c>PUT chats/{id}/settings</c>): each
/// field null leaves that setting as it is.
/// </summary>
public sealed record SettingsChange
{
    public IReadOnlyList<string>? Topics { get; init; }
    public IReadOnlyList<string>? Keywords { get; init; }
    public IReadOnlyList<string>? Excludes { get; init; }

    /// <summary><c>instant</c> or <c>digest</c> (with <see cref="DigestTime"/>, or the chat's digest time).</summary>
    public string? Mode { get; init; }

    /// <summary><c>HH:MM</c>, in the chat's time zone.</summary>
    public string? DigestTime { get; init; }

    /// <summary>An IANA zone, or <c>UTC</c>.</summary>
    public string? TimeZone { get; init; }

    /// <summary><c>HH:MM-HH:MM</c>, <c>HH:MM-HH:MM silent</c>, or <c>off</c>.</summary>
    public string? Quiet { get; init; }

    /// <summary><c>rich</c> or <c>classic</c>.</summary>
    public string? Format { get; init; }

    /// <summary>
    /// The chat's circles, all of them: a place named as the chat already has it keeps its point (a shared location
    /// too) with the radius given; another name is looked up as /near does.
    /// </summary>
    public IReadOnlyList<NearWish>? Near { get; init; }
}

/// <summary>"Alerts within <paramref name="RadiusKm"/> km of <paramref name="Place"/>", as /near takes it.</summary>
public sealed record NearWish(string Place, double RadiusKm);

/// <summary>What is wrong with one field of a <see cref="SettingsChange"/> (the page answers 400 with all of them).</summary>
public sealed record SettingsProblem(string Field, string Message);

/// <summary>
/// A chat's settings for a settings page, under the same rules as the bot's commands (<see cref="SettingsCommands"/>,
/// <see cref="TopicDirectory"/>): get them, check a change (every problem at once), apply it. Who may change a chat
/// is not checked here: the page asks <see cref="ChatAdmins"/> first, as the commands do.
/// </summary>
public sealed class ChatSettingsService(ChatStore chats, TopicDirectory topics, IEnumerable<IChatSettingsListener> listeners)
{
    public Task<ChatSettings?> GetAsync(long chatId, CancellationToken ct = default) => chats.GetChatAsync(chatId, ct);

    /// <summary>The change applied to <paramref name="chat"/>, or every problem of it; pure (nothing is stored).</summary>
    public (ChatSettings? Chat, IReadOnlyList<SettingsProblem> Problems) Apply(ChatSettings chat, SettingsChange change)
    {
        var problems = new List<SettingsProblem>();
        var updated = chat;
        if (change.Topics is { } wanted)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var typed in wanted)
            {
                if (topics.Canonical(typed.Trim().ToLowerInvariant()) is { } topic && topics.IsKnown(topic))
                    set.Add(topic);
                else
                    problems.Add(new("topics", $"unknown topic '{typed}'"));
            }

            updated = updated with { Topics = set, TopicThreads = chat.TopicThreads.Where(t => set.Contains(t.Key)).ToDictionary(StringComparer.Ordinal) };
        }

        updated = Words(updated, change.Keywords, "keywords", problems, (c, w) => c with { Keywords = w });
        updated = Words(updated, change.Excludes, "excludes", problems, (c, w) => c with { Excludes = w });
        if (change.TimeZone is { } zone)
        {
            if (SettingsCommands.IsIanaZone(zone, out var iana))
                updated = updated with { TimeZone = iana };
            else
                problems.Add(new("timeZone", $"'{zone}' is not an IANA time zone such as Europe/Kyiv"));
        }

        TimeOnly? digestAt = updated.DigestAt;
        if (change.DigestTime is { } at)
        {
            if (SettingsCommands.TryTime(at, out var parsed))
                digestAt = parsed;
            else
                problems.Add(new("digestTime", $"'{at}' is not a time HH:MM"));
        }

        switch (change.Mode)
        {
            case null:
                updated = updated with { DigestAt = digestAt };
                break;
            case "instant":
                updated = updated with { Mode = DeliveryMode.Instant };
                break;
            case "digest" when digestAt is not null:
                updated = updated with { Mode = DeliveryMode.Digest, DigestAt = digestAt };
                break;
            case "digest":
                problems.Add(new("digestTime", "a digest needs its time HH:MM"));
                break;
            default:
                problems.Add(new("mode", $"'{change.Mode}' is neither instant nor digest"));
                break;
        }

        if (change.Quiet is { } quiet)
        {
            if (quiet == "off")
                updated = updated with { Quiet = null };
            else if (quiet.Split(' ') is [var range, .. var rest] && rest is [] or ["silent"] && range.Split('-') is [var from, var to]
                     && SettingsCommands.TryTime(from, out var start) && SettingsCommands.TryTime(to, out var end) && start != end)
                updated = updated with { Quiet = new QuietHours(start, end, rest is ["silent"] ? QuietPolicy.Silent : QuietPolicy.Hold) };
            else
                problems.Add(new("quiet", $"'{quiet}' is not HH:MM-HH:MM, HH:MM-HH:MM silent or off"));
        }

        switch (change.Format)
        {
            case null:
                break;
            case "rich":
                updated = updated with { Format = AlertFormat.Rich };
                break;
            case "classic":
                updated = updated with { Format = AlertFormat.Html };
                break;
            default:
                problems.Add(new("format", $"'{change.Format}' is neither rich nor classic"));
                break;
        }

        if (change.Near is { } near)
            updated = updated with { Near = Circles(chat, near, problems) };

        return problems.Count == 0 ? (updated, problems) : (null, problems);
    }

    /// <summary>The circles wanted, under /near's rules (radius range, at most so many, the place looked up by name).</summary>
    private static List<NearCircle> Circles(ChatSettings chat, IReadOnlyList<NearWish> wanted, List<SettingsProblem> problems)
    {
        var circles = new List<NearCircle>();
        if (wanted.Count > NearCircle.MaxPerChat)
            problems.Add(new("near", $"at most {NearCircle.MaxPerChat} places per chat"));
        foreach (var wish in wanted.Take(NearCircle.MaxPerChat))
        {
            var name = (wish.Place ?? "").Trim();
            if (wish.RadiusKm is < NearCircle.MinRadiusKm or > NearCircle.MaxRadiusKm || double.IsNaN(wish.RadiusKm))
            {
                problems.Add(new("near", $"the radius of '{name}' must be between {NearCommand.Km(NearCircle.MinRadiusKm)} and {NearCommand.Km(NearCircle.MaxRadiusKm)}"));
                continue;
            }

            if (chat.Near.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) is { } kept)
                circles.Add(kept with { RadiusKm = wish.RadiusKm });
            else if (name.Length > 0 && name.Length <= 200 && NearCommand.PointOf(name) is { } place)
                circles.Add(new NearCircle(NearCommand.CircleName(place), place.Lat, place.Lon, wish.RadiusKm));
            else
                problems.Add(new("near", $"unknown place '{name}'" + (name.Length is > 0 and <= 200 && TopicDirectory.PlaceSuggestions(name, 3) is { Count: > 0 } s ? $"; did you mean {string.Join(", ", s)}?" : "")));
        }

        // The same place twice is one circle: the last radius wins, as naming a place again with /near does.
        return [.. circles.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Select(g => g.Last())];
    }

    /// <summary>Every problem of the change for this chat; none means <see cref="ApplyAsync"/> will store it.</summary>
    public IReadOnlyList<SettingsProblem> Validate(ChatSettings chat, SettingsChange change) => Apply(chat, change).Problems;

    /// <summary>
    /// Applies the change to the stored chat and stores it in one transaction, then tells the listeners (the digest
    /// scheduler moves the chat's trigger), as a command does. Null when the chat is unknown; the problems when the
    /// change has any (then nothing is stored).
    /// </summary>
    public async Task<(ChatSettings? Chat, IReadOnlyList<SettingsProblem> Problems)?> ApplyAsync(long chatId, SettingsChange change, CancellationToken ct = default) =>
        await chats.GetChatAsync(chatId, ct) is { } chat ? await StoreAsync(chat, change, ct) : null;

    /// <summary>
    /// As above, applied to the chat as stored now; <paramref name="chat"/> itself when it is not stored yet (a user
    /// who opens the settings page before ever writing to the bot).
    /// </summary>
    public async Task<(ChatSettings? Chat, IReadOnlyList<SettingsProblem> Problems)> ApplyAsync(ChatSettings chat, SettingsChange change, CancellationToken ct = default) =>
        await StoreAsync(await chats.GetChatAsync(chat.Id, ct) ?? chat, change, ct);

    private async Task<(ChatSettings? Chat, IReadOnlyList<SettingsProblem> Problems)> StoreAsync(ChatSettings chat, SettingsChange change, CancellationToken ct)
    {
        var (updated, problems) = Apply(chat, change);
        if (updated is null)
            return (null, problems);
        await chats.SaveChatAsync(updated, ct);
        foreach (var listener in listeners)
            await listener.ChatChangedAsync(updated, ct);
        return (updated, problems);
    }

    private static ChatSettings Words(ChatSettings chat, IReadOnlyList<string>? words, string field, List<SettingsProblem> problems, Func<ChatSettings, IReadOnlySet<string>, ChatSettings> set)
    {
        if (words is null)
            return chat;
        var normal = words.Select(w => string.Join(' ', w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var bad in normal.Where(w => !SettingsCommands.IsUsableWord(w)))
            problems.Add(new(field, $"'{bad}' is not a usable word: 2 to {SettingsCommands.MaxKeywordLength} characters with a letter or digit"));
        if (normal.Count > SettingsCommands.MaxKeywords)
            problems.Add(new(field, $"at most {SettingsCommands.MaxKeywords} per chat"));
        return set(chat, normal);
    }
}
