using System.Globalization;
using System.Text;
using System.Text.Json;
using AlertBot.Core.Render;
using AlertBot.Core.Route;
using AlertBot.Storage;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace AlertBot.Telegram.Commands;

/// <summary>
/// Turns one Telegram update into an <see cref="UpdateEffect"/>: chat registration, settings changes and
/// replies. Group and channel settings change only for real admins (checked with getChatMember).
/// Unknown commands and bad arguments get a one-line help, never an exception.
/// </summary>
public sealed class CommandHandler(
    ITelegramBotClient bot,
    AlertStore store,
    TopicDirectory topics,
    TimeProvider time,
    ILogger<CommandHandler> logger)
{
    /// <summary>Telegram's stand-in sender for anonymous group admins.</summary>
    private const long GroupAnonymousBot = 1087968824;

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
        /status — what this chat gets
        /stop — stop all alerts
        """;

    public async Task<UpdateEffect> HandleAsync(Update update, CancellationToken ct)
    {
        switch (update)
        {
            case { MyChatMember: { } member }:
                return await OnMembershipAsync(member, ct);
            case { CallbackQuery: { } query }:
                return await OnCallbackAsync(update.Id, query, ct);
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
        if (query.Message is not { } message || query.Data is not { } data || !data.StartsWith("t:", StringComparison.Ordinal))
        {
            await AnswerAsync(query, "This button is no longer valid.", ct);
            return UpdateEffect.None;
        }

        var chat = await LoadOrNewAsync(message.Chat, ct);
        if (!await IsAdminAsync(message.Chat, query.From.Id, null, ct))
        {
            await AnswerAsync(query, "Only admins of this chat can change its alerts.", ct);
            return UpdateEffect.None;
        }

        var topic = data[2..];
        if (!topics.IsKnown(topic))
        {
            await AnswerAsync(query, "Unknown topic.", ct);
            return UpdateEffect.None;
        }

        var set = chat.Topics.ToHashSet(StringComparer.Ordinal);
        var added = set.Add(topic);
        if (!added)
            set.Remove(topic);
        await AnswerAsync(query, added ? $"Following {topic}" : $"Stopped following {topic}", ct);
        Log.CommandHandled(logger, "callback", chat.Id, query.From.Id, added ? $"+{topic}" : $"-{topic}");
        return new UpdateEffect(chat with { Topics = set }, []);
    }

    private async Task<UpdateEffect> OnCommandAsync(int updateId, Message message, string text, CancellationToken ct)
    {
        var (command, args) = Parse(text);
        var chat = await LoadOrNewAsync(message.Chat, ct);
        var isReadOnly = command is "help" or "status" or "topics";
        if (!isReadOnly && message.Chat.Type != ChatType.Private && !await IsAdminAsync(message.Chat, message.From?.Id, message.SenderChat, ct))
        {
            Log.CommandHandled(logger, command, chat.Id, message.From?.Id, "refused: not an admin");
            return new UpdateEffect(chat, [Reply(updateId, chat.Id, "Sorry — only admins of this chat can change its alerts.")]);
        }

        var (updated, reply, markup) = command switch
        {
            "start" => Start(chat),
            "help" => (chat, HelpText, null),
            "topics" => (chat, TopicsText(chat), TopicKeyboard(chat)),
            "subscribe" => Subscribe(chat, args, add: true),
            "unsubscribe" => Subscribe(chat, args, add: false),
            "stop" => (chat with { Topics = new HashSet<string>() }, "Stopped: this chat gets no more alerts. /start to begin again.", null),
            "mode" => Mode(chat, args),
            "timezone" => TimeZone(chat, args),
            "quiet" => Quiet(chat, args),
            "status" => (chat, await StatusAsync(chat, ct), null),
            _ => (chat, $"Unknown command /{TelegramHtml.Escape(command)}. Send /help for the list.", null),
        };
        Log.CommandHandled(logger, command, chat.Id, message.From?.Id, "ok");
        return new UpdateEffect(updated, [Reply(updateId, chat.Id, reply, markup)]);
    }

    private (ChatSettings, string, string?) Start(ChatSettings chat)
    {
        var started = chat.Topics.Count == 0 ? chat with { Topics = new HashSet<string> { ChatSettings.AllTopics } } : chat;
        return (started, "Welcome to <b>AlertBot</b>. You will get every flash alert as it happens, with its key times in UTC.\nNarrow it down with /topics, or see /help.", TopicKeyboardJson(started));
    }

    private (ChatSettings, string, string?) Subscribe(ChatSettings chat, string[] args, bool add)
    {
        var verb = add ? "subscribe" : "unsubscribe";
        if (args.Length == 0)
            return (chat, $"Usage: /{verb} &lt;topic|all&gt;, e.g. <code>/{verb} ukraine</code>. /topics lists them.", null);
        var set = chat.Topics.ToHashSet(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var raw in args)
        {
            var topic = raw.ToLowerInvariant().Trim(',');
            if (!topics.IsKnown(topic))
            {
                unknown.Add(topic);
                continue;
            }

            if (!add && topic == ChatSettings.AllTopics)
                set.Clear();
            else if (add)
                set.Add(topic);
            else
                set.Remove(topic);
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
        return (chat with { Topics = set }, sb.ToString(), null);
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
        sb.Append("Topics: ").Append(chat.Topics.Count == 0 ? "none (/subscribe all)" : TelegramHtml.Escape(string.Join(", ", chat.Topics.Order(StringComparer.Ordinal)))).Append('\n');
        sb.Append("Mode: ").Append(chat.Mode == DeliveryMode.Instant ? "instant" : $"digest at {chat.DigestAt:HH\\:mm}").Append('\n');
        sb.Append("Time zone: ").Append(TelegramHtml.Escape(chat.TimeZone)).Append('\n');
        sb.Append("Quiet hours: ").Append(chat.Quiet is { } q ? $"{q.Start:HH\\:mm}–{q.End:HH\\:mm} ({q.Policy.ToString().ToLowerInvariant()})" : "off");
        var recent = await store.GetDeliveriesAsync(DeliveryStates.Sent, chat.Id, 20, ct);
        var alerts = recent.Where(d => d.ArticleId is not null).Take(5).ToList();
        if (alerts.Count > 0)
        {
            sb.Append("\n\n<b>Last alerts</b>");
            foreach (var d in alerts)
            {
                var article = await store.GetArticleAsync(d.ArticleId!.Value, ct);
                if (article is not null)
                    sb.Append("\n• ").Append(d.Sent?.UtcDateTime.ToString("d MMM HH:mm", CultureInfo.InvariantCulture)).Append(" UTC — ").Append(TelegramHtml.Escape(article.Understanding.Headline));
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
        return sb.ToString();
    }

    private string? TopicKeyboard(ChatSettings chat) => TopicKeyboardJson(chat);

    private string? TopicKeyboardJson(ChatSettings chat)
    {
        var names = topics.Catalog.Count > 0 ? topics.Catalog : topics.All.Take(12).ToList();
        if (names.Count == 0)
            return null;
        var buttons = names.Select(n => InlineKeyboardButton.WithCallbackData((chat.Topics.Contains(n) ? "✅ " : "") + n, "t:" + n)).Chunk(3);
        return JsonSerializer.Serialize(new InlineKeyboardMarkup(buttons), JsonBotAPI.Options);
    }

    private async Task<bool> IsAdminAsync(Chat chat, long? userId, Chat? senderChat, CancellationToken ct)
    {
        if (chat.Type == ChatType.Private)
            return true;
        // A channel post is written by the channel's admins; an anonymous admin writes as the group itself.
        if (chat.Type == ChatType.Channel || senderChat?.Id == chat.Id || userId == GroupAnonymousBot)
            return senderChat is null || senderChat.Id == chat.Id;
        if (userId is null)
            return false;
        var member = await bot.GetChatMember(chat.Id, userId.Value, ct);
        return member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;
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
        await store.GetChatAsync(chat.Id, ct) ?? new ChatSettings
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

    internal static (string Command, string[] Args) Parse(string text)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var command = parts[0][1..];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
            command = command[..at];
        return (command.ToLowerInvariant(), parts[1..]);
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
