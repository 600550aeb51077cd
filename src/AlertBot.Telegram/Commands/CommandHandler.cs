using System.Globalization;
using System.Text;
using System.Text.Json;
using AlertBot.Core.Observe;
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
public sealed partial class CommandHandler(
    ITelegramBotClient bot,
    ChatStore chats,
    Outbox outbox,
    StoryStore stories,
    TopicDirectory topics,
    TimeProvider time,
    ILogger<CommandHandler> logger,
    Microsoft.Extensions.Options.IOptions<TelegramOptions>? options = null,
    Microsoft.Extensions.Options.IOptions<MiniApp.MiniAppOptions>? miniApp = null)
{
    private SettingsCommands? _settingsCommands;
    private string? _username;
    private readonly ChatAdmins _admins = new(bot, logger);
    private readonly CommandReplies _replies = new(chats, time);
    private ChatTargets? _targets;
    private NearLocation? _near;

    private const string RightsUnknownText = "I could not check your admin rights with Telegram just now, so nothing changed. Please try again in a minute.";

    /// <summary>The commands' rules; /settings links need the bot's @username, asked of Telegram when first needed.</summary>
    private SettingsCommands Settings => _settingsCommands ??= new(topics, outbox, stories, options, miniApp, BotUsernameAsync);

    /// <summary>/channels and /use: the chat a private chat configures.</summary>
    private ChatTargets Targets => _targets ??= new(bot, chats, _admins, _replies, logger);

    /// <summary>/near by a shared location and its radius buttons.</summary>
    private NearLocation Near => _near ??= new(_replies, logger);

    public async Task<UpdateEffect> HandleAsync(Update update, CancellationToken ct)
    {
        switch (update)
        {
            case { MyChatMember: { } member }:
                return await OnMembershipAsync(update.Id, member, ct);
            case { CallbackQuery: { } query }:
                return await OnCallbackAsync(update.Id, query, ct);
            case { Message: { Location: { } location, Chat.Type: ChatType.Private } message }:
                return await Near.OnLocationAsync(update.Id, message, location, ct);
            case { Message: { Text: { } text } message } when text.StartsWith('/'):
                return await OnCommandAsync(update.Id, message, text, ct);
            case { ChannelPost: { Text: { } text } post } when text.StartsWith('/'):
                return await OnCommandAsync(update.Id, post, text, ct);
            case { Message: { Chat.Type: ChatType.Private } message }:
                return await _replies.ReplyAsync(update.Id, message.Chat, "Send /help to see what I can do.", ct);
            default:
                return UpdateEffect.None;
        }
    }

    /// <summary>
    /// The bot's own membership changed. Made admin of a channel or added to a group: the chat is registered following
    /// nothing (or enabled again with its old settings), and the user who did it is told in their private chat, with a
    /// button to configure it, when they have started the bot. Removed, banned, its posting right taken away — or, in a
    /// private chat, blocked by the user: the chat is disabled at once and its open deliveries are closed with the reason.
    /// </summary>
    private async Task<UpdateEffect> OnMembershipAsync(int updateId, ChatMemberUpdated member, CancellationToken ct)
    {
        var known = await chats.GetChatAsync(member.Chat.Id, ct);
        var isChannel = member.Chat.Type == ChatType.Channel;
        if (!ChatAdmins.CanPost(member.NewChatMember, isChannel))
        {
            if (known is null)
                return UpdateEffect.None; // never registered: nothing to stop
            var reason = LostReason(member);
            Log.CommandHandled(logger, "my_chat_member", known.Id, member.From.Id, "chat disabled: " + reason);
            return new UpdateEffect(known with { Enabled = false, DisabledReason = reason }, []) { CloseDeliveries = reason };
        }

        var chat = known ?? await _replies.LoadOrNewAsync(member.Chat, ct);
        var enabled = chat with { Enabled = true, DisabledReason = null, Title = TitleOf(member.Chat, chat.Title) };
        if (known is { Enabled: true } || member.Chat.Type == ChatType.Private)
        {
            // Promoted in a group it was already in, or a user who unblocked the bot: nothing to announce.
            Log.CommandHandled(logger, "my_chat_member", enabled.Id, member.From.Id, known is { Enabled: true } ? "rights changed, still enabled" : "enabled again");
            return new UpdateEffect(enabled, []);
        }

        Log.CommandHandled(logger, "my_chat_member", enabled.Id, member.From.Id, known is null ? "bot added: chat registered" : "rights back: chat enabled again");
        var replies = new List<NewDelivery>();
        // Keyed by the update: the same update handled again queues nothing new, a later re-add (even within the same second) does.
        var key = string.Create(CultureInfo.InvariantCulture, $"m:{updateId}");
        if (!isChannel)
        {
            // A group's members see the bot arrive; a channel's readers are not told (a post there reaches every one of them).
            replies.Add(_replies.Reply(key, enabled.Id, $"Hello, {TelegramHtml.Escape(enabled.Title)}! An admin can choose what this chat gets: /topics, /subscribe all, /help."));
        }

        if (member.From is { IsBot: false } adder && await chats.GetChatAsync(adder.Id, ct) is { Enabled: true, Kind: ChatKind.Private })
        {
            var what = known is null
                ? "It follows nothing yet, so nothing is posted there until you choose."
                : "It gets alerts again with the settings it had.";
            var button = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData(ChatTargets.Clip("Configure " + (enabled.Title.Length > 0 ? enabled.Title : "it")), ChatTargets.UseButtonPrefix + enabled.Id.ToString(CultureInfo.InvariantCulture)));
            replies.Add(_replies.Reply(key + ":adder", adder.Id,
                $"You added me to {ChatTargets.Describe(enabled)}. {what} Tap below to configure it from here, or send /channels.",
                JsonSerializer.Serialize(button, JsonBotAPI.Options)));
        }

        return new UpdateEffect(enabled, replies);
    }

    /// <summary>Why the bot can no longer post, for <c>chats</c>, <c>status</c> and the closed deliveries.</summary>
    private static string LostReason(ChatMemberUpdated member)
    {
        var by = string.Create(CultureInfo.InvariantCulture, $"by user {member.From.Id} at {member.Date:u}");
        if (member.Chat.Type == ChatType.Private)
            return string.Create(CultureInfo.InvariantCulture, $"the user blocked the bot at {member.Date:u}");
        return member.NewChatMember switch
        {
            ChatMemberBanned => "bot banned from the chat " + by,
            ChatMemberLeft => "bot removed from the chat " + by,
            ChatMemberAdministrator => "bot's right to post messages taken away " + by,
            ChatMemberMember => "bot is no longer an admin of the channel " + by,
            _ => "bot's right to send messages taken away " + by,
        };
    }

    private static string TitleOf(Chat chat, string known) =>
        chat.Title ?? (string.Join(' ', new[] { chat.FirstName, chat.LastName }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } name ? name : known);

    private async Task<UpdateEffect> OnCallbackAsync(int updateId, CallbackQuery query, CancellationToken ct)
    {
        if (query.Message is { } m && query.Data is { } d && d.StartsWith(ChatTargets.UseButtonPrefix, StringComparison.Ordinal))
            return await Targets.OnUseButtonAsync(updateId, query, m, d, ct);
        if (query.Message is { } nm && query.Data is { } nd && nd.StartsWith(NearLocation.NearButtonPrefix, StringComparison.Ordinal))
            return await Near.OnNearButtonAsync(updateId, query, nm, nd, ct);
        if (query.Message is not { } message || query.Data is not { } data || ParseTopicButton(data) is not var (topic, targetId))
        {
            return UpdateEffect.Answered(query, "This button is no longer valid.");
        }

        ChatSettings chat;
        if (targetId is { } target && target != message.Chat.Id)
        {
            // A keyboard shown in a private chat for a channel chosen with /use: the rights are checked again.
            if (message.Chat.Type != ChatType.Private || await chats.GetChatAsync(target, ct) is not { Enabled: true } selected
                || !await _admins.IsUserAdminAsync(target, query.From.Id, ct))
            {
                return UpdateEffect.Answered(query, "Only admins of that chat can change its alerts.");
            }

            chat = selected;
        }
        else
        {
            chat = await _replies.LoadOrNewAsync(message.Chat, ct);
            // The tapping user's own rights, whatever the chat: a keyboard is seen by everyone in it, and a
            // callback never comes "from the channel" the way a channel post does.
            var rights = message.Chat.Type == ChatType.Private ? AdminCheck.Admin : await _admins.CheckUserAsync(message.Chat.Id, query.From.Id, ct);
            if (rights != AdminCheck.Admin)
            {
                Log.CommandHandled(logger, "callback", chat.Id, query.From.Id, rights == AdminCheck.Unknown ? "refused: rights unknown" : "refused: not an admin");
                return UpdateEffect.Answered(query, rights == AdminCheck.Unknown ? RightsUnknownText : "Only admins of this chat can change its alerts.");
            }
        }

        if (!topics.IsKnown(topic))
        {
            return UpdateEffect.Answered(query, "Unknown topic.");
        }

        var set = chat.Topics.ToHashSet(StringComparer.Ordinal);
        var threads = chat.TopicThreads.ToDictionary(StringComparer.Ordinal);
        var added = set.Add(topic);
        if (!added)
            set.Remove(topic);
        // Picking a topic on the /start keyboard narrows "everything" down to what was picked.
        var narrowed = added && topic != ChatSettings.AllTopics && set.Remove(ChatSettings.AllTopics);
        SettingsCommands.SetThread(threads, topic, added ? ThreadOf(message) : null);
        Log.CommandHandled(logger, "callback", chat.Id, query.From.Id, added ? $"+{topic}" : $"-{topic}");
        var updated = chat with { Topics = set, TopicThreads = threads };
        var keyboard = Settings.TopicKeyboard(updated, targeted: targetId is { } t && t != message.Chat.Id);
        return new UpdateEffect(updated, [])
        {
            Answer = ButtonAnswer.For(query, added ? (narrowed ? $"Following only {topic} now; tap more to add" : $"Following {topic}") : $"Stopped following {topic}"),
            Redraw = keyboard is null ? null : new KeyboardRedraw(message.Chat.Id, message.MessageId, keyboard),
        };
    }

    private async Task<UpdateEffect> OnCommandAsync(int updateId, Message message, string text, CancellationToken ct)
    {
        var parsed = Parse(text);
        if (parsed.Mention is { } mention && !await IsMeAsync(mention, ct))
            return UpdateEffect.None; // "/status@OtherBot" in a group is for another bot
        var (command, args) = (parsed.Command, parsed.Args);
        var here = await _replies.LoadOrNewAsync(message.Chat, ct);
        var thread = ThreadOf(message);
        var context = new ReplyContext(updateId, here.Id, thread, message.Chat.Type == ChatType.Channel);
        // A command posted in a channel is seen by every subscriber: it is removed once handled.
        var cleanup = message.Chat.Type == ChatType.Channel ? new MessageToDelete(message.Chat.Id, message.MessageId) : null;

        var entry = CommandTable.Find(command);
        if (entry?.Access == CommandAccess.Targets)
            return await Targets.OnTargetCommandAsync(context, message, here, command, args, ct) with { Cleanup = cleanup };

        var chat = here;
        var scope = "";
        var isReadOnly = CommandTable.OnlyShows(entry, args);
        if (message.Chat.Type == ChatType.Private && entry?.ForSelectedChat != false
            && await chats.GetCommandTargetAsync(here.Id, ct) is { } targetId)
        {
            // A private chat configuring a channel chosen with /use: the user must still be an admin there.
            var target = await chats.GetChatAsync(targetId, ct);
            if (target is not { Enabled: true })
            {
                Log.CommandHandled(logger, command, targetId, message.From?.Id, "refused: selected chat gone");
                return new UpdateEffect(here, [_replies.Reply(context, "I am no longer in the chat you chose, so commands apply to this chat again. /channels lists the others.")])
                {
                    Target = new CommandTarget(here.Id, null),
                };
            }

            var rights = await _admins.CheckUserAsync(target.Id, message.From?.Id, ct);
            if (rights == AdminCheck.Unknown)
            {
                Log.CommandHandled(logger, command, target.Id, message.From?.Id, "refused: rights unknown");
                return new UpdateEffect(here, [_replies.Reply(context, RightsUnknownText)]);
            }

            if (rights != AdminCheck.Admin)
            {
                Log.CommandHandled(logger, command, target.Id, message.From?.Id, "refused: no longer an admin of the selected chat");
                return new UpdateEffect(here, [_replies.Reply(context, $"Sorry — you are not an admin of {ChatTargets.Describe(target)} any more. <code>/use here</code> to configure this chat.")]);
            }

            chat = target;
            scope = $"For {ChatTargets.Describe(target)}: ";
        }
        else if (!isReadOnly && message.Chat.Type != ChatType.Private
                 && await _admins.CheckSenderAsync(message.Chat, message.From?.Id, message.SenderChat, ct) is var rights and not AdminCheck.Admin)
        {
            Log.CommandHandled(logger, command, chat.Id, message.From?.Id, rights == AdminCheck.Unknown ? "refused: rights unknown" : "refused: not an admin");
            return new UpdateEffect(chat, [_replies.Reply(context, rights == AdminCheck.Unknown ? RightsUnknownText : "Sorry — only admins of this chat can change its alerts.")]);
        }

        var targeted = chat.Id != here.Id;
        var (updated, reply, markup) = entry?.Run is { } run
            ? await run(Settings, new CommandCall(chat, args, thread, targeted), ct)
            : (chat, $"Unknown command /{TelegramHtml.Escape(command)}. Send /help for the list.", null);
        if (markup is not null && message.Chat.Type == ChatType.Channel)
        {
            // Every reader of a channel sees its messages: a settings keyboard there invites every reader to tap.
            // Taps are checked, but the buttons belong in the admin's private chat.
            markup = null;
            reply += "\n\nButtons are not posted in a channel. Open a private chat with me and send /channels to configure this channel with buttons.";
        }

        Log.CommandHandled(logger, command, chat.Id, message.From?.Id, targeted ? $"ok (from private chat {here.Id})" : "ok");
        // A private chat configuring a channel was registered by its /use, so its reply can be sent.
        return new UpdateEffect(updated, [_replies.Reply(context, scope + reply, markup)]) { Cleanup = cleanup };
    }

    private async Task<bool> IsMeAsync(string mention, CancellationToken ct)
    {
        // Cannot tell (getMe failed): better to answer than to ignore.
        var username = await BotUsernameAsync(ct);
        return string.IsNullOrEmpty(username) || string.Equals(mention, username, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The bot's @username (getMe, asked once); "" when it has none, null when Telegram could not be asked.</summary>
    private async Task<string?> BotUsernameAsync(CancellationToken ct)
    {
        if (_username is null)
        {
            try
            {
                _username = (await bot.GetMe(ct)).Username ?? "";
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return null;
            }
        }

        return _username;
    }

    /// <summary>The forum thread a message was posted in, or null (the main chat, or not a forum).</summary>
    private static int? ThreadOf(Message message) =>
        message is { IsTopicMessage: true, MessageThreadId: { } thread } ? thread : null;

    /// <summary>"t:ukraine" toggles a topic of the chat the keyboard is in; "c:-100123:ukraine" one of a chat chosen with /use.</summary>
    internal static string TopicButtonData(string topic, long? targetChatId) =>
        targetChatId is { } id ? $"c:{id.ToString(CultureInfo.InvariantCulture)}:{topic}" : "t:" + topic;

    internal static (string Topic, long? TargetChatId)? ParseTopicButton(string data)
    {
        if (data.StartsWith("t:", StringComparison.Ordinal) && data.Length > 2)
            return (data[2..], null);
        if (data.StartsWith("c:", StringComparison.Ordinal) && data.IndexOf(':', 2) is var colon and > 2
            && long.TryParse(data.AsSpan(2, colon - 2), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            && colon < data.Length - 1)
            return (data[(colon + 1)..], id);
        return null;
    }

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
}
