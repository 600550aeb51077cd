using AlertBot.TestBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Tests.TestBotApi;

/// <summary>
/// The test server's date-time entities (<c>&lt;tg-time&gt;</c> in HTML) and rich messages (sendRichMessage, rich
/// edits), driven by the real Telegram.Bot client with its own Bot API 10 types.
/// </summary>
public sealed class RichMessageTests
{
    private const long UserId = 1001;

    [Theory]
    [InlineData("<tg-time unix=\"1700000000\" format=\"wdt\">Tue 14 Nov 22:13 UTC</tg-time>", 1700000000L, "wdt")]
    [InlineData("<tg-time unix=\"1700000000\" format=\"r\">soon</tg-time>", 1700000000L, "r")]
    [InlineData("<tg-time unix=\"1\" format=\"\">epoch</tg-time>", 1L, "")]
    [InlineData("<tg-time unix=\"2147483647\" format=\"DT\">last</tg-time>", 2147483647L, "DT")]
    [InlineData("<tg-time unix=\"1700000000\" format=\"wD\">x</tg-time>", 1700000000L, "wD")]
    [InlineData("<tg-time unix=\"1700000000\">no format</tg-time>", 1700000000L, "")]
    public async Task SendMessage_TgTime_BecomesADateTimeEntity(string html, long unix, string format)
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var sent = await h.Bot.SendMessage(UserId, "At " + html, ParseMode.Html);

