using AlertBot.Telegram.Commands;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Tests.Commands;

/// <summary>Whether the bot can post, from the member Telegram describes it as (my_chat_member's new_chat_member).</summary>
public sealed class ChatAdminsCanPostTests
{
    public static TheoryData<string, ChatMember, bool, bool> Cases => new()
    {
        { "channel creator", new ChatMemberOwner(), true, true },
        { "channel admin who may post", new ChatMemberAdministrator { CanPostMessages = true }, true, true },
        { "channel admin whose posting right was taken", new ChatMemberAdministrator { CanPostMessages = false }, true, false },
        { "channel subscriber", new ChatMemberMember(), true, false },
        { "removed from the channel", new ChatMemberLeft(), true, false },
        { "banned from the channel", new ChatMemberBanned(), true, false },
        { "group member", new ChatMemberMember(), false, true },
        { "group admin (no posting right in groups)", new ChatMemberAdministrator { CanPostMessages = false }, false, true },
        { "group member restricted but allowed to send", new ChatMemberRestricted { IsMember = true, CanSendMessages = true }, false, true },
        { "group member muted", new ChatMemberRestricted { IsMember = true, CanSendMessages = false }, false, false },
        { "restricted and no longer a member", new ChatMemberRestricted { IsMember = false, CanSendMessages = true }, false, false },
        { "left the group", new ChatMemberLeft(), false, false },
        { "kicked from the group (or blocked, in private)", new ChatMemberBanned(), false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CanPost_FollowsTelegramsRights(string scenario, ChatMember member, bool isChannel, bool expected) =>
        Assert.True(expected == ChatAdmins.CanPost(member, isChannel), scenario);
}
