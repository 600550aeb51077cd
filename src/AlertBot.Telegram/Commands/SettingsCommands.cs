using System.Globalization;
using System.Text;
using System.Text.Json;
using AlertBot.Core.Render;
using AlertBot.Core.Route;
using AlertBot.Storage;
using Microsoft.Extensions.Options;
using AlertBot.Telegram.MiniApp;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace AlertBot.Telegram.Commands;

/// <summary>One alert a chat got: when it was sent and its headline (plain text).</summary>
public sealed record SentAlertLine(DateTimeOffset? Sent, string Headline);

/// <summary>
/// What the settings commands do to a chat's settings, and the text they answer: each a pure function of the chat's
/// settings and the command's words (no Telegram call, nothing stored), so the same rules serve the bot's commands
/// and the settings page (<see cref="ChatSettingsService"/>). The caller checks rights, stores and replies.
/// </summary>
public sealed class SettingsCommands(
    TopicDirectory topics,
    Outbox outbox,
    StoryStore stories,
    IOptions<TelegramOptions>? options = null,
    IOptions<MiniAppOptions>? miniApp = null,
    Func<CancellationToken, Task<string?>>? botUsername = null)
{
    /// <summary>The /start parameter of the link that opens the settings page from a group or channel ("settings_-100123").</summary>
    internal const string SettingsStartPrefix = "settings";

    /// <summary>
    /// /settings: the settings page. In a private chat a web_app button opens it (for the chat chosen with /use, if
    /// any); Telegram allows web_app buttons only there, so a group or channel gets a t.me link that opens a private
    /// chat with the bot, whose /start answers with the button.
    /// </summary>
    internal async Task<(ChatSettings, string, string?)> SettingsAsync(ChatSettings chat, bool targeted, CancellationToken ct)
    {
        if (miniApp?.Value is not { Enabled: true } app)
            return (chat, "The settings page is not set up for this bot. /help lists the commands that configure alerts.", null);
        var id = chat.Id.ToString(CultureInfo.InvariantCulture);
        if (chat.IsPrivate || targeted)
        {
            var button = InlineKeyboardButton.WithWebApp("⚙️ Open settings", new WebAppInfo { Url = app.PageUrl(targeted ? "chat=" + id : null)! });
            return (chat, "Topics, keywords, digest time, time zone and quiet hours, on one page:", JsonSerializer.Serialize(new InlineKeyboardMarkup(button), JsonBotAPI.Options));
        }

        var username = botUsername is null ? null : await botUsername(ct);
        if (string.IsNullOrEmpty(username))
            return (chat, "Open a private chat with me and send /settings: the settings page opens there.", null);
        var link = $"https://t.me/{username}?start={SettingsStartPrefix}_{id}";
        var text = $"The settings page opens in a private chat with me: <a href=\"{TelegramHtml.Escape(link)}\">open the settings of this chat</a> (admins only).";
        // Every reader of a channel sees its buttons; the link in the text is enough there.
        return chat.Kind == ChatKind.Channel
            ? (chat, text, null)
            : (chat, text, JsonSerializer.Serialize(new InlineKeyboardMarkup(InlineKeyboardButton.WithUrl("Open settings privately", link)), JsonBotAPI.Options));
    }

    /// <summary>/start settings_&lt;chat id&gt; (from the link /settings posts in a group): the web_app button for that chat.</summary>
    internal async Task<(ChatSettings, string, string?)?> StartSettingsAsync(ChatSettings chat, string[] args, CancellationToken ct)
    {
        if (args is not [var parameter] || !parameter.StartsWith(SettingsStartPrefix, StringComparison.Ordinal))
            return null;
        var (_, text, markup) = await SettingsAsync(chat, targeted: false, ct);
        if (markup is not null && parameter.Length > SettingsStartPrefix.Length + 1
            && long.TryParse(parameter.AsSpan(SettingsStartPrefix.Length + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var target)
            && miniApp!.Value.PageUrl("chat=" + target.ToString(CultureInfo.InvariantCulture)) is { } url)
        {
            // The page opens on that chat; it checks the user's rights there itself.
            markup = JsonSerializer.Serialize(new InlineKeyboardMarkup(InlineKeyboardButton.WithWebApp("⚙️ Open settings", new WebAppInfo { Url = url })), JsonBotAPI.Options);
        }

        return (chat, text, markup);
    }

    internal (ChatSettings, string, string?) Start(ChatSettings chat)
    {
        var started = chat.Topics.Count == 0 ? chat with { Topics = new HashSet<string> { ChatSettings.AllTopics } } : chat;
        return (started, "Welcome to <b>AlertBot</b>. You will get every flash alert as it happens, with its key times in UTC.\nNarrow it down with /topics, or see /help.", TopicKeyboardJson(started, targeted: false));
    }

    internal (ChatSettings, string, string?) Subscribe(ChatSettings chat, string[] args, bool add, int? thread)
    {
        var verb = add ? "subscribe" : "unsubscribe";
        if (args.Length == 0)
            return (chat, $"Usage: /{verb} &lt;topic|all&gt;, e.g. <code>/{verb} ukraine</code>. /topics lists them.", null);
        var set = chat.Topics.ToHashSet(StringComparer.Ordinal);
        var threads = chat.TopicThreads.ToDictionary(StringComparer.Ordinal);
        var unknown = new List<string>();
        var named = new List<string>();
        foreach (var (typed, canonical) in TopicWords(args))
        {
            // A topic the chat follows can always be dropped, even one the operator has since removed.
            var topic = !add && set.Contains(typed) ? typed : canonical;
            if (topic is null || !topics.IsKnown(topic))
            {
                unknown.Add(typed);
                continue;
            }

            named.Add(topic);

            if (!add && topic == ChatSettings.AllTopics)
            {
                set.Clear();
                threads.Clear();
            }
            else if (add)
            {
                set.Add(topic);
                // Sent inside a forum thread: this topic's alerts go to that thread; sent in the main chat: back to it.
                SetThread(threads, topic, thread);
            }
            else
            {
                set.Remove(topic);
                threads.Remove(topic);
            }
        }

        var sb = new StringBuilder();
        if (unknown.Count > 0)
        {
            sb.Append("Unknown topic ").Append(TelegramHtml.Escape(string.Join(", ", unknown))).Append('.');
            var suggestions = unknown.SelectMany(topics.Suggest).Distinct().ToList();
            if (suggestions.Count > 0)
                sb.Append(" Did you mean ").Append(TelegramHtml.Escape(string.Join(", ", suggestions))).Append('?');
            sb.Append(" /topics lists them.\n");
        }

        sb.Append("Now following: ").Append(set.Count == 0 ? "nothing" : TelegramHtml.Escape(string.Join(", ", set.Order(StringComparer.Ordinal)))).Append('.');
        if (add && thread is not null && named.Any(set.Contains))
            sb.Append(" Alerts of these topics go to this thread.");
        // A place topic is one of possibly several places of that name: say which, so "/subscribe mal" is no surprise.
        foreach (var topic in add ? named.Distinct(StringComparer.Ordinal) : [])
        {
            if (topics.PlaceLabel(topic) is { } label)
                sb.Append('\n').Append(TelegramHtml.Escape(label));
        }
        return (chat with { Topics = set, TopicThreads = threads }, sb.ToString(), null);
    }

    /// <summary>
    /// The topics a person typed: comma-separated, or space-separated where the words name no place together, so
    /// "ukraine sahel" is two topics and "north kivu, red sea" two places. Each as typed (lower case) and as the
    /// topic it stands for, or null.
    /// </summary>
    internal List<(string Typed, string? Canonical)> TopicWords(string[] args)
    {
        const int MaxWords = 4; // "gulf of aden", "sea of azov"
        var result = new List<(string, string?)>();
        foreach (var group in string.Join(' ', args).ToLowerInvariant().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = group.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length;)
            {
                var taken = 1;
                string? canonical = null;
                for (var n = Math.Min(MaxWords, words.Length - i); n > 1; n--)
                {
                    if (topics.Canonical(string.Join(' ', words[i..(i + n)])) is { } joined)
                    {
                        (taken, canonical) = (n, joined);
                        break;
                    }
                }

                canonical ??= topics.Canonical(words[i]);
                result.Add((string.Join(' ', words[i..(i + taken)]), canonical));
                i += taken;
            }
        }

        return result;
    }

    internal static (ChatSettings, string, string?) Stop(ChatSettings chat) =>
        (chat with { Topics = new HashSet<string>(), TopicThreads = new Dictionary<string, int>(), Keywords = new HashSet<string>(), Near = [] },
            "Stopped: no more alerts. /start to begin again.", null);

    internal static (ChatSettings, string, string?) Mode(ChatSettings chat, string[] args)
    {
        if (args is ["instant"])
            return (chat with { Mode = DeliveryMode.Instant }, "Mode: instant — each alert as it happens.", null);
        if (args is ["digest", var at] && TryTime(at, out var time))
        {
            return (chat with { Mode = DeliveryMode.Digest, DigestAt = time },
                $"Mode: digest — one message a day at {time:HH\\:mm} ({TelegramHtml.Escape(chat.TimeZone)}).", null);
        }

        return (chat, "Usage: /mode instant, or /mode digest HH:MM (e.g. <code>/mode digest 07:30</code>).", null);
    }

    /// <summary>/format rich|classic: this chat's alert format; /format alone says which one it gets.</summary>
    internal (ChatSettings, string, string?) Format(ChatSettings chat, string[] args)
    {
        const string usage = "Usage: <code>/format rich</code> (a table of key times in each reader's own time, a map, the source lines folded) or <code>/format classic</code> (a text message with a link preview).";
        if (args.Length == 0)
            return (chat, $"Alert format: {FormatName(chat)}.\n{usage}", null);
        AlertFormat? format = args.Length == 1 ? args[0].ToLowerInvariant() switch
        {
            "rich" => AlertFormat.Rich,
            "classic" or "html" => AlertFormat.Html,
            _ => null,
        } : null;
        if (format is null)
            return (chat, usage, null);
        var updated = chat with { Format = format };
        return (updated, $"Alert format: {FormatName(updated)}.", null);
    }

    internal string FormatName(ChatSettings chat) => (chat.Format ?? options?.Value.AlertFormat ?? AlertFormat.Rich) == AlertFormat.Rich ? "rich" : "classic";

    internal static (ChatSettings, string, string?) TimeZone(ChatSettings chat, string[] args)
    {
        if (args.Length == 1 && IsIanaZone(args[0], out var zone))
            return (chat with { TimeZone = zone }, $"Time zone: {TelegramHtml.Escape(zone)}. Key times show in UTC and in this zone.", null);
        return (chat, "Usage: /timezone &lt;IANA zone&gt;, e.g. <code>/timezone Europe/Kyiv</code> or <code>/timezone America/New_York</code>.", null);
    }

    internal static (ChatSettings, string, string?) Quiet(ChatSettings chat, string[] args)
    {
        if (args is ["off"])
            return (chat with { Quiet = null }, "Quiet hours off.", null);
        if (args.Length is 1 or 2 && args[0].Split('-') is [var from, var to] && TryTime(from, out var start) && TryTime(to, out var end) && start != end)
        {
            var policy = args.Length == 2 && args[1] == "silent" ? QuietPolicy.Silent : QuietPolicy.Hold;
            var what = policy == QuietPolicy.Silent ? "sent silently" : "held until the end";
            return (chat with { Quiet = new QuietHours(start, end, policy) },
                $"Quiet hours {start:HH\\:mm}–{end:HH\\:mm} ({TelegramHtml.Escape(chat.TimeZone)}): alerts are {what}.", null);
        }

        return (chat, "Usage: /quiet HH:MM-HH:MM [silent], e.g. <code>/quiet 23:00-07:00</code>, or /quiet off.", null);
    }

    internal async Task<string> StatusAsync(ChatSettings chat, CancellationToken ct)
    {
        var sb = new StringBuilder("<b>This chat gets</b>\n");
        sb.Append("Topics: ").Append(chat.Topics.Count == 0 ? "none (/subscribe all)" : TelegramHtml.Escape(string.Join(", ", chat.Topics.Order(StringComparer.Ordinal)
            .Select(t => chat.TopicThreads.TryGetValue(t, out var thread) ? $"{t} (thread {thread})" : t)))).Append('\n');
        if (chat.Keywords.Count > 0)
            sb.Append("Keywords: ").Append(TelegramHtml.Escape(string.Join(", ", chat.Keywords.Order(StringComparer.Ordinal)))).Append('\n');
        if (chat.Excludes.Count > 0)
            sb.Append("Excluded: ").Append(TelegramHtml.Escape(string.Join(", ", chat.Excludes.Order(StringComparer.Ordinal)))).Append('\n');
        if (chat.Near.Count > 0)
            sb.Append(NearCommand.NearList(chat.Near)).Append('\n');
        sb.Append("Mode: ").Append(chat.Mode == DeliveryMode.Instant ? "instant" : $"digest at {chat.DigestAt:HH\\:mm}").Append('\n');
        sb.Append("Time zone: ").Append(TelegramHtml.Escape(chat.TimeZone)).Append('\n');
        sb.Append("Format: ").Append(FormatName(chat)).Append('\n');
        sb.Append("Quiet hours: ").Append(chat.Quiet is { } q ? $"{q.Start:HH\\:mm}–{q.End:HH\\:mm} ({q.Policy.ToString().ToLowerInvariant()})" : "off");
        var alerts = await LastAlertsAsync(chat.Id, 5, ct);
        if (alerts.Count > 0)
        {
            sb.Append("\n\n<b>Last alerts</b>");
            foreach (var alert in alerts)
            {
                sb.Append("\n• ");
                if (alert.Sent is { } sent)
                {
                    var utc = sent.UtcDateTime.ToString("d MMM HH:mm", CultureInfo.InvariantCulture) + " UTC";
                    sb.Append(utc).Append(" (").Append(TelegramHtml.Time(sent, TelegramHtml.DateTime, utc)).Append(')');
                }

                sb.Append(" — ").Append(TelegramHtml.Escape(alert.Headline));
            }
        }

        return sb.ToString();
    }

    /// <summary>The chat's last alerts sent, newest first (what /status lists and the settings page shows).</summary>
    public async Task<IReadOnlyList<SentAlertLine>> LastAlertsAsync(long chatId, int max, CancellationToken ct)
    {
        var recent = await outbox.GetDeliveriesAsync(DeliveryStates.Sent, chatId, 4 * max, ct);
        var lines = new List<SentAlertLine>();
        foreach (var d in recent.Where(d => d.ArticleId is not null))
        {
            if (lines.Count == max)
                break;
            if (await stories.GetArticleAsync(d.ArticleId!.Value, ct) is { } article)
                lines.Add(new SentAlertLine(d.Sent, article.Understanding.Headline));
        }

        return lines;
    }

    internal string TopicsText(ChatSettings chat)
    {
        var sb = new StringBuilder("<b>Topics</b> (tap to follow or stop; <code>/subscribe all</code> for everything)\n");
        foreach (var name in topics.Catalog)
            sb.Append(chat.Topics.Contains(name) ? "✅ " : "▫️ ").Append(TelegramHtml.Escape(name)).Append(" — ").Append(TelegramHtml.Escape(topics.Describe(name))).Append('\n');
        sb.Append("\nCountries and regions: ").Append(TelegramHtml.Escape(string.Join(", ", topics.All.Where(t => !topics.Catalog.Contains(t)))));
        sb.Append("\n\nAny town, region or sea is a topic too: <code>/topics kivu</code> finds <code>north-kivu</code>.");
        return sb.ToString();
    }

    /// <summary>/topics &lt;query&gt;: the topics and places whose names hold it, with what each is.</summary>
    internal string TopicSearchText(ChatSettings chat, string query)
    {
        var found = topics.Search(query);
        if (found.Count == 0)
        {
            var suggestions = topics.Suggest(Core.Understand.Places.Slug(query)).ToList();
            return $"No topic or place matches “{TelegramHtml.Escape(query)}”."
                   + (suggestions.Count > 0 ? $" Did you mean {TelegramHtml.Escape(string.Join(", ", suggestions))}?" : "")
                   + " /topics lists the countries and regions.";
        }

        var sb = new StringBuilder($"<b>Topics matching “{TelegramHtml.Escape(query)}”</b>\n");
        foreach (var match in found)
            sb.Append(chat.Topics.Contains(match.Topic) ? "✅ " : "▫️ ").Append(TelegramHtml.Escape(topics.Label(match))).Append('\n');
        sb.Append("\nFollow one with <code>/subscribe ").Append(TelegramHtml.Escape(found[0].Topic)).Append("</code>.");
        return sb.ToString();
    }

    /// <summary>Toggle buttons; shown in a private chat for a chosen channel, each button names that channel.</summary>
    internal string? TopicKeyboardJson(ChatSettings chat, bool targeted) =>
        TopicKeyboard(chat, targeted) is { } markup ? JsonSerializer.Serialize(markup, JsonBotAPI.Options) : null;

    internal InlineKeyboardMarkup? TopicKeyboard(ChatSettings chat, bool targeted)
    {
        var names = (topics.Catalog.Count > 0 ? topics.Catalog : topics.All.Take(12)).Append(ChatSettings.AllTopics);
        var buttons = names
            .Select(n => (Name: n, Data: CommandHandler.TopicButtonData(n, targeted ? chat.Id : null)))
            .Where(b => Encoding.UTF8.GetByteCount(b.Data) <= 64) // Telegram's limit on callback data
            .Select(b => InlineKeyboardButton.WithCallbackData((chat.Topics.Contains(b.Name) ? "✅ " : "") + b.Name, b.Data))
            .Chunk(3)
            .ToList();
        return buttons.Count == 0 ? null : new InlineKeyboardMarkup(buttons);
    }


    internal const int MaxKeywords = 30;
    internal const int MaxKeywordLength = 64;

    internal static (ChatSettings, string, string?) Keywords(ChatSettings chat, string[] args, bool exclude)
    {
        var name = exclude ? "exclude" : "keywords";
        var label = exclude ? "Excluded words" : "Keywords";
        var set = (exclude ? chat.Excludes : chat.Keywords).ToHashSet(StringComparer.Ordinal);
        var usage = $"Usage: /{name} add &lt;word, phrase…&gt;, /{name} remove &lt;word…&gt;, /{name} clear.";
        if (args.Length == 0)
            return (chat, $"{label}: {List(set)}. {usage}", null);

        // Words and phrases are separated by commas: "/keywords add drone strike, wagner" adds two.
        var words = string.Join(' ', args[1..])
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => string.Join(' ', w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        switch (args[0].ToLowerInvariant())
        {
            case "clear":
                set.Clear();
                break;
            case "add" when words.Count > 0:
                if (words.FirstOrDefault(w => !IsUsableWord(w)) is { } bad)
                    return (chat, $"“{TelegramHtml.Escape(bad)}” is not a usable word: 2 to {MaxKeywordLength} characters with a letter or digit.", null);
                set.UnionWith(words);
                if (set.Count > MaxKeywords)
                    return (chat, $"At most {MaxKeywords} {label.ToLowerInvariant()} per chat; /{name} remove some first.", null);
                break;
            case "remove" when words.Count > 0:
                set.ExceptWith(words);
                break;
            default:
                return (chat, usage, null);
        }

        var updated = exclude ? chat with { Excludes = set } : chat with { Keywords = set };
        var meaning = exclude
            ? "alerts that mention any of them are never sent here."
            : "alerts that mention any of them are sent here, whatever their topics.";
        return (updated, set.Count == 0 ? $"{label}: none." : $"{label}: {List(set)} — {meaning}", null);
    }

    /// <summary>A keyword or excluded word: 2 to <see cref="MaxKeywordLength"/> characters with a letter or digit.</summary>
    internal static bool IsUsableWord(string word) => word.Length >= 2 && word.Length <= MaxKeywordLength && word.Any(char.IsLetterOrDigit);

    internal static string List(IEnumerable<string> words)
    {
        var list = words.Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "none" : TelegramHtml.Escape(string.Join(", ", list));
    }

    /// <summary>Sent inside a forum thread: the topic's alerts go to that thread; sent in the main chat: back to it.</summary>
    internal static void SetThread(Dictionary<string, int> threads, string topic, int? thread)
    {
        if (thread is { } t)
            threads[topic] = t;
        else
            threads.Remove(topic);
    }

    public static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool IsIanaZone(string name, out string zone)
    {
        zone = name;
        if (name.Equals("UTC", StringComparison.OrdinalIgnoreCase))
        {
            zone = "Etc/UTC";
            return true;
        }

        return name.Contains('/', StringComparison.Ordinal)
               && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var tz)
               && tz.HasIanaId
               && (zone = tz.Id) is not null;
    }
}
