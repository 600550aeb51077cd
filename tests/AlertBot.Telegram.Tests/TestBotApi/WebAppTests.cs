using System.Text;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace AlertBot.Telegram.Tests.TestBotApi;

/// <summary>
/// Mini App buttons as Telegram takes them: WebAppInfo.url is "an HTTPS URL"; an inline web_app button is "available
/// only in private chats between a user and the bot" (elsewhere BUTTON_TYPE_INVALID); setChatMenuButton takes a
/// MenuButton object (commands, web_app or default) for the default button or a private chat's.
/// </summary>
public sealed class WebAppTests
{
    private const long UserId = 3001;
    private const long GroupId = -1003001;
    private const long ChannelId = -1003002;
    private static readonly WebAppInfo Page = new() { Url = "https://alerts.example.test/app" };

    private static async Task<BotApiHarness> StartAsync()
    {
        var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId, "Ann");
        h.Server.AddGroup(GroupId, "Ops");
        h.Server.AddChannel(ChannelId, "Wire");
        h.Server.SetMember(ChannelId, h.Server.BotId, "administrator");
        return h;
    }

    [Fact]
    public async Task WebAppButton_InAPrivateChat_IsAccepted()
    {
        await using var h = await StartAsync();

        await h.Bot.SendMessage(UserId, "Settings", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithWebApp("Open", Page)));

        Assert.Contains("\"web_app\":{\"url\":\"https://alerts.example.test/app\"}", h.Server.SentTo(UserId).Single().ReplyMarkupJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GroupId)]
    [InlineData(ChannelId)]
    public async Task WebAppButton_InAGroupOrChannel_IsRefusedAsByTelegram(long chatId)
    {
        await using var h = await StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            h.Bot.SendMessage(chatId, "Settings", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithWebApp("Open", Page))));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: BUTTON_TYPE_INVALID", error.Message);
        Assert.DoesNotContain(h.Server.SentTo(chatId), m => m.Text == "Settings");
    }

    [Fact]
    public async Task WebAppButton_AddedByAnEditInAGroup_IsRefused()
    {
        await using var h = await StartAsync();
        var message = await h.Bot.SendMessage(GroupId, "Settings");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            h.Bot.EditMessageReplyMarkup(GroupId, message.Id, new InlineKeyboardMarkup(InlineKeyboardButton.WithWebApp("Open", Page))));

        Assert.Equal("Bad Request: BUTTON_TYPE_INVALID", error.Message);
    }

    [Theory]
    [InlineData("http://alerts.example.test/app")]
    [InlineData("alerts.example.test/app")]
    [InlineData("ftp://alerts.example.test/app")]
    public async Task WebAppButton_WithoutAnHttpsUrl_IsRefused(string url)
    {
        await using var h = await StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            h.Bot.SendMessage(UserId, "Settings", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithWebApp("Open", new WebAppInfo { Url = url }))));

        Assert.Equal(400, error.ErrorCode);
        Assert.Contains("Only HTTPS links are allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetChatMenuButton_WebApp_IsKept_AndGetChatMenuButtonAnswersIt()
    {
        await using var h = await StartAsync();

        await h.Bot.SetChatMenuButton(menuButton: new MenuButtonWebApp { Text = "Settings", WebApp = Page });
        var button = await h.Bot.GetChatMenuButton();
        var inPrivate = await h.Bot.GetChatMenuButton(UserId);

        Assert.Equal("https://alerts.example.test/app", Assert.IsType<MenuButtonWebApp>(button).WebApp.Url);
        Assert.Equal("Settings", ((MenuButtonWebApp)inPrivate).Text);
        Assert.Equal("web_app", h.Server.DefaultMenuButton!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetChatMenuButton_WithAnHttpUrl_OrForAGroup_IsRefused()
    {
        await using var h = await StartAsync();

        var http = await Assert.ThrowsAsync<ApiRequestException>(() =>
            h.Bot.SetChatMenuButton(menuButton: new MenuButtonWebApp { Text = "Settings", WebApp = new WebAppInfo { Url = "http://alerts.example.test/app" } }));
        var group = await Assert.ThrowsAsync<ApiRequestException>(() =>
            h.Bot.SetChatMenuButton(GroupId, new MenuButtonWebApp { Text = "Settings", WebApp = Page }));
        var empty = await Assert.ThrowsAsync<ApiRequestException>(() =>
            h.Bot.SetChatMenuButton(menuButton: new MenuButtonWebApp { Text = " ", WebApp = Page }));

        Assert.Contains("Only HTTPS links are allowed", http.Message, StringComparison.Ordinal);
        Assert.Equal(400, group.ErrorCode);
        Assert.Equal(400, empty.ErrorCode);
        Assert.Null(h.Server.DefaultMenuButton);
    }

    [Theory]
    [InlineData("menu_button=%5B1%5D", "MenuButton must be an Object")]
    [InlineData("menu_button=%7B%22type%22%3A%22bogus%22%7D", "unsupported menu button type")]
    public async Task SetChatMenuButton_NotAMenuButton_IsRefused(string form, string expected)
    {
        await using var h = await StartAsync();

        using var response = await h.Http.PostAsync(new Uri($"{h.Server.BaseUrl}/bot{h.Server.Token}/setChatMenuButton"),
            new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains(expected, body, StringComparison.Ordinal);
    }
}
