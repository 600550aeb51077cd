using System.Net;
using AlertBot.TestBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace AlertBot.Telegram.Tests.TestBotApi;

public sealed class TestBotApiServerTests
{
    private const long UserId = 1001;
    private const long GroupId = -1001234567890;
    private const long ChannelId = -1009876543210;

    [Fact]
    public async Task GetMe_ValidToken_ReturnsTheBot()
    {
        await using var h = await BotApiHarness.StartAsync();

        var me = await h.Bot.GetMe();

        Assert.Equal(h.Server.BotId, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal(h.Server.BotUsername, me.Username);
        Assert.Equal(1, h.Server.Stats.Requests("getMe"));
    }

    [Fact]
    public async Task GetMe_WrongToken_Throws401()
    {
        await using var h = await BotApiHarness.StartAsync();
        var stranger = h.ClientFor("7654321:AAFsomeoneElsesTokenThatIsNotOurs12");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.Equal("Unauthorized", error.Message);
    }

    [Fact]
    public async Task Post_UnknownMethod_Returns404NotFound()
    {
        await using var h = await BotApiHarness.StartAsync();

        using var response = await h.Http.PostAsync(new Uri($"{h.Server.BaseUrl}/bot{h.Server.Token}/sendTelepathy"), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"ok":false,"error_code":404,"description":"Not Found"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_MethodNameInOtherCase_IsAccepted()
    {
        await using var h = await BotApiHarness.StartAsync();

        using var response = await h.Http.GetAsync(new Uri($"{h.Server.BaseUrl}/bot{h.Server.Token}/GETME"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SendMessage_FormUrlEncoded_IsAccepted()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = UserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "<b>hi</b> &amp; bye",
            ["parse_mode"] = "HTML",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"ok","callback_data":"ok"}]]}""",
        });

        using var response = await h.Http.PostAsync(new Uri($"{h.Server.BaseUrl}/bot{h.Server.Token}/sendMessage"), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(h.Server.Sent);
        Assert.Equal("hi & bye", sent.Text);
        Assert.Contains("callback_data", sent.ReplyMarkupJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_UnknownChat_Throws400ChatNotFound()
    {
        await using var h = await BotApiHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(42, "hello"));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: chat not found", error.Message);
        Assert.Empty(h.Server.Sent);
    }

    [Fact]
    public async Task SendMessage_PrivateChat_ReturnsMessageAndRecordsIt()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId, "Ada");

        var first = await h.Bot.SendMessage(UserId, "<b>Flash</b>: markets open", ParseMode.Html,
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, disableNotification: true,
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Mute", "mute:1")));
        var second = await h.Bot.SendMessage(UserId, "again", replyParameters: first.Id);

        Assert.Equal(first.Id + 1, second.Id);
        Assert.Equal("Flash: markets open", first.Text);
        Assert.Equal(ChatType.Private, first.Chat.Type);
        Assert.Equal("Ada", first.Chat.FirstName);
        Assert.Equal(h.Server.BotId, first.From!.Id);
        var bold = Assert.Single(first.Entities!);
        Assert.Equal((MessageEntityType.Bold, 0, 5), (bold.Type, bold.Offset, bold.Length));
        Assert.Equal("mute:1", first.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
        Assert.Equal(first.Id, second.ReplyToMessage!.Id);
        Assert.True(DateTime.UtcNow - first.Date < TimeSpan.FromMinutes(1));

        var sent = h.Server.Sent;
        Assert.Equal(2, sent.Count);
        Assert.Equal(new SentMessage(UserId, first.Id, "Flash: markets open", "Html", true, null, null, true, sent[0].ReplyMarkupJson, sent[0].AcceptedAt)
        {
            RawText = "<b>Flash</b>: markets open",
            Entities = sent[0].Entities,
            LinkPreview = sent[0].LinkPreview,
        }, sent[0]);
        Assert.Equal([new TextEntity("bold", 0, 5)], sent[0].Entities);
        Assert.True(sent[0].LinkPreview!.IsDisabled);
        Assert.Equal(first.Id, sent[1].ReplyToMessageId);
    }

    [Fact]
    public async Task SendMessage_ReplyToMissingMessage_Throws400UnlessAllowed()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, "re", replyParameters: 77));
        var sent = await h.Bot.SendMessage(UserId, "re", replyParameters: new ReplyParameters { MessageId = 77, AllowSendingWithoutReply = true });

        Assert.Equal("Bad Request: message to be replied not found", error.Message);
        Assert.Null(sent.ReplyToMessage);
    }

    [Fact]
    public async Task SendMessage_ThreadInNonForum_Throws400ThreadNotFound()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddGroup(GroupId, "News");
        h.Server.AddGroup(GroupId - 1, "Forum", isForum: true);
        var topic = h.Server.AddForumTopic(GroupId - 1, "Markets");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(GroupId, "x", messageThreadId: 5));
        var inTopic = await h.Bot.SendMessage(GroupId - 1, "x", messageThreadId: topic);

        Assert.Equal("Bad Request: message thread not found", error.Message);
        Assert.Equal(topic, inTopic.MessageThreadId);
        Assert.True(inTopic.IsTopicMessage);
    }

    [Fact]
    public async Task SendMessage_ButtonDataOver64Bytes_Throws400()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, "x",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("b", new string('d', 65)))));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", error.Message);
    }

    [Fact]
    public async Task SendMessage_BlockedUser_Throws403()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        h.Server.BlockBy(UserId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, "x"));

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
        Assert.Equal(1, h.Server.Stats.Forbidden);
    }

    [Theory]
    [InlineData(true, "Forbidden: bot was kicked from the supergroup chat")]
    [InlineData(false, "Forbidden: bot was kicked from the group chat")]
    public async Task SendMessage_BotKickedFromGroup_Throws403(bool supergroup, string expected)
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddGroup(GroupId, "News", supergroup);
        h.Server.KickBotFrom(GroupId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(GroupId, "x"));

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public async Task SendMessage_ChannelWhereBotIsOnlyMember_Throws400NeedAdminRights()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddChannel(ChannelId, "Flash", username: "flashnews");
        var asAdmin = await h.Bot.SendMessage("@flashnews", "posted");
        h.Server.SetMember(ChannelId, h.Server.BotId, "member");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(ChannelId, "x"));

        Assert.Equal(ChannelId, asAdmin.Chat.Id);
        Assert.Equal(ChannelId, asAdmin.SenderChat!.Id);
        Assert.Equal("Bad Request: need administrator rights in the channel chat", error.Message);
    }

    [Fact]
    public async Task SendMessage_MigratedGroup_Throws400WithMigrateToChatId()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddGroup(-4242, "Old group", supergroup: false);
        h.Server.MigrateGroup(-4242, GroupId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(-4242, "x"));
        var moved = await h.Bot.SendMessage(GroupId, "x");

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: group chat was upgraded to a supergroup chat", error.Message);
        Assert.Equal(GroupId, error.Parameters?.MigrateToChatId);
        Assert.Equal(ChatType.Supergroup, moved.Chat.Type);
    }

    [Fact]
    public async Task EditMessageText_ChangedText_EditsAndIdenticalTextThrowsNotModified()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        var sent = await h.Bot.SendMessage(UserId, "v1");

        var edited = await h.Bot.EditMessageText(UserId, sent.Id, "<i>v2</i>", ParseMode.Html);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.EditMessageText(UserId, sent.Id, "<i>v2</i>", ParseMode.Html));
        var missing = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.EditMessageText(UserId, 999, "v3"));

        Assert.Equal("v2", edited.Text);
        Assert.NotNull(edited.EditDate);
        Assert.StartsWith("Bad Request: message is not modified: ", error.Message, StringComparison.Ordinal);
        Assert.Equal("Bad Request: message to edit not found", missing.Message);
        Assert.Equal("v2", Assert.Single(h.Server.Edits).Text);
        Assert.Equal("v2", h.Server.MessageText(UserId, sent.Id));
    }

    [Fact]
    public async Task DeleteMessage_ExistingThenAgain_DeletesThenThrows()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        var sent = await h.Bot.SendMessage(UserId, "bye");

        await h.Bot.DeleteMessage(UserId, sent.Id);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.DeleteMessage(UserId, sent.Id));

        Assert.Equal(sent.Id, Assert.Single(h.Server.DeletedMessages).MessageId);
        Assert.Equal("Bad Request: message to delete not found", error.Message);
    }

    [Fact]
    public async Task GetChatAndMembers_Supergroup_ReturnRealisticShapes()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddGroup(GroupId, "News desk");
        h.Server.SetMember(GroupId, 7, "creator");
        h.Server.SetMember(GroupId, 8, "administrator");
        h.Server.SetMember(GroupId, 9, "member");

        var chat = await h.Bot.GetChat(GroupId);
        var owner = await h.Bot.GetChatMember(GroupId, 7);
        var admin = await h.Bot.GetChatMember(GroupId, 8);
        var member = await h.Bot.GetChatMember(GroupId, 9);
        var bot = await h.Bot.GetChatMember(GroupId, h.Server.BotId);
        var admins = await h.Bot.GetChatAdministrators(GroupId);
        var unknownUser = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.GetChatMember(GroupId, 12345));

        Assert.Equal(("News desk", ChatType.Supergroup), (chat.Title, chat.Type));
        Assert.IsType<ChatMemberOwner>(owner);
        Assert.True(Assert.IsType<ChatMemberAdministrator>(admin).CanDeleteMessages);
        Assert.IsType<ChatMemberMember>(member);
        Assert.Equal(ChatMemberStatus.Member, bot.Status);
        Assert.Equal([7L, 8L], admins.Select(a => a.User.Id));
        Assert.Equal("Bad Request: user not found", unknownUser.Message);
    }

    [Fact]
    public async Task AnswerCallbackQuery_PendingQuery_IsRecordedAndSecondAnswerFails()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        var sent = await h.Bot.SendMessage(UserId, "pick", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("A", "a")));
        h.Server.SendCallbackQuery(UserId, UserId, sent.Id, "a");
        var update = Assert.Single(await h.Bot.GetUpdates());

        await h.Bot.AnswerCallbackQuery(update.CallbackQuery!.Id, "Saved");
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.AnswerCallbackQuery(update.CallbackQuery.Id));

        Assert.Equal("a", update.CallbackQuery.Data);
        Assert.Equal(sent.Id, update.CallbackQuery.Message!.Id);
        Assert.Equal("Saved", Assert.Single(h.Server.AnsweredCallbacks).Text);
        Assert.StartsWith("Bad Request: query is too old", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetMyCommands_ValidAndInvalid_StoresValidRejectsInvalid()
    {
        await using var h = await BotApiHarness.StartAsync();

        await h.Bot.SetMyCommands([new BotCommand("start", "Start"), new BotCommand("topics", "List topics")]);
        var invalid = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SetMyCommands([new BotCommand("Bad-Name", "x")]));
        var read = await h.Bot.GetMyCommands();

        Assert.Equal([new BotCommandEntry("start", "Start"), new BotCommandEntry("topics", "List topics")], h.Server.MyCommands);
        Assert.Equal(["start", "topics"], read.Select(c => c.Command));
        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", invalid.Message);
    }

    [Fact]
    public async Task WebhookAndChatAction_Basics_Work()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        await h.Bot.DeleteWebhook(dropPendingUpdates: true);
        var info = await h.Bot.GetWebhookInfo();
        await h.Bot.SendChatAction(UserId, ChatAction.Typing);

        Assert.Equal("", info.Url);
        Assert.Equal(0, info.PendingUpdateCount);
    }

    [Fact]
    public async Task WaitUntilAsync_ConditionNeverTrue_ThrowsTimeoutWithState()
    {
        await using var h = await BotApiHarness.StartAsync();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => h.Server.WaitUntilAsync(s => s.Sent.Count > 0, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("0 message(s) accepted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitUntilAsync_MessageSentConcurrently_ReturnsWhenItArrives()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var waiting = h.Server.WaitUntilAsync(s => s.Sent.Count == 1, TimeSpan.FromSeconds(5));
        await h.Bot.SendMessage(UserId, "ping");
        await waiting;
    }
}