        var entity = Assert.Single(sent.Entities!);
        Assert.Equal(MessageEntityType.DateTime, entity.Type);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime, entity.UnixTime);
        Assert.Equal(format, entity.DateTimeFormat);
        var recorded = Assert.Single(Assert.Single(h.Server.Sent).DateTimes);
        Assert.Equal((unix, format, 3), (recorded.UnixTime!.Value, recorded.DateTimeFormat, recorded.Offset));
    }

    [Theory]
    [InlineData("<tg-time format=\"t\">x</tg-time>", "Tag \"tg-time\" must have a valid attribute \"unix\" at byte offset 0")]
    [InlineData("<tg-time unix=\"0\" format=\"t\">x</tg-time>", "Tag \"tg-time\" must have a valid attribute \"unix\" at byte offset 0")]
    [InlineData("<tg-time unix=\"-5\" format=\"t\">x</tg-time>", "Tag \"tg-time\" must have a valid attribute \"unix\" at byte offset 0")]
    [InlineData("<tg-time unix=\"2147483648\" format=\"t\">x</tg-time>", "Tag \"tg-time\" must have a valid attribute \"unix\" at byte offset 0")]
    [InlineData("<tg-time unix=\"17e8\" format=\"t\">x</tg-time>", "Tag \"tg-time\" must have a valid attribute \"unix\" at byte offset 0")]
    [InlineData("<tg-time unix=\"1700000000\" format=\"x\">x</tg-time>", "Invalid date-time format \"x\" specified in tag \"tg-time\" at byte offset 0")]
    [InlineData("<tg-time unix=\"1700000000\" format=\"rt\">x</tg-time>", "Invalid date-time format \"rt\" specified in tag \"tg-time\" at byte offset 0")]
    [InlineData("<tg-time unix=\"1700000000\" format=\"tw\">x</tg-time>", "Invalid date-time format \"tw\" specified in tag \"tg-time\" at byte offset 0")]
    [InlineData("<tg-time unix=\"1700000000\" format=\"dD\">x</tg-time>", "Invalid date-time format \"dD\" specified in tag \"tg-time\" at byte offset 0")]
    [InlineData("<tg-time unix=\"1700000000\" format=\"ww\">x</tg-time>", "Invalid date-time format \"ww\" specified in tag \"tg-time\" at byte offset 0")]
    public async Task SendMessage_BadTgTime_Is400CantParseEntities(string html, string reason)
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, html, ParseMode.Html));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: can't parse entities: " + reason, error.Message);
    }

    [Fact]
    public async Task SendRichMessage_Blocks_AreRecordedAsAReaderSeesThem()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var sent = await h.Bot.SendRichMessage(UserId, Sample());

        var recorded = Assert.Single(h.Server.Sent);
        Assert.Equal(sent.MessageId, recorded.MessageId);
        var blocks = recorded.RichBlocks!;
        Assert.Equal(["heading", "paragraph", "table", "map", "details", "blockquote", "paragraph", "footer"], blocks.Select(b => b.Type));
        Assert.Equal("Head <b>not bold</b>", blocks[0].Text);
        Assert.Equal(["bold"], blocks[1].Styles);
        Assert.Equal([["UTC", "Local"], ["14 Nov 22:13 UTC", "14 Nov 22:13 UTC"]], blocks[2].Rows);
        Assert.Equal(new RichDateTime("14 Nov 22:13 UTC", 1700000000, "wdt"), Assert.Single(blocks[2].DateTimes));
        Assert.Equal(new RichMap(12.65, -8, 10, 600, 300), blocks[3].Map);
        Assert.Equal([0, 0, 0, 0, 0, 1, 2, 0], blocks.Select(b => b.Depth));
        Assert.Equal(new RichLink("Source", "https://news.example/a"), Assert.Single(blocks[7].Links));
        Assert.Equal(MessageType.RichMessage, sent.Type);
    }

    public static TheoryData<string, InputRichBlock> InvalidBlocks() => new()
    {
        { "heading size must be between 1 and 6", new InputRichBlockSectionHeading { Text = "x", Size = 7 } },
        { "map zoom must be between 0 and 24", MapBlock(zoom: 25) },
        { "the map's width and height must not exceed 10000 in total", MapBlock(width: 9000, height: 2000) },
        { "the map's width and height ratio must be at most 20", MapBlock(width: 4200, height: 200) },
        { "the map's location is invalid", new InputRichBlockMap { Location = new Location { Latitude = 91, Longitude = 0 }, Width = 10, Height = 10 } },
        { "invalid date-time format \"tw\"", new InputRichBlockParagraph { Text = new RichTextDateTime { Text = "x", UnixTime = DateTime.UnixEpoch.AddSeconds(1700000000), DateTimeFormat = "tw" } } },
        { "field \"unix_time\" of a date_time must be a valid Unix time", new InputRichBlockParagraph { Text = new RichTextDateTime { Text = "x", UnixTime = new DateTime(2040, 1, 1, 0, 0, 0, DateTimeKind.Utc), DateTimeFormat = "t" } } },
        { "URL \"javascript:alert(1)\" is invalid", new InputRichBlockFooter { Text = new RichTextUrl { Text = "x", Url = "javascript:alert(1)" } } },
        { "a table can have at most 20 columns", new InputRichBlockTable { Cells = [[.. Enumerable.Range(0, 21).Select(i => Cell(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]] } },
        { "the thinking block can be used only in sendRichMessageDraft", new InputRichBlockThinking { Text = "…" } },
    };

    [Theory]
    [MemberData(nameof(InvalidBlocks))]
    public async Task SendRichMessage_InvalidBlock_Is400(string reason, InputRichBlock block)
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendRichMessage(UserId, new InputRichMessage { Blocks = [block] }));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: can't parse rich message: " + reason, error.Message);
        Assert.Empty(h.Server.Sent);
    }

    [Fact]
    public async Task SendRichMessage_OverTheLimits_Is400()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        var tooLong = new InputRichMessage { Blocks = [new InputRichBlockParagraph { Text = new string('x', 32_769) }] };
        var tooMany = new InputRichMessage { Blocks = [.. Enumerable.Range(0, 501).Select(_ => (InputRichBlock)new InputRichBlockParagraph { Text = "x" })] };
        InputRichBlock nested = new InputRichBlockParagraph { Text = "deep" };
        for (var i = 0; i < 16; i++)
            nested = new InputRichBlockBlockQuotation { Blocks = [nested] };

        var errors = new List<string>();
        foreach (var message in new[] { tooLong, tooMany, new InputRichMessage { Blocks = [nested] }, new InputRichMessage { Html = "<p>x</p>" } })
            errors.Add((await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendRichMessage(UserId, message))).Message);

        Assert.Equal(
            [
                "Bad Request: can't parse rich message: the message is too long (32769 characters, at most 32768)",
                "Bad Request: can't parse rich message: too many blocks (at most 500)",
                "Bad Request: can't parse rich message: blocks are nested too deeply (at most 16 levels)",
                "Bad Request: the test Bot API server models only rich_message.blocks, which AlertBot sends",
            ],
            errors);
    }

    [Fact]
    public async Task EditMessageText_WithRichMessage_ReplacesTheBlocks_AndTheSameAgainIsNotModified()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        var sent = await h.Bot.SendRichMessage(UserId, Sample());
        var updated = new InputRichMessage { Blocks = [new InputRichBlockParagraph { Text = "Updated" }] };

        await h.Bot.EditMessageText(UserId, sent.MessageId, null!, richMessage: updated);
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.EditMessageText(UserId, sent.MessageId, null!, richMessage: updated));

        var edit = Assert.Single(h.Server.Edits);
        Assert.Equal("paragraph", Assert.Single(edit.RichBlocks!).Type);
        Assert.Equal("Updated", h.Server.MessageText(UserId, sent.MessageId));
        Assert.StartsWith("Bad Request: message is not modified", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RichMessagesUnsupported_SendRichMessageIs404_AndARichEditHasNoText()
    {
        await using var h = await BotApiHarness.StartAsync(new TestBotApiOptions { RichMessagesUnsupported = true });
        h.Server.AddPrivateChat(UserId);
        var text = await h.Bot.SendMessage(UserId, "plain");

        var send = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendRichMessage(UserId, Sample()));
        var edit = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.EditMessageText(UserId, text.MessageId, null!, richMessage: Sample()));

        Assert.Equal((404, "Not Found"), (send.ErrorCode, send.Message));
        Assert.Equal((400, "Bad Request: message text is empty"), (edit.ErrorCode, edit.Message));
    }

    private static InputRichMessage Sample() => new()
    {
        SkipEntityDetection = true,
        Blocks =
        [
            new InputRichBlockSectionHeading { Text = "Head <b>not bold</b>", Size = 2 },
            new InputRichBlockParagraph { Text = new RichTextArray { Array = ["a ", new RichTextBold { Text = "b" }] } },
            new InputRichBlockTable
            {
                Cells =
                [
                    [Cell("UTC"), Cell("Local")],
                    [Cell("14 Nov 22:13 UTC"), Cell(new RichTextDateTime { Text = "14 Nov 22:13 UTC", UnixTime = DateTime.UnixEpoch.AddSeconds(1700000000), DateTimeFormat = "wdt" })],
                ],
            },
            MapBlock(),
            new InputRichBlockDetails
            {
                Summary = "Source lines",
                Blocks = [new InputRichBlockBlockQuotation { Blocks = [new InputRichBlockParagraph { Text = "“quoted”" }] }],
            },
            new InputRichBlockFooter { Text = new RichTextUrl { Text = "Source", Url = "https://news.example/a" } },
        ],
    };

    private static InputRichBlockMap MapBlock(int zoom = 10, int width = 600, int height = 300) => new()
    {
        Location = new Location { Latitude = 12.65, Longitude = -8 },
        Zoom = zoom,
        Width = width,
        Height = height,
        Caption = new RichBlockCaption { Text = "Bamako" },
    };

    private static RichBlockTableCell Cell(RichText text) => new() { Text = text, Align = RichBlockTableCellAlign.Left, Valign = RichBlockTableCellValign.Top };
}
