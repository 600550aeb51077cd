using AlertBot.Core.Observe;
using AlertBot.Core.Route;
using AlertBot.Storage;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Commands;

/// <summary>A user's rights in a chat, as Telegram says them now.</summary>
public enum AdminCheck
{
    Admin,
    NotAdmin,

    /// <summary>Telegram could not be asked (network, timeout, 429, 5xx).</summary>
    Unknown,
}

/// <summary>
/// Every check of who may change a chat's settings, in one place: the sender of a command (a channel post, an
/// anonymous group admin), a user tapping a button or configuring a chat chosen with /use, and whether the bot may
/// post in a chat. Telegram is asked each time (getChatMember): rights change, and a cached "admin" is a hole.
/// </summary>
public sealed class ChatAdmins(ITelegramBotClient bot, ILogger logger)
{
    /// <summary>Telegram's stand-in sender for anonymous group admins.</summary>
    private const long GroupAnonymousBot = 1087968824;

    /// <summary>
    /// Whether the sender of a command may change the chat. Only for messages and channel posts: a channel post is
    /// written by the channel's admins, an anonymous group admin writes as the group itself. Callbacks check the
    /// tapping user with <see cref="CheckUserAsync"/>.
    /// </summary>
    public async Task<AdminCheck> CheckSenderAsync(Chat chat, long? userId, Chat? senderChat, CancellationToken ct)
    {
        if (chat.Type == ChatType.Private)
            return AdminCheck.Admin;
        if (chat.Type == ChatType.Channel || senderChat?.Id == chat.Id || userId == GroupAnonymousBot)
            return senderChat is null || senderChat.Id == chat.Id ? AdminCheck.Admin : AdminCheck.NotAdmin;
        return await CheckUserAsync(chat.Id, userId, ct);
    }

    /// <summary>Whether the user is an admin of the chat right now (getChatMember); false when Telegram says no or cannot tell.</summary>
    public async Task<bool> IsUserAdminAsync(long chatId, long? userId, CancellationToken ct) =>
        await CheckUserAsync(chatId, userId, ct) == AdminCheck.Admin;

    /// <summary>
    /// The user's rights in the chat right now (getChatMember). Telegram's refusal (user not in the chat, chat
    /// unknown) means not an admin; a failure that says nothing about the user (network, timeout, 429, 5xx) is
    /// <see cref="AdminCheck.Unknown"/>, so the caller can refuse politely instead of failing the update.
    /// </summary>
    public async Task<AdminCheck> CheckUserAsync(long chatId, long? userId, CancellationToken ct)
    {
        if (userId is null)
            return AdminCheck.NotAdmin;
        try
        {
            var member = await bot.GetChatMember(chatId, userId.Value, ct);
            return member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator ? AdminCheck.Admin : AdminCheck.NotAdmin;
        }
        catch (ApiRequestException e) when (e.ErrorCode is >= 400 and < 500 and not 429)
        {
            return AdminCheck.NotAdmin;
        }
        catch (Exception e) when (e is ApiRequestException or RequestException or HttpRequestException
                                  || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            Log.CommandHandled(logger, "getChatMember", chatId, userId, "rights unknown: " + Secrets.Redact(e.Message));
            return AdminCheck.Unknown;
        }
    }

    /// <summary>How many groups and channels <see cref="ConfigurableChatsAsync"/> checks with getChatMember (one request each).</summary>
    private const int MaxChannelsChecked = 50;

    /// <summary>
    /// The bot's groups and channels where the user is an admin and the bot can post, each checked with
    /// getChatMember: what /channels lists and what the settings page offers.
    /// </summary>
    public async Task<IReadOnlyList<ChatSettings>> ConfigurableChatsAsync(ChatStore chats, long userId, CancellationToken ct)
    {
        var candidates = (await chats.GetChatsAsync(enabledOnly: true, ct)).Where(c => !c.IsPrivate).Take(MaxChannelsChecked);
        var result = new List<ChatSettings>();
        foreach (var chat in candidates)
        {
            if (await IsUserAdminAsync(chat.Id, userId, ct) && await BotCanPostAsync(chat, ct))
                result.Add(chat);
        }

        return result;
    }

    /// <summary>In a channel the bot must be an admin to post; in a group a member can.</summary>
    public async Task<bool> BotCanPostAsync(ChatSettings chat, CancellationToken ct)
    {
        try
        {
            return CanPost(await bot.GetChatMember(chat.Id, bot.BotId, ct), chat.Kind == ChatKind.Channel);
        }
        catch (Exception e) when (e is ApiRequestException or RequestException or HttpRequestException
                                  || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return false;
        }
    }

    /// <summary>
    /// Whether the bot, as this member, can post: in a channel only as its creator or an admin with the posting right;
    /// in a group as a member or admin, or restricted but still a member allowed to send messages.
    /// </summary>
    public static bool CanPost(ChatMember member, bool isChannel) => member switch
    {
        ChatMemberOwner => true,
        ChatMemberAdministrator admin => !isChannel || admin.CanPostMessages,
        ChatMemberMember => !isChannel,
        ChatMemberRestricted restricted => !isChannel && restricted.IsMember && restricted.CanSendMessages,
        _ => false,
    };
}
