using System.Text.Json.Nodes;
using AlertBot.TestBotApi;

namespace AlertBot.Tests.MiniApp;

/// <summary>The bot opens the settings page: its menu button, /settings in each kind of chat, the link's /start.</summary>
public sealed class MiniAppBotTests : IAsyncLifetime
{
    private TestBotApiServer _server = null!;
    private HostRunner _host = null!;

    public async Task InitializeAsync()
    {
        _server = await TestBotApiServer.StartAsync();
        _host = await HostRunner.StartAsync(_server, MiniAppKit.Args);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task AtStart_TheMenuButtonOpensThePage()
    {
        await _server.WaitUntilAsync(s => s.DefaultMenuButton is not null, MiniAppKit.Wait);

        var button = _server.DefaultMenuButton!;
        Assert.Equal("web_app", button["type"]!.GetValue<string>());
        Assert.Equal("Settings", button["text"]!.GetValue<string>());
        Assert.Equal(MiniAppKit.PublicUrl + "/app", button["web_app"]!["url"]!.GetValue<string>());
        Assert.Contains(_server.MyCommands, c => c.Command == "settings");
    }

    [Fact]
    public async Task Settings_InAPrivateChat_AnswersWithAWebAppButton()
    {
        _server.AddPrivateChat(901, "Ann");

        var reply = await CommandAsync(901, 901, "/settings");

        Assert.Equal(MiniAppKit.PublicUrl + "/app", Button(reply)["web_app"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Settings_InAGroup_LinksToAPrivateChat_WhoseStartOpensThePageOnThatGroup()
    {
        const long Group = -100910, Admin = 911;
        _server.AddGroup(Group, "Ops room");
        _server.SetMember(Group, Admin, "administrator");
        _server.AddPrivateChat(Admin, "Ada");

        var inGroup = await CommandAsync(Group, Admin, "/settings");
        var link = Button(inGroup)["url"]!.GetValue<string>();
        var start = link[(link.IndexOf("?start=", StringComparison.Ordinal) + "?start=".Length)..];
        var inPrivate = await CommandAsync(Admin, Admin, "/start " + start);

        // Telegram refuses web_app buttons outside private chats: the group gets a t.me link instead.
        Assert.Null(Button(inGroup)["web_app"]);
        Assert.Equal($"https://t.me/{_server.BotUsername}?start=settings_-100910", link);
        Assert.Equal(MiniAppKit.PublicUrl + "/app?chat=-100910", Button(inPrivate)["web_app"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Settings_InAChannel_PostsTheLinkInTheText_WithoutButtons()
    {
        const long Channel = -100920, Admin = 921;
        _server.AddChannel(Channel, "Wire");
        _server.SetMember(Channel, Admin, "administrator");
        _server.SendMyChatMember(Channel, Admin, "left", "administrator");
        await MiniAppKit.WaitForChatAsync(_host, Channel);

        var reply = await CommandAsync(Channel, 0, "/settings");

        Assert.Null(reply.ReplyMarkupJson);
        Assert.Contains($"https://t.me/{_server.BotUsername}?start=settings_-100920", reply.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_ForAChannelChosenWithUse_OpensThePageOnThatChannel()
    {
        const long Channel = -100930, Admin = 931;
        _server.AddChannel(Channel, "Desk", "deskwire");
        _server.SetMember(Channel, Admin, "administrator");
        _server.AddPrivateChat(Admin, "Ada");
        _server.SendMyChatMember(Channel, Admin, "left", "administrator");
        await MiniAppKit.WaitForChatAsync(_host, Channel);
        await CommandAsync(Admin, Admin, "/use @deskwire");

        var reply = await CommandAsync(Admin, Admin, "/settings");

        Assert.StartsWith("For channel Desk", reply.Text, StringComparison.Ordinal);
        Assert.Equal(MiniAppKit.PublicUrl + "/app?chat=-100930", Button(reply)["web_app"]!["url"]!.GetValue<string>());
    }

    private async Task<SentMessage> CommandAsync(long chatId, long userId, string text)
    {
        var before = _server.SentTo(chatId).Count;
        _server.SendText(chatId, userId, text);
        await _server.WaitUntilAsync(s => s.SentTo(chatId).Count > before, MiniAppKit.Wait);
        return _server.SentTo(chatId)[before];
    }

    private static JsonNode Button(SentMessage message) =>
        JsonNode.Parse(message.ReplyMarkupJson ?? throw new InvalidOperationException("no keyboard: " + message.Text))!["inline_keyboard"]![0]![0]!;
}
