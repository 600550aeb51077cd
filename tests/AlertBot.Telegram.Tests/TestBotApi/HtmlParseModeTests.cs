using AlertBot.TestBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Tests.TestBotApi;

public sealed class HtmlParseModeTests
{
    private const long UserId = 1001;

    [Theory]
    [InlineData("<b>x", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("a < b", "Unsupported start tag \"\" at byte offset 2")]
    [InlineData("<script>alert(1)</script>", "Unsupported start tag \"script\" at byte offset 0")]
    [InlineData("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("x</b>", "Unexpected end tag at byte offset 1")]
    [InlineData("<p>para</p>", "Unsupported start tag \"p\" at byte offset 0")]
    [InlineData("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")]
    [InlineData("é <br>", "Unsupported start tag \"br\" at byte offset 3")]
    [InlineData("<a href=\"https://x.org\"", "Unclosed start tag at byte offset 0")]
    [InlineData("Tom & Jerry", "Character \"&\" is not the start of an HTML entity at byte offset 4; escape it as \"&amp;\"")]
    [InlineData("&nbsp;", "Character \"&\" is not the start of an HTML entity at byte offset 0; escape it as \"&amp;\"")]
    public async Task SendMessage_MalformedHtml_Throws400CantParseEntities(string html, string reason)
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, html, ParseMode.Html));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: can't parse entities: " + reason, error.Message);
        Assert.Empty(h.Server.Sent);
    }

    [Theory]
    [InlineData("<b>bold</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <ins>n</ins>", "bold s i e u n")]
    [InlineData("<s>a</s><strike>b</strike><del>c</del>", "abc")]
    [InlineData("<tg-spoiler>x</tg-spoiler><span class=\"tg-spoiler\">y</span>", "xy")]
    [InlineData("<a href=\"https://example.org/?a=1&amp;b=2\">link</a>", "link")]
    [InlineData("<code>a &lt; b</code> <pre><code class=\"language-csharp\">var x = 1;</code></pre>", "a < b var x = 1;")]
    [InlineData("<blockquote expandable>quote</blockquote><blockquote>q</blockquote>", "quoteq")]
    [InlineData("<tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji>", "👍")]
    [InlineData("&lt;&gt;&amp;&quot;&#65;&#x42;", "<>&\"AB")]
    [InlineData("<B>upper case tags</B>", "upper case tags")]
    [InlineData("a > b is fine", "a > b is fine")]
    public async Task SendMessage_WellFormedHtml_IsAcceptedWithVisibleText(string html, string visible)
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var message = await h.Bot.SendMessage(UserId, html, ParseMode.Html);

        Assert.Equal(visible, message.Text);
        Assert.Equal(visible, Assert.Single(h.Server.Sent).Text);
        Assert.Equal(html, h.Server.Sent[0].RawText);
    }

    [Fact]
    public async Task SendMessage_HtmlEntities_ComeBackAsTelegramEntities()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var message = await h.Bot.SendMessage(UserId,
            "🚨 <b>Flash</b> <a href=\"https://example.org\">src</a> <pre><code class=\"language-json\">{}</code></pre>", ParseMode.Html);

        Assert.Equal(
            [(MessageEntityType.Bold, 3, 5, null, null), (MessageEntityType.TextLink, 9, 3, "https://example.org", null), (MessageEntityType.Pre, 13, 2, null, "json")],
            message.Entities!.Select(e => (e.Type, e.Offset, e.Length, e.Url, e.Language)));
    }

    [Fact]
    public async Task SendMessage_4096VisibleCharactersWithTags_IsAccepted()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        var html = "<b>" + new string('a', 2000) + "</b>&amp;" + new string('b', 2095);

        var message = await h.Bot.SendMessage(UserId, html, ParseMode.Html);

        Assert.Equal(4096, message.Text!.Length);
    }

    [Fact]
    public async Task SendMessage_4097VisibleCharacters_Throws400TooLong()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        var html = "<b>" + new string('a', 2000) + "</b>&amp;" + new string('b', 2096);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, html, ParseMode.Html));

        Assert.Equal("Bad Request: message is too long", error.Message);
    }

    [Fact]
    public async Task SendMessage_LengthCountsUtf16CodeUnits_EmojiCountTwice()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        var fits = string.Concat(Enumerable.Repeat("🚨", 2048));

        await h.Bot.SendMessage(UserId, fits);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, fits + "x"));

        Assert.Equal("Bad Request: message is too long", error.Message);
    }

    [Theory]
    [InlineData("", ParseMode.None)]
    [InlineData("   \n ", ParseMode.None)]
    [InlineData("<b> </b>", ParseMode.Html)]
    public async Task SendMessage_EmptyVisibleText_Throws400Empty(string text, ParseMode parseMode)
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, text, parseMode));

        Assert.Equal("Bad Request: message text is empty", error.Message);
    }

    [Fact]
    public async Task SendMessage_MarkdownV2_IsRejectedClearly()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, "*bold*", ParseMode.MarkdownV2));

        Assert.Equal(400, error.ErrorCode);
        Assert.Contains("HTML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_BareAmpersandWhenLenient_IsAcceptedLikeTelegram()
    {
        await using var h = await BotApiHarness.StartAsync(new TestBotApiOptions { RejectBareAmpersand = false });
        h.Server.AddPrivateChat(UserId);

        var message = await h.Bot.SendMessage(UserId, "Tom & Jerry", ParseMode.Html);

        Assert.Equal("Tom & Jerry", message.Text);
    }
}
