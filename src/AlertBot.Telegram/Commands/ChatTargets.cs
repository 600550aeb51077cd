using System.Globalization;
using System.Text;
using System.Text.Json;
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
/// Channel admins configure their channels and groups from a private chat: /channels lists them, /use picks one
/// (by id, @username or title, or with a button); the chat chosen is checked for the user's and the bot's rights.
/// </summary>
internal sealed class ChatTargets(ITelegramBotClient bot, ChatStore chats, ChatAdmins admins, CommandReplies replies, ILogger logger)
{
    internal const string UseButtonPrefix = "u:";

    public async Task<UpdateEffect> OnTargetCommandAsync(ReplyContext context, Message message, ChatSettings here, string command, string[] args, CancellationToken ct)
    {
        if (message.Chat.Type != ChatType.Private)
        {
            return new UpdateEffect(here, [replies.Reply(context,
                $"Send /{command} to me in a private chat: there admins configure this chat without posting commands here.")]);
        }

        if (message.From?.Id is not { } userId)
            return UpdateEffect.None;
        var reply = command == "channels"
            ? await ChannelsAsync(here, userId, ct)
            : await UseAsync(here, userId, args, ct);
        Log.CommandHandled(logger, command, here.Id, userId, reply.Target is { } t ? $"target {t.TargetChatId?.ToString(CultureInfo.InvariantCulture) ?? "here"}" : "ok");
        return new UpdateEffect(here, [replies.Reply(context, reply.Html, reply.Markup)]) { Target = reply.Target };
    }

    public async Task<UpdateEffect> OnUseButtonAsync(int updateId, CallbackQuery query, Message message, string data, CancellationToken ct)
    {
        if (message.Chat.Type != ChatType.Private)
        {
            return UpdateEffect.Answered(query, "This button is no longer valid.");
        }

        var here = await replies.LoadOrNewAsync(message.Chat, ct);
        var reply = await UseAsync(here, query.From.Id, [data[UseButtonPrefix.Length..]], ct);
        Log.CommandHandled(logger, "use (button)", here.Id, query.From.Id, reply.Target is null ? "refused" : "ok");
        return new UpdateEffect(here, [replies.Reply(updateId, here.Id, reply.Html, reply.Markup)])
        {
            Target = reply.Target,
            Answer = ButtonAnswer.For(query, reply.Target is null ? "Not changed" : "Done"),
        };
    }

    private async Task<TargetReply> ChannelsAsync(ChatSettings here, long userId, CancellationToken ct)
    {
        var configurable = await admins.ConfigurableChatsAsync(chats, userId, ct);
        var current = await chats.GetCommandTargetAsync(here.Id, ct);
        if (configurable.Count == 0)
        {
            return new TargetReply(
                "I know no channel or group where you are an admin and I can post. Add me to your channel as an admin, then send /channels again.",
                null,
                null);
        }

        var sb = new StringBuilder("<b>Chats you can configure from here</b>\n");
        foreach (var chat in configurable)
            sb.Append("• ").Append(Describe(chat)).Append(" — <code>/use ").Append(chat.Id.ToString(CultureInfo.InvariantCulture)).Append("</code>\n");
        var selected = configurable.FirstOrDefault(c => c.Id == current);
        sb.Append("\nNow configuring: ").Append(selected is null ? "this chat" : Describe(selected)).Append('.');
        var buttons = configurable
            .Select(c => new[] { InlineKeyboardButton.WithCallbackData((c.Id == current ? "✅ " : "") + Clip(c.Title.Length > 0 ? c.Title : c.Id.ToString(CultureInfo.InvariantCulture)), UseButtonPrefix + c.Id.ToString(CultureInfo.InvariantCulture)) })
            .Append([InlineKeyboardButton.WithCallbackData((current is null ? "✅ " : "") + "This private chat", UseButtonPrefix + "here")]);
        return new TargetReply(sb.ToString(), JsonSerializer.Serialize(new InlineKeyboardMarkup(buttons), JsonBotAPI.Options), null);
    }

    private async Task<TargetReply> UseAsync(ChatSettings here, long userId, string[] args, CancellationToken ct)
    {
        if (args.Length == 0)
            return new TargetReply("Usage: <code>/use &lt;channel id|@username|title&gt;</code>, or <code>/use here</code>. /channels lists your chats.", null, null);
        if (args is ["here"])
            return new TargetReply("Commands apply to this private chat again.", null, new CommandTarget(here.Id, null));

        var (chat, problem) = await ResolveAsync(string.Join(' ', args), ct);
        if (chat is null)
            return new TargetReply(problem!, null, null);
        if (!await admins.IsUserAdminAsync(chat.Id, userId, ct))
            return new TargetReply($"Sorry — only admins of {Describe(chat)} can configure it.", null, null);
        if (!await admins.BotCanPostAsync(chat, ct))
            return new TargetReply($"I cannot post in {Describe(chat)}: make me an admin there first.", null, null);
        return new TargetReply(
            $"Now configuring {Describe(chat)}. /subscribe, /unsubscribe, /topics, /keywords, /exclude, /near, /mode, /timezone, /quiet, /status and /stop apply to it; <code>/use here</code> comes back to this chat.",
            null,
            new CommandTarget(here.Id, chat.Id));
    }

    /// <summary>A chat by id, @username (asked of Telegram) or exact title, among the chats the bot is in.</summary>
    private async Task<(ChatSettings? Chat, string? Problem)> ResolveAsync(string reference, CancellationToken ct)
    {
        long? id = long.TryParse(reference, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
        if (id is null && reference.StartsWith('@'))
        {
            try
            {
                id = (await bot.GetChat(reference, ct)).Id;
            }
            catch (ApiRequestException)
            {
                return (null, $"I cannot find {TelegramHtml.Escape(reference)}. Add me to it as an admin, then send /channels.");
            }
        }

        if (id is null)
        {
            var named = await chats.FindChatsByTitleAsync(reference, ct);
            if (named.Count > 1)
                return (null, $"Several chats are called {TelegramHtml.Escape(reference)}; use the id from /channels.");
            if (named.Count == 0)
                return (null, $"I know no chat called {TelegramHtml.Escape(reference)}. /channels lists the chats you can configure.");
            return (named[0], null);
        }

        var chat = await chats.GetChatAsync(id.Value, ct);
        return chat is { Enabled: true, IsPrivate: false }
            ? (chat, null)
            : (null, "I am not in that chat. Add me to it as an admin, then send /channels.");
    }

    internal static string Describe(ChatSettings chat) =>
        $"{(chat.Kind == ChatKind.Channel ? "channel" : "group")} <b>{TelegramHtml.Escape(chat.Title)}</b>";

    internal static string Clip(string s) => s.Length <= 40 ? s : s[..39] + "…";

    private sealed record TargetReply(string Html, string? Markup, CommandTarget? Target);
}
