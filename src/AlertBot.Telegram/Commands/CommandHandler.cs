using System.Globalization;
using System.Text;
using System.Text.Json;
using AlertBot.Core.Observe;
using AlertBot.Core.Render;
using AlertBot.Core.Route;
using AlertBot.Storage;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace AlertBot.Telegram.Commands;

/// <summary>
/// Turns one Telegram update into an <see cref="UpdateEffect"/>: chat registration, settings changes and
/// replies. Group and channel settings change only for real admins (checked with getChatMember).
/// Unknown commands and bad arguments get a one-line help, never an exception.
/// </summary>
public sealed partial class CommandHandler(
    ITelegramBotClient bot,
    ChatStore chats,
    Outbox outbox,
    StoryStore stories,
    TopicDirectory topics,
    TimeProvider time,
    ILogger<CommandHandler> logger,
    Microsoft.Extensions.Options.IOptions<TelegramOptions>? options = null)
{
    /// <summary>Telegram's stand-in sender for anonymous group admins.</summary>
    private const long GroupAnonymousBot = 1087968824;

    private const string RightsUnknownText = "I could not check your admin rights with Telegram just now, so nothing changed. Please try again in a minute.";

    public const string HelpText =
        """
        <b>AlertBot</b> sends flash news alerts with their key times in UTC.

        /topics — topics you can follow (tap to toggle)
        /subscribe &lt;topic|all&gt; — follow a topic, e.g. <code>/subscribe ukraine</code>
        /unsubscribe &lt;topic|all&gt; — stop following
        /mode instant — each alert at once
        /mode digest HH:MM — one digest a day at that local time
        /timezone &lt;IANA zone&gt; — e.g. <code>/timezone Europe/Kyiv</code>
        /quiet HH:MM-HH:MM [silent] — hold (or silence) alerts overnight; <code>/quiet off</code>
        /keywords add &lt;word, phrase…&gt; — also get alerts that mention these; <code>/keywords remove</code>, <code>/keywords clear</code>
        /exclude add &lt;word, phrase…&gt; — never get alerts that mention these; <code>/exclude remove</code>, <code>/exclude clear</code>
        /near &lt;place&gt; &lt;km&gt; — also get alerts from within that distance, e.g. <code>/near Kharkiv 50</code>; <code>/near</code> lists, <code>/near off</code> clears; or share your location with me
        /format rich|classic — alerts as rich messages (table of key times, map) or as classic text
        /status — what this chat gets
        /stop — stop all alerts
        /channels — channels and groups you admin, to configure from here; <code>/use &lt;id|@name|title&gt;</code>, <code>/use here</code>

        Any town, region or sea is a topic too: <code>/subscribe goma</code>, <code>/subscribe red-sea</code>; <code>/topics kivu</code> searches them.
        In a forum group, <code>/subscribe africa</code> sent inside a topic thread sends Africa alerts to that thread.
        """;

    public async Task<UpdateEffect> HandleAsync(Update update, CancellationToken ct)
    {
        switch (update)
        {
            case { MyChatMember: { } member }:
                return await OnMembershipAsync(member, ct);
            case { CallbackQuery: { } query }:
                return await OnCallbackAsync(update.Id, query, ct);
            case { Message: { Location: { } location, Chat.Type: ChatType.Private } message }:
                return await OnLocationAsync(update.Id, message, location, ct);
            case { Message: { Text: { } text } message } when text.StartsWith('/'):
                return await OnCommandAsync(update.Id, message, text, ct);
            case { ChannelPost: { Text: { } text } post } when text.StartsWith('/'):
                return await OnCommandAsync(update.Id, post, text, ct);
            case { Message: { Chat.Type: ChatType.Private } message }:
                return await ReplyAsync(update.Id, message.Chat, "Send /help to see what I can do.", ct);
            default:
                return UpdateEffect.None;
        }
    }

    private async Task<UpdateEffect> OnMembershipAsync(ChatMemberUpdated member, CancellationToken ct)
    {
        var chat = await LoadOrNewAsync(member.Chat, ct);
        var status = member.NewChatMember.Status;
        if (status is ChatMemberStatus.Left or ChatMemberStatus.Kicked)
        {
            Log.CommandHandled(logger, "my_chat_member", chat.Id, member.From.Id, "bot removed: chat disabled");
            return new UpdateEffect(chat with { Enabled = false, DisabledReason = $"bot {status.ToString().ToLowerInvariant()} by user {member.From.Id}" }, []);
        }

        Log.CommandHandled(logger, "my_chat_member", chat.Id, member.From.Id, "bot added: chat registered");
        var enabled = chat with { Enabled = true, DisabledReason = null };
        if (member.Chat.Type == ChatType.Private)
            return new UpdateEffect(enabled, []);
        var hello = $"Hello, {TelegramHtml.Escape(enabled.Title)}! An admin can choose what this chat gets: /topics, /subscribe all, /help.";
        return new UpdateEffect(enabled, [Reply($"m:{member.Chat.Id}:{member.Date.Ticks}", enabled.Id, hello)]);
    }

    private async Task<UpdateEffect> OnCallbackAsync(int updateId, CallbackQuery query, CancellationToken ct)
    {
        if (query.Message is { } m && query.Data is { } d && d.StartsWith(UseButtonPrefix, StringComparison.Ordinal))
            return await OnUseButtonAsync(updateId, query, m, d, ct);
        if (query.Message is { } nm && query.Data is { } nd && nd.StartsWith(NearButtonPrefix, StringComparison.Ordinal))
            return await OnNearButtonAsync(updateId, query, nm, nd, ct);
        if (query.Message is not { } message || query.Data is not { } data || ParseTopicButton(data) is not var (topic, targetId))
        {
            await AnswerAsync(query, "This button is no longer valid.", ct);
            return UpdateEffect.None;
        }

        ChatSettings chat;
        if (targetId is { } target && target != message.Chat.Id)
        {
            // A keyboard shown in a private chat for a channel chosen with /use: the rights are checked again.
            if (message.Chat.Type != ChatType.Private || await chats.GetChatAsync(target, ct) is not { Enabled: true } selected
                || !await IsUserAdminAsync(target, query.From.Id, ct))
            {
                await AnswerAsync(query, "Only admins of that chat can change its alerts.", ct);
                return UpdateEffect.None;
            }

            chat = selected;
        }
        else
        {
            chat = await LoadOrNewAsync(message.Chat, ct);
            // The tapping user's own rights, whatever the chat: a keyboard is seen by everyone in it, and a
            // callback never comes "from the channel" the way a channel post does.
            var rights = message.Chat.Type == ChatType.Private ? AdminCheck.Admin : await CheckAdminAsync(message.Chat.Id, query.From.Id, ct);
            if (rights != AdminCheck.Admin)
            {
                Log.CommandHandled(logger, "callback", chat.Id, query.From.Id, rights == AdminCheck.Unknown ? "refused: rights unknown" : "refused: not an admin");
                await AnswerAsync(query, rights == AdminCheck.Unknown ? RightsUnknownText : "Only admins of this chat can change its alerts.", ct);
                return UpdateEffect.None;
            }
        }

        if (!topics.IsKnown(topic))
        {
            await AnswerAsync(query, "Unknown topic.", ct);
            return UpdateEffect.None;
        }

        var set = chat.Topics.ToHashSet(StringComparer.Ordinal);
        var threads = chat.TopicThreads.ToDictionary(StringComparer.Ordinal);
        var added = set.Add(topic);
        if (!added)
            set.Remove(topic);
        // Picking a topic on the /start keyboard narrows "everything" down to what was picked.
        var narrowed = added && topic != ChatSettings.AllTopics && set.Remove(ChatSettings.AllTopics);
        SetThread(threads, topic, added ? ThreadOf(message) : null);
        await AnswerAsync(query, added ? (narrowed ? $"Following only {topic} now; tap more to add" : $"Following {topic}") : $"Stopped following {topic}", ct);
        Log.CommandHandled(logger, "callback", chat.Id, query.From.Id, added ? $"+{topic}" : $"-{topic}");
        var updated = chat with { Topics = set, TopicThreads = threads };
        await RedrawKeyboardAsync(message, updated, targeted: targetId is { } t && t != message.Chat.Id, ct);
        return new UpdateEffect(updated, []);
    }

    /// <summary>The tapped keyboard shows the new state (✅ on what is followed), so the admin sees what a tap did.</summary>
    private async Task RedrawKeyboardAsync(Message message, ChatSettings chat, bool targeted, CancellationToken ct)
    {
        if (TopicKeyboard(chat, targeted) is not { } markup)
            return;
        try
        {
            await bot.EditMessageReplyMarkup(message.Chat.Id, message.MessageId, markup, cancellationToken: ct);
        }
        catch (Exception e) when (e is ApiRequestException or RequestException)
        {
            // Cosmetic: the message may be too old to edit or already show this state; the change itself stands.
            Log.CommandHandled(logger, "callback", message.Chat.Id, 0, "keyboard not redrawn: " + Secrets.Redact(e.Message));
        }
    }

    private async Task<UpdateEffect> OnCommandAsync(int updateId, Message message, string text, CancellationToken ct)
    {
        var parsed = Parse(text);
        if (parsed.Mention is { } mention && !await IsMeAsync(mention, ct))
            return UpdateEffect.None; // "/status@OtherBot" in a group is for another bot
        var (command, args) = (parsed.Command, parsed.Args);
        var here = await LoadOrNewAsync(message.Chat, ct);
        var thread = ThreadOf(message);
        var context = new ReplyContext(updateId, here.Id, thread, message.Chat.Type == ChatType.Channel);
        // A command posted in a channel is seen by every subscriber: it is removed once handled.
        var cleanup = message.Chat.Type == ChatType.Channel ? new MessageToDelete(message.Chat.Id, message.MessageId) : null;

        if (command is "channels" or "use")
            return await OnTargetCommandAsync(context, message, here, command, args, ct) with { Cleanup = cleanup };

        var chat = here;
        var scope = "";
        var isReadOnly = command is "help" or "status" or "topics" || (command is "keywords" or "exclude" or "near" or "format" && args.Length == 0);
        if (message.Chat.Type == ChatType.Private && command is not ("start" or "help")
            && await chats.GetCommandTargetAsync(here.Id, ct) is { } targetId)
        {
            // A private chat configuring a channel chosen with /use: the user must still be an admin there.
            var target = await chats.GetChatAsync(targetId, ct);
            if (target is not { Enabled: true })
            {
                Log.CommandHandled(logger, command, targetId, message.From?.Id, "refused: selected chat gone");
                return new UpdateEffect(here, [Reply(context, "I am no longer in the chat you chose, so commands apply to this chat again. /channels lists the others.")])
                {
                    Target = new CommandTarget(here.Id, null),
                };
            }

            var rights = await CheckAdminAsync(target.Id, message.From?.Id, ct);
            if (rights == AdminCheck.Unknown)
            {
                Log.CommandHandled(logger, command, target.Id, message.From?.Id, "refused: rights unknown");
                return new UpdateEffect(here, [Reply(context, RightsUnknownText)]);
            }

            if (rights != AdminCheck.Admin)
            {
                Log.CommandHandled(logger, command, target.Id, message.From?.Id, "refused: no longer an admin of the selected chat");
                return new UpdateEffect(here, [Reply(context, $"Sorry — you are not an admin of {Describe(target)} any more. <code>/use here</code> to configure this chat.")]);
            }

            chat = target;
            scope = $"For {Describe(target)}: ";
        }
        else if (!isReadOnly && message.Chat.Type != ChatType.Private
                 && await IsAdminAsync(message.Chat, message.From?.Id, message.SenderChat, ct) is var rights and not AdminCheck.Admin)
        {
            Log.CommandHandled(logger, command, chat.Id, message.From?.Id, rights == AdminCheck.Unknown ? "refused: rights unknown" : "refused: not an admin");
            return new UpdateEffect(chat, [Reply(context, rights == AdminCheck.Unknown ? RightsUnknownText : "Sorry — only admins of this chat can change its alerts.")]);
        }

        var targeted = chat.Id != here.Id;
        var (updated, reply, markup) = command switch
        {
            "start" => Start(chat),
            "help" => (chat, HelpText, null),
            "topics" when args.Length > 0 => (chat, TopicSearchText(chat, string.Join(' ', args)), null),
            "topics" => (chat, TopicsText(chat), TopicKeyboardJson(chat, targeted)),
            "subscribe" => Subscribe(chat, args, add: true, thread),
            "unsubscribe" => Subscribe(chat, args, add: false, thread),
            "stop" => (chat with { Topics = new HashSet<string>(), TopicThreads = new Dictionary<string, int>(), Keywords = new HashSet<string>(), Near = [] },
                "Stopped: no more alerts. /start to begin again.", null),
            "mode" => Mode(chat, args),
            "timezone" => TimeZone(chat, args),
            "quiet" => Quiet(chat, args),
            "keywords" => Keywords(chat, args, exclude: false),
            "exclude" => Keywords(chat, args, exclude: true),
            "near" => Near(chat, args),
            "format" => Format(chat, args),
            "status" => (chat, await StatusAsync(chat, ct), null),
            _ => (chat, $"Unknown command /{TelegramHtml.Escape(command)}. Send /help for the list.", null),
        };
        if (markup is not null && message.Chat.Type == ChatType.Channel)
        {
            // Every reader of a channel sees its messages: a settings keyboard there invites every reader to tap.
            // Taps are checked, but the buttons belong in the admin's private chat.
            markup = null;
            reply += "\n\nButtons are not posted in a channel. Open a private chat with me and send /channels to configure this channel with buttons.";
        }

        Log.CommandHandled(logger, command, chat.Id, message.From?.Id, targeted ? $"ok (from private chat {here.Id})" : "ok");
        // A private chat configuring a channel was registered by its /use, so its reply can be sent.
        return new UpdateEffect(updated, [Reply(context, scope + reply, markup)]) { Cleanup = cleanup };
    }

    private (ChatSettings, string, string?) Start(ChatSettings chat)
    {
        var started = chat.Topics.Count == 0 ? chat with { Topics = new HashSet<string> { ChatSettings.AllTopics } } : chat;
        return (started, "Welcome to <b>AlertBot</b>. You will get every flash alert as it happens, with its key times in UTC.\nNarrow it down with /topics, or see /help.", TopicKeyboardJson(started, targeted: false));
    }

    private (ChatSettings, string, string?) Subscribe(ChatSettings chat, string[] args, bool add, int? thread)
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
    private List<(string Typed, string? Canonical)> TopicWords(string[] args)
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

    private static (ChatSettings, string, string?) Mode(ChatSettings chat, string[] args)
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
    private (ChatSettings, string, string?) Format(ChatSettings chat, string[] args)
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

    private string FormatName(ChatSettings chat) => (chat.Format ?? options?.Value.AlertFormat ?? AlertFormat.Rich) == AlertFormat.Rich ? "rich" : "classic";

    private static (ChatSettings, string, string?) TimeZone(ChatSettings chat, string[] args)
    {
        if (args.Length == 1 && IsIanaZone(args[0], out var zone))
            return (chat with { TimeZone = zone }, $"Time zone: {TelegramHtml.Escape(zone)}. Key times show in UTC and in this zone.", null);
        return (chat, "Usage: /timezone &lt;IANA zone&gt;, e.g. <code>/timezone Europe/Kyiv</code> or <code>/timezone America/New_York</code>.", null);
    }

    private static (ChatSettings, string, string?) Quiet(ChatSettings chat, string[] args)
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

    private async Task<string> StatusAsync(ChatSettings chat, CancellationToken ct)
    {
        var sb = new StringBuilder("<b>This chat gets</b>\n");
        sb.Append("Topics: ").Append(chat.Topics.Count == 0 ? "none (/subscribe all)" : TelegramHtml.Escape(string.Join(", ", chat.Topics.Order(StringComparer.Ordinal)
            .Select(t => chat.TopicThreads.TryGetValue(t, out var thread) ? $"{t} (thread {thread})" : t)))).Append('\n');
        if (chat.Keywords.Count > 0)
            sb.Append("Keywords: ").Append(TelegramHtml.Escape(string.Join(", ", chat.Keywords.Order(StringComparer.Ordinal)))).Append('\n');
        if (chat.Excludes.Count > 0)
            sb.Append("Excluded: ").Append(TelegramHtml.Escape(string.Join(", ", chat.Excludes.Order(StringComparer.Ordinal)))).Append('\n');
        if (chat.Near.Count > 0)
            sb.Append(NearList(chat.Near)).Append('\n');
        sb.Append("Mode: ").Append(chat.Mode == DeliveryMode.Instant ? "instant" : $"digest at {chat.DigestAt:HH\\:mm}").Append('\n');
        sb.Append("Time zone: ").Append(TelegramHtml.Escape(chat.TimeZone)).Append('\n');
        sb.Append("Format: ").Append(FormatName(chat)).Append('\n');
        sb.Append("Quiet hours: ").Append(chat.Quiet is { } q ? $"{q.Start:HH\\:mm}–{q.End:HH\\:mm} ({q.Policy.ToString().ToLowerInvariant()})" : "off");
        var recent = await outbox.GetDeliveriesAsync(DeliveryStates.Sent, chat.Id, 20, ct);
        var alerts = recent.Where(d => d.ArticleId is not null).Take(5).ToList();
        if (alerts.Count > 0)
        {
            sb.Append("\n\n<b>Last alerts</b>");
            foreach (var d in alerts)
            {
                var article = await stories.GetArticleAsync(d.ArticleId!.Value, ct);
                if (article is null)
                    continue;
                sb.Append("\n• ");
                if (d.Sent is { } sent)
                {
                    var utc = sent.UtcDateTime.ToString("d MMM HH:mm", CultureInfo.InvariantCulture) + " UTC";
                    sb.Append(utc).Append(" (").Append(TelegramHtml.Time(sent, TelegramHtml.DateTime, utc)).Append(')');
                }

                sb.Append(" — ").Append(TelegramHtml.Escape(article.Understanding.Headline));
            }
        }

        return sb.ToString();
    }

    private string TopicsText(ChatSettings chat)
    {
        var sb = new StringBuilder("<b>Topics</b> (tap to follow or stop; <code>/subscribe all</code> for everything)\n");
        foreach (var name in topics.Catalog)
            sb.Append(chat.Topics.Contains(name) ? "✅ " : "▫️ ").Append(TelegramHtml.Escape(name)).Append(" — ").Append(TelegramHtml.Escape(topics.Describe(name))).Append('\n');
        sb.Append("\nCountries and regions: ").Append(TelegramHtml.Escape(string.Join(", ", topics.All.Where(t => !topics.Catalog.Contains(t)))));
        sb.Append("\n\nAny town, region or sea is a topic too: <code>/topics kivu</code> finds <code>north-kivu</code>.");
        return sb.ToString();
    }

    /// <summary>/topics &lt;query&gt;: the topics and places whose names hold it, with what each is.</summary>
    private string TopicSearchText(ChatSettings chat, string query)
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
    private string? TopicKeyboardJson(ChatSettings chat, bool targeted) =>
        TopicKeyboard(chat, targeted) is { } markup ? JsonSerializer.Serialize(markup, JsonBotAPI.Options) : null;

    private InlineKeyboardMarkup? TopicKeyboard(ChatSettings chat, bool targeted)
    {
        var names = (topics.Catalog.Count > 0 ? topics.Catalog : topics.All.Take(12)).Append(ChatSettings.AllTopics);
        var buttons = names
            .Select(n => (Name: n, Data: TopicButtonData(n, targeted ? chat.Id : null)))
            .Where(b => Encoding.UTF8.GetByteCount(b.Data) <= 64) // Telegram's limit on callback data
            .Select(b => InlineKeyboardButton.WithCallbackData((chat.Topics.Contains(b.Name) ? "✅ " : "") + b.Name, b.Data))
            .Chunk(3)
            .ToList();
        return buttons.Count == 0 ? null : new InlineKeyboardMarkup(buttons);
    }

    /// <summary>
    /// Whether the sender of a command may change the chat. Only for messages and channel posts: a channel post is
    /// written by the channel's admins, an anonymous group admin writes as the group itself. Callbacks check the
    /// tapping user with <see cref="CheckAdminAsync"/>.
    /// </summary>
    private async Task<AdminCheck> IsAdminAsync(Chat chat, long? userId, Chat? senderChat, CancellationToken ct)
    {
        if (chat.Type == ChatType.Private)
            return AdminCheck.Admin;
        if (chat.Type == ChatType.Channel || senderChat?.Id == chat.Id || userId == GroupAnonymousBot)
            return senderChat is null || senderChat.Id == chat.Id ? AdminCheck.Admin : AdminCheck.NotAdmin;
        return await CheckAdminAsync(chat.Id, userId, ct);
    }

    private async Task AnswerAsync(CallbackQuery query, string text, CancellationToken ct)
    {
        try
        {
            await bot.AnswerCallbackQuery(query.Id, text, cancellationToken: ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The answer only stops the button's spinner; the change itself is what matters.
            Log.CommandHandled(logger, "callback", query.Message?.Chat.Id ?? 0, query.From.Id, "answer failed: " + e.GetType().Name);
        }
    }

    private async Task<ChatSettings> LoadOrNewAsync(Chat chat, CancellationToken ct) =>
        await chats.GetChatAsync(chat.Id, ct) ?? new ChatSettings
        {
            Id = chat.Id,
            Kind = chat.Type switch
            {
                ChatType.Private => ChatKind.Private,
                ChatType.Group => ChatKind.Group,
                ChatType.Supergroup => ChatKind.Supergroup,
                _ => ChatKind.Channel,
            },
            Title = chat.Title ?? string.Join(' ', new[] { chat.FirstName, chat.LastName }.Where(s => !string.IsNullOrEmpty(s))),
        };

    private async Task<UpdateEffect> ReplyAsync(int updateId, Chat chat, string text, CancellationToken ct)
    {
        var settings = await LoadOrNewAsync(chat, ct);
        return new UpdateEffect(settings, [Reply(updateId, settings.Id, text)]);
    }

    private NewDelivery Reply(int updateId, long chatId, string html, string? markup = null) =>
        Reply($"u:{updateId}", chatId, html, markup);

    private NewDelivery Reply(string key, long chatId, string html, string? markup = null) =>
        new(key, chatId, DeliveryKind.Text, time.GetUtcNow()) { Payload = html, ReplyMarkup = markup };

    /// <summary>A reply in the thread the command came from; in a channel, without a notification sound.</summary>
    private NewDelivery Reply(ReplyContext context, string html, string? markup = null) =>
        Reply(context.UpdateId, context.ChatId, html, markup) with { ThreadId = context.ThreadId, Silent = context.Silent };

    /// <summary>"/subscribe@AlertBot ukraine, sahel" → ("subscribe", ["ukraine,", "sahel"], "AlertBot").</summary>
    internal static ParsedCommand Parse(string text)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var command = parts[0][1..];
        string? mention = null;
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            mention = command[(at + 1)..];
            command = command[..at];
        }

        return new ParsedCommand(command.ToLowerInvariant(), parts[1..], mention);
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    internal static bool IsIanaZone(string name, out string zone)
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
