using System.Diagnostics;
using AlertBot.TestBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Tests.TestBotApi;

public sealed class GetUpdatesTests
{
    private const long UserId = 1001;
    private const long GroupId = -1001234567890;
    private const long ChannelId = -1009876543210;

    [Fact]
    public async Task SendText_Command_ParsesAsBotCommandMessage()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId, "Ada");
        var updateId = h.Server.SendText(UserId, UserId, "/subscribe markets");

        var update = Assert.Single(await h.Bot.GetUpdates());

        Assert.Equal(updateId, update.Id);
        Assert.Equal(UpdateType.Message, update.Type);
        var message = update.Message!;
        Assert.Equal("/subscribe markets", message.Text);
        Assert.Equal(UserId, message.From!.Id);
        Assert.Equal("Ada", message.From.FirstName);
        Assert.Equal(UserId, message.Chat.Id);
        var command = Assert.Single(message.Entities!);
        Assert.Equal((MessageEntityType.BotCommand, 0, 10), (command.Type, command.Offset, command.Length));
        Assert.Equal("/subscribe", message.EntityValues!.Single());
    }

    [Fact]
    public async Task SendText_CommandAddressedToBotInGroupTopic_HasThreadAndFullCommandEntity()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddGroup(GroupId, "Desk", isForum: true);
        h.Server.SendText(GroupId, UserId, $"/status@{h.Server.BotUsername}", messageThreadId: 3);

        var message = Assert.Single(await h.Bot.GetUpdates()).Message!;

        Assert.Equal(ChatType.Supergroup, message.Chat.Type);
        Assert.Equal(3, message.MessageThreadId);
        Assert.Equal($"/status@{h.Server.BotUsername}", message.EntityValues!.Single());
    }

    [Fact]
    public async Task SendText_Channel_ArrivesAsChannelPostWithSenderChat()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddChannel(ChannelId, "Flash");
        h.Server.SendText(ChannelId, UserId, "/status");

        var update = Assert.Single(await h.Bot.GetUpdates());

        Assert.Equal(UpdateType.ChannelPost, update.Type);
        Assert.Equal(ChannelId, update.ChannelPost!.SenderChat!.Id);
        Assert.Null(update.ChannelPost.From);
    }

    [Fact]
    public async Task SendLocation_PrivateChat_ArrivesAsALocationMessageWithoutText()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId, "Ada");
        h.Server.SendLocation(UserId, UserId, 49.9935, 36.2304, horizontalAccuracy: 65);
        h.Server.SendLocation(UserId, UserId, -1.6741, 29.2284, livePeriod: 900, heading: 90, proximityAlertRadius: 500);

        var updates = await h.Bot.GetUpdates();

        Assert.Equal(2, updates.Length);
        var still = updates[0].Message!;
        Assert.Equal(MessageType.Location, still.Type);
        Assert.Null(still.Text);
        Assert.Equal((49.9935, 36.2304, 65.0), (still.Location!.Latitude, still.Location.Longitude, still.Location.HorizontalAccuracy!.Value));
        Assert.Null(still.Location.LivePeriod);
        var live = updates[1].Message!.Location!;
        Assert.Equal((900, 90, 500), (live.LivePeriod!.Value, live.Heading!.Value, live.ProximityAlertRadius!.Value));
    }

    [Theory]
    [InlineData(91.0, 0.0, null, null, null)]
    [InlineData(0.0, -180.5, null, null, null)]
    [InlineData(double.NaN, 0.0, null, null, null)]
    [InlineData(0.0, 0.0, 1501.0, null, null)]
    [InlineData(0.0, 0.0, null, 59, null)]
    [InlineData(0.0, 0.0, null, null, 90)] // a heading only comes with a live location
    [InlineData(0.0, 0.0, null, 600, 361)]
    public async Task SendLocation_ValuesTelegramNeverSends_AreRefused(double lat, double lon, double? accuracy, int? live, int? heading)
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId, "Ada");

        Assert.Throws<ArgumentOutOfRangeException>(() => h.Server.SendLocation(UserId, UserId, lat, lon, accuracy, live, heading));
        Assert.Equal(0, h.Server.PendingUpdates);
    }

    [Fact]
    public async Task GetUpdates_Offset_ConfirmsAndDropsEarlierUpdates()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        for (var i = 0; i < 3; i++)
            h.Server.SendText(UserId, UserId, $"m{i}");

        var all = await h.Bot.GetUpdates();
        var again = await h.Bot.GetUpdates();
        var afterSecond = await h.Bot.GetUpdates(offset: all[1].Id + 1);
        var afterLast = await h.Bot.GetUpdates(offset: all[2].Id + 1);

        Assert.Equal(["m0", "m1", "m2"], all.Select(u => u.Message!.Text));
        Assert.Equal(all.Select(u => u.Id), again.Select(u => u.Id));
        Assert.Equal(["m2"], afterSecond.Select(u => u.Message!.Text));
        Assert.Empty(afterLast);
        Assert.Equal(0, h.Server.PendingUpdates);
        Assert.True(all[0].Id < all[1].Id && all[1].Id < all[2].Id);
    }

    [Fact]
    public async Task GetUpdates_Limit_ReturnsOnlyThatMany()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        for (var i = 0; i < 5; i++)
            h.Server.SendText(UserId, UserId, $"m{i}");

        var two = await h.Bot.GetUpdates(limit: 2);

        Assert.Equal(["m0", "m1"], two.Select(u => u.Message!.Text));
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsAsSoonAsAnUpdateArrives()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        var clock = Stopwatch.StartNew();

        var polling = h.Bot.GetUpdates(timeout: 10);
        await h.Server.WaitUntilAsync(s => s.IsPolling, TimeSpan.FromSeconds(5));
        h.Server.SendText(UserId, UserId, "/start");
        var updates = await polling;

        Assert.Equal("/start", Assert.Single(updates).Message!.Text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task GetUpdates_LongPollWithNothing_ReturnsEmptyAfterTimeout()
    {
        await using var h = await BotApiHarness.StartAsync();
        var clock = Stopwatch.StartNew();

        var updates = await h.Bot.GetUpdates(timeout: 1);

        Assert.Empty(updates);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task GetUpdates_ConcurrentPoll_TerminatesTheEarlierWith409()
    {
        await using var h = await BotApiHarness.StartAsync();

        var first = h.Bot.GetUpdates(timeout: 10);
        await h.Server.WaitUntilAsync(s => s.IsPolling, TimeSpan.FromSeconds(5));
        var second = await h.Bot.GetUpdates(timeout: 1);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => first);

        Assert.Empty(second);
        Assert.Equal(409, error.ErrorCode);
        Assert.Equal("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", error.Message);
        Assert.Equal(1, h.Server.Stats.GetUpdatesConflicts);
    }

    [Fact]
    public async Task GetUpdates_AllowedUpdates_FiltersOtherTypes()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        var sent = await h.Bot.SendMessage(UserId, "pick");
        h.Server.SendText(UserId, UserId, "hello");
        h.Server.SendCallbackQuery(UserId, UserId, sent.Id, "a");

        var updates = await h.Bot.GetUpdates(allowedUpdates: [UpdateType.CallbackQuery]);

        Assert.Equal(UpdateType.CallbackQuery, Assert.Single(updates).Type);
    }

    [Fact]
    public async Task SendMyChatMember_BotPromoted_ArrivesAndChangesTheWorld()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddGroup(GroupId, "Desk");
        h.Server.SendMyChatMember(GroupId, UserId, "member", "administrator");

        var change = Assert.Single(await h.Bot.GetUpdates()).MyChatMember!;

        Assert.IsType<ChatMemberMember>(change.OldChatMember);
        Assert.Equal(h.Server.BotId, Assert.IsType<ChatMemberAdministrator>(change.NewChatMember).User.Id);
        Assert.Equal(UserId, change.From.Id);
        Assert.Equal("administrator", h.Server.BotStatusIn(GroupId));
    }

    [Fact]
    public async Task SendMyChatMember_UserBlocksBot_SendsThenFailWith403()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        h.Server.SendMyChatMember(UserId, UserId, "member", "kicked");

        var change = Assert.Single(await h.Bot.GetUpdates()).MyChatMember!;
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, "x"));

        Assert.IsType<ChatMemberBanned>(change.NewChatMember);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
    }

    [Fact]
    public async Task GetUpdates_WhileWebhookIsSet_Throws409()
    {
        await using var h = await BotApiHarness.StartAsync();
        await h.Bot.SetWebhook("https://example.org/hook");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.GetUpdates());

        Assert.Equal(409, error.ErrorCode);
        Assert.StartsWith("Conflict: can't use getUpdates method while webhook is active", error.Message, StringComparison.Ordinal);
    }
}
