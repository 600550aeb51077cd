using System.Text.Json.Nodes;
using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.TestBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Tests.Commands;

/// <summary>
/// my_chat_member through the real host: a channel that adds the bot registers itself and its adder is told; a
/// channel that removes the bot, takes its posting right or blocks it is disabled at once, without a send.
/// </summary>
public sealed class MembershipTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private static readonly string[] FastArgs = ["--Telegram:PrivateChatInterval=00:00:00.05", "--Telegram:GroupChatInterval=00:00:00.05"];
    private const long Channel = -100800, Adder = 31, Reader = 33;
    private TestBotApiServer _server = null!;
    private HostRunner _host = null!;

    public async Task InitializeAsync()
    {
        _server = await TestBotApiServer.StartAsync();
        _host = await HostRunner.StartAsync(_server, FastArgs);
        _server.AddChannel(Channel, "Night Wire");
        _server.SetMember(Channel, Adder, "administrator");
        _server.AddPrivateChat(Adder, "Ada");
        _server.SendText(Adder, Adder, "/start");
        await _server.WaitUntilAsync(s => s.SentTo(Adder).Count == 1, Wait);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }

    private Stores Store => _host.Services.GetRequiredService<Stores>();

    [Fact]
    public async Task BotAddedToChannel_RegistersItFollowingNothing_AndMessagesTheAdderWithAButton()
    {
        _server.SendMyChatMember(Channel, Adder, "left", "administrator");
        await _server.WaitUntilAsync(s => s.SentTo(Adder).Count == 2, Wait);
        var told = _server.SentTo(Adder)[1];
        var chat = await Store.Chats.GetChatAsync(Channel);

        _server.SendCallbackQuery(Adder, Adder, told.MessageId, Assert.Single(CallbackData(told)));
        await _server.WaitUntilAsync(s => s.SentTo(Adder).Count == 3, Wait);

        Assert.Equal((true, ChatKind.Channel, "Night Wire"), (chat!.Enabled, chat.Kind, chat.Title));
        Assert.Empty(chat.Topics);
        Assert.Contains("You added me to channel Night Wire.", told.Text, StringComparison.Ordinal);
        Assert.Contains("follows nothing yet", told.Text, StringComparison.Ordinal);
        Assert.Equal(["u:-100800"], CallbackData(told));
        Assert.Contains("Now configuring channel Night Wire", _server.SentTo(Adder)[2].Text, StringComparison.Ordinal);
        Assert.Equal(0, _server.Stats.SendAttemptsTo(Channel)); // the channel's readers saw nothing
    }

    [Fact]
    public async Task BotAddedByAUserWhoNeverStartedIt_RegistersTheChat_AndMessagesNobody()
    {
        const long Stranger = 34;
        _server.SetMember(Channel, Stranger, "administrator");

        _server.SendMyChatMember(Channel, Stranger, "left", "administrator");
        await WaitForChatAsync(Channel, c => c.Enabled);

        Assert.Equal(0, _server.Stats.SendAttemptsTo(Stranger));
        Assert.Equal(0, _server.Stats.SendAttemptsTo(Channel));
    }

    [Fact]
    public async Task BotRemoved_DisablesTheChatAtOnce_ClosesItsDeliveries_AndTheNextAlertSkipsIt_UntilRightsComeBack()
    {
        _server.SendMyChatMember(Channel, Adder, "left", "administrator");
        await WaitForChatAsync(Channel, c => c.Enabled);
        var registered = (await Store.Chats.GetChatAsync(Channel))!;
        // Configured for a morning digest of everything: its alerts wait in the outbox, held.
        await Store.Chats.SaveChatAsync(registered with { Topics = new HashSet<string> { ChatSettings.AllTopics }, Mode = DeliveryMode.Digest, DigestAt = new TimeOnly(7, 0) });
        _server.AddPrivateChat(Reader, "Rae");
        _server.SendText(Reader, Reader, "/start");
        await _server.WaitUntilAsync(s => s.SentTo(Reader).Count == 1, Wait);
        await _host.DropArticleAsync("one.txt", Fixtures.Numbered(1));
        await _server.WaitUntilAsync(s => s.SentTo(Reader).Count == 2, Wait);
        var held = Assert.Single(await Store.Outbox.GetDeliveriesAsync(DeliveryStates.Held, Channel, 10));

        _server.SendMyChatMember(Channel, Adder, "administrator", "left");
        await WaitForChatAsync(Channel, c => !c.Enabled);
        var closed = Assert.Single(await Store.Outbox.GetDeliveriesAsync(null, Channel, 10));
        await _host.DropArticleAsync("two.txt", Fixtures.Numbered(2));
        await _server.WaitUntilAsync(s => s.SentTo(Reader).Count == 3, Wait);
        var afterSecond = await Store.Outbox.GetDeliveriesAsync(null, Channel, 10);
        var chats = await CliAsync("chats");
        var status = await CliAsync("status");

        _server.SendMyChatMember(Channel, Adder, "left", "administrator");
        await WaitForChatAsync(Channel, c => c.Enabled);
        // The adder follows everything too, so alerts came in between: wait for the note itself.
        await _server.WaitUntilAsync(s => s.SentTo(Adder).Any(m => m.Text.Contains("gets alerts again with the settings it had", StringComparison.Ordinal)), Wait);
        var back = (await Store.Chats.GetChatAsync(Channel))!;

        Assert.Equal(held.Id, closed.Id);
        Assert.Equal(DeliveryStates.Cancelled, closed.State);
        Assert.StartsWith("bot removed from the chat by user 31", closed.LastError, StringComparison.Ordinal);
        Assert.Single(afterSecond); // no row for the second alert
        Assert.Equal(0, _server.Stats.SendAttemptsTo(Channel));
        Assert.Contains("-100800 channel \"Night Wire\" disabled: bot removed from the chat by user 31", chats, StringComparison.Ordinal);
        Assert.Contains("disabled -100800 Night Wire: bot removed from the chat by user 31", status, StringComparison.Ordinal);
        // Rights back: the old settings, and the adder is told.
        Assert.Equal((DeliveryMode.Digest, new TimeOnly(7, 0)), (back.Mode, back.DigestAt));
        Assert.Equal([ChatSettings.AllTopics], back.Topics);
        Assert.Null(back.DisabledReason);
        Assert.Equal(2, _server.SentTo(Adder).Count(m => m.Text.StartsWith("You added me to channel Night Wire.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PostingRightTakenAway_DisablesTheChannel_AndGivenBack_EnablesItAgain()
    {
        _server.SendMyChatMember(Channel, Adder, "left", "administrator");
        await WaitForChatAsync(Channel, c => c.Enabled);

        _server.SendMyChatMember(Channel, Adder, "administrator", "administrator", canPostMessages: false);
        await WaitForChatAsync(Channel, c => !c.Enabled);
        var reason = (await Store.Chats.GetChatAsync(Channel))!.DisabledReason;
        _server.SendMyChatMember(Channel, Adder, "administrator", "administrator", canPostMessages: true, oldCanPostMessages: false);
        await WaitForChatAsync(Channel, c => c.Enabled);

        Assert.StartsWith("bot's right to post messages taken away by user 31", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserBlocksTheBot_DisablesTheirChatWithoutASend_AndUnblocking_EnablesItAgain()
    {
        _server.AddPrivateChat(Reader, "Rae");
        _server.SendText(Reader, Reader, "/start");
        await _server.WaitUntilAsync(s => s.SentTo(Reader).Count == 1, Wait);
        var attempts = _server.Stats.SendAttemptsTo(Reader);

        _server.SendMyChatMember(Reader, Reader, "member", "kicked");
        await WaitForChatAsync(Reader, c => !c.Enabled);
        var reason = (await Store.Chats.GetChatAsync(Reader))!.DisabledReason;
        await _host.DropArticleAsync("one.txt", Fixtures.Numbered(3));
        await WaitForAsync(async () => await Store.Stories.CountArticlesAsync() == 1);
        var rows = await Store.Outbox.GetDeliveriesAsync(null, Reader, 10);
        _server.SendMyChatMember(Reader, Reader, "kicked", "member");
        await WaitForChatAsync(Reader, c => c.Enabled);

        Assert.StartsWith("the user blocked the bot", reason, StringComparison.Ordinal);
        Assert.Single(rows); // only the /start reply: no row for the alert
        Assert.Equal(attempts, _server.Stats.SendAttemptsTo(Reader));
        Assert.Equal(0, _server.Stats.Forbidden);
    }

    private async Task<string> CliAsync(string verb)
    {
        var output = new StringWriter();
        await global::AlertBot.Cli.Commands.RunAsync([verb, "--data", _host.DataPath], output, new StringWriter());
        return output.ToString();
    }

    private async Task WaitForChatAsync(long chatId, Func<ChatSettings, bool> condition) =>
        await WaitForAsync(async () => await Store.Chats.GetChatAsync(chatId) is { } chat && condition(chat));

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Wait;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException("The condition did not hold in time.");
            await Task.Delay(50);
        }
    }

    private static List<string> CallbackData(SentMessage message) =>
        [.. JsonNode.Parse(message.ReplyMarkupJson!)!["inline_keyboard"]!.AsArray()
            .SelectMany(row => row!.AsArray())
            .Select(button => button!["callback_data"]!.GetValue<string>())];
}
