using System.Net;
using System.Text.Json;
using AlertBot.TestBotApi;
using AlertBot.Tests.Ingest;
using AlertBot.Tests.Observe;

namespace AlertBot.Tests.Deliver;

/// <summary>
/// Rich alerts end to end: the real Telegram.Bot client sends sendRichMessage to the strict test server, which parses
/// the blocks the way a reader would see them. Also: reader-local date-time entities in classic alerts, /format per
/// chat, edits of a rich alert, and the fall-back to HTML when the server has no rich messages.
/// </summary>
public sealed class RichAlertTests : HostedBotTest, IDisposable
{
    private const string Key = "rich-test-key";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private static readonly long At0415 = new DateTimeOffset(2024, 3, 5, 4, 15, 0, TimeSpan.Zero).ToUnixTimeSeconds();
    private HttpClient _http = null!;

    protected override IEnumerable<string> HostArgs => ["--Telegram:AlertFormat=Rich", $"--Push:ApiKey={Key}"];

    protected override Task HostStartedAsync()
    {
        _http = new HttpClient { BaseAddress = Host.BaseAddress };
        return Task.CompletedTask;
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task RichAlert_HasHeadingKeyTimesTableWithReaderTimesMapAndFoldedSourceLines()
    {
        await StartChatAsync(5001);
        await Host.DropArticleAsync("tessalit.txt", Fixtures.KidalStyle);
        await Server.WaitUntilAsync(s => s.SentTo(5001).Count == 2, Wait);

        var alert = Server.SentTo(5001)[1];
        Assert.True(alert.IsRich);
        var blocks = alert.RichBlocks!;
        Assert.Equal("heading", blocks[0].Type);
        Assert.Equal("⚡ Army Retakes Northern Town After Overnight Assault", blocks[0].Text);

        var table = Assert.Single(blocks, b => b.Type == "table");
        Assert.Equal(["UTC", "Your time", "What happened"], table.Rows[0]);
        Assert.Equal("Tue 5 Mar 2024 04:15 UTC", table.Rows[1][0]);
        Assert.Equal("The army announced that its units had entered the town centre", table.Rows[1][2]);
        // The reader's own time: a date-time whose Unix time is the key time, the UTC form for older clients.
        var readerTime = table.DateTimes[0];
        Assert.Equal(At0415, readerTime.UnixTime);
        Assert.Equal("wdt", readerTime.Format);
        Assert.Equal("Tue 5 Mar 2024 04:15 UTC", readerTime.Text);
        Assert.Equal(2, table.DateTimes.Count);

        var map = Assert.Single(blocks, b => b.Type == "map");
        Assert.Equal(20.2013, map.Map!.Latitude, 3);
        Assert.Equal(1.0119, map.Map.Longitude, 3);
        Assert.Equal(10, map.Map.Zoom);
        Assert.Equal("📍 Tessalit, Mali", map.Text);

        var details = Assert.Single(blocks, b => b.Type == "details");
        Assert.Equal("Source lines", details.Text);
        var quote = blocks[blocks.ToList().IndexOf(details) + 1];
        Assert.Equal("blockquote", quote.Type);
        Assert.Contains(blocks, b => b.Depth == 2 && b.Text == "“0415 GMT on March 5th, 2024”");
        Assert.Contains("#tessalit", Assert.Single(blocks, b => b.Type == "footer").Text, StringComparison.Ordinal);
        Assert.Equal(0, Server.Stats.BadRequests);
    }

    [Fact]
    public async Task RichAlert_WithoutAKnownPlace_HasNoMap()
    {
        await StartChatAsync(5002);
        await Host.DropArticleAsync("convoy.txt", Fixtures.Numbered(1));
        await Server.WaitUntilAsync(s => s.SentTo(5002).Count == 2, Wait);

        var alert = Server.SentTo(5002)[1];
        Assert.True(alert.IsRich);
        Assert.DoesNotContain(alert.RichBlocks!, b => b.Type == "map");
        Assert.Single(alert.RichBlocks!, b => b.Type == "table");
    }

    [Fact]
    public async Task UpdatedStory_EditsTheRichAlertWithRichContent()
    {
        await StartChatAsync(5003);
        Assert.Equal("stored", await PushAsync("rich-story", Fixtures.HarbourV1));
        await Server.WaitUntilAsync(s => s.SentTo(5003).Count == 2, Wait);
        var alert = Server.SentTo(5003)[1];
        Assert.True(alert.IsRich);

        Assert.Equal("updated", await PushAsync("rich-story", Fixtures.HarbourV2));
        await Server.WaitUntilAsync(s => s.Edits.Any(e => e.ChatId == 5003), Wait);

        var edit = Assert.Single(Server.Edits, e => e.ChatId == 5003);
        Assert.Equal(alert.MessageId, edit.MessageId);
        var table = Assert.Single(edit.RichBlocks!, b => b.Type == "table");
        Assert.Contains(table.Rows, r => r[0] == "Fri 9 Feb 2024 23:10 UTC");
        Assert.Contains(table.DateTimes, d => d.UnixTime == new DateTimeOffset(2024, 2, 9, 23, 10, 0, TimeSpan.Zero).ToUnixTimeSeconds());
        var footer = Assert.Single(edit.RichBlocks!, b => b.Type == "footer");
        Assert.Contains("Updated", footer.Text, StringComparison.Ordinal);
        Assert.Single(footer.DateTimes);
        Assert.Equal(2, Server.SentTo(5003).Count);
    }

    [Fact]
    public async Task UpdatedStory_PastTheEditWindow_RepliesWithAShortRichMessage()
    {
        await StartChatAsync(5009);
        Assert.Equal("stored", await PushAsync("rich-late", Fixtures.HarbourV1));
        await Server.WaitUntilAsync(s => s.SentTo(5009).Count == 2, Wait);
        var alert = Server.SentTo(5009)[1];
        // The alert went out two days ago: Telegram no longer lets the bot edit it.
        await Host.AgeSentAlertAsync(5009, TimeSpan.FromDays(2));

        Assert.Equal("updated", await PushAsync("rich-late", Fixtures.HarbourV2));
        await Server.WaitUntilAsync(s => s.SentTo(5009).Count == 3, Wait);

        var followUp = Server.SentTo(5009)[2];
        Assert.True(followUp.IsRich);
        Assert.Equal(alert.MessageId, followUp.ReplyToMessageId);
        Assert.Equal("heading", followUp.RichBlocks![0].Type);
        Assert.StartsWith("✏️ Update", followUp.RichBlocks[0].Text, StringComparison.Ordinal);
        var keyTimes = Assert.Single(followUp.RichBlocks, b => b.DateTimes.Count > 0);
        Assert.Equal(new DateTimeOffset(2024, 2, 9, 23, 10, 0, TimeSpan.Zero).ToUnixTimeSeconds(), Assert.Single(keyTimes.DateTimes).UnixTime);
        Assert.Contains(followUp.RichBlocks, b => b.Text.Contains("firefighters said the blaze was under control", StringComparison.Ordinal));
        Assert.Empty(Server.Edits);
    }

    [Fact]
    public async Task RichEditRefused_FallsBackToAnHtmlEdit_AndLaterAlertsAreStillRich()
    {
        await StartChatAsync(5010);
        Assert.Equal("stored", await PushAsync("refused-edit", Fixtures.HarbourV1));
        await Server.WaitUntilAsync(s => s.SentTo(5010).Count == 2, Wait);
        // Telegram refuses the rich content of this one edit (say, the message went out before the chat chose rich).
        Server.Faults.NextFor("editMessageText", Fault.BadRequest("Bad Request: RICH_MESSAGE_INVALID"), chatId: 5010);

        Assert.Equal("updated", await PushAsync("refused-edit", Fixtures.HarbourV2));
        await Server.WaitUntilAsync(s => s.Edits.Any(e => e.ChatId == 5010), Wait);
        await Host.DropArticleAsync("convoy.txt", Fixtures.Numbered(3));
        await Server.WaitUntilAsync(s => s.SentTo(5010).Count == 3, Wait);

        var edit = Assert.Single(Server.Edits, e => e.ChatId == 5010);
        Assert.Null(edit.RichBlocks);
        Assert.Contains("Fri 9 Feb 2024 23:10 UTC", edit.Text, StringComparison.Ordinal);
        Assert.True(Server.SentTo(5010)[2].IsRich);
    }

    [Fact]
    public async Task FormatClassic_InOneChat_WhileAnotherGetsRich()
    {
        await StartChatAsync(5004);
        await StartChatAsync(5005);
        Server.SendText(5004, 5004, "/format classic");
        await Server.WaitUntilAsync(s => s.SentTo(5004).Count == 2, Wait);
        Assert.Contains("Alert format: classic", Server.SentTo(5004)[1].Text, StringComparison.Ordinal);

        await Host.DropArticleAsync("tessalit.txt", Fixtures.KidalStyle);
        await Server.WaitUntilAsync(s => s.SentTo(5004).Count == 3 && s.SentTo(5005).Count == 2, Wait);

        var classic = Server.SentTo(5004)[2];
        Assert.False(classic.IsRich);
        Assert.Equal("html", classic.ParseMode, ignoreCase: true);
        // Each clock key time is a date-time entity whose Unix time is the key time; the explicit UTC line stays.
        Assert.Equal([At0415, At0415 + (4 * 3600) + (45 * 60)], classic.DateTimes.Select(e => e.UnixTime!.Value));
        Assert.All(classic.DateTimes, e => Assert.Equal("wdt", e.DateTimeFormat));
        Assert.Contains("Key times (UTC)", classic.Text, StringComparison.Ordinal);
        Assert.Contains("Tue 5 Mar 2024 04:15 UTC", classic.Text, StringComparison.Ordinal);
        Assert.True(Server.SentTo(5005)[1].IsRich);

        // /status lists the alerts recorded as sent.
        await Host.WaitForSentAlertAsync(5004);
        Server.SendText(5004, 5004, "/status");
        await Server.WaitUntilAsync(s => s.SentTo(5004).Count == 4, Wait);
        var status = Server.SentTo(5004)[3];
        Assert.Contains("Format: classic", status.Text, StringComparison.Ordinal);
        // The last alert's time is shown in UTC and, as a date-time entity, in the reader's own time.
        Assert.Single(status.DateTimes);
    }

    [Fact]
    public async Task HostileArticleText_StaysTextInEveryRichBlock()
    {
        await StartChatAsync(5006);
        const string headline = "Strike <b>hits</b> & <script>alert(1)</script> @everyone /start depot";
        await Host.DropArticleAsync(
            "hostile.txt",
            headline + "\n\nA depot near <i>Tessalit</i> was struck at 0200Z on May 1st, 2024, officials said <a href=\"javascript:x\">here</a>. Fires burned for hours.\n");
        await Server.WaitUntilAsync(s => s.SentTo(5006).Count == 2, Wait);

        var alert = Server.SentTo(5006)[1];
        Assert.True(alert.IsRich);
        var blocks = alert.RichBlocks!;
        Assert.Equal("⚡ " + headline, blocks[0].Text);
        // Nothing the source wrote became formatting or a link; entity detection (@names, /commands) is off.
        Assert.Equal("A depot near <i>Tessalit</i> was struck at 0200Z on May 1st, 2024, officials said <a href=\"javascript:x\">here</a>. Fires burned for hours.", blocks[1].Text);
        Assert.All(blocks, b => Assert.Empty(b.Styles));
        Assert.All(blocks, b => Assert.Empty(b.Links));
        using var raw = JsonDocument.Parse(alert.RawText);
        Assert.True(raw.RootElement.GetProperty("skip_entity_detection").GetBoolean());
        Assert.Equal(0, Server.Stats.BadRequests);
    }

    [Fact]
    public async Task ServerWithoutRichMessages_FallsBackToHtml_RemembersIt_AndCountsIt()
    {
        await using var server = await TestBotApiServer.StartAsync(new TestBotApiOptions { RichMessagesUnsupported = true });
        await using var host = await HostRunner.StartAsync(server, "--Telegram:AlertFormat=Rich", "--Telegram:PrivateChatInterval=00:00:00.05");
        server.AddPrivateChat(5007, "U5007");
        server.SendText(5007, 5007, "/start");
        await server.WaitUntilAsync(s => s.SentTo(5007).Count == 1, Wait);

        await host.DropArticleAsync("tessalit.txt", Fixtures.KidalStyle);
        await server.WaitUntilAsync(s => s.SentTo(5007).Count == 2, Wait);
        await host.DropArticleAsync("convoy.txt", Fixtures.Numbered(1));
        await server.WaitUntilAsync(s => s.SentTo(5007).Count == 3, Wait);

        var alerts = server.SentTo(5007).Skip(1).ToList();
        Assert.All(alerts, a => Assert.False(a.IsRich));
        Assert.Contains("Army Retakes Northern Town", alerts[0].Text, StringComparison.Ordinal);
        Assert.Contains(alerts[0].DateTimes, e => e.UnixTime == At0415);
        // Refused once (404 for sendRichMessage), remembered: the second alert did not try again.
        Assert.Equal(1, server.Stats.NotFound);

        var (status, metrics) = await ObserveKit.GetAsync(host.BaseAddress, "metrics");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(ObserveKit.Sample(metrics, "alertbot_deliveries_total", "outcome=\"format-fallback\"") >= 1);
    }

    [Fact]
    public async Task ClassicAlert_ShowsTheSourcePreviewSmallBelowTheText()
    {
        await StartChatAsync(5008);
        Server.SendText(5008, 5008, "/format classic");
        await Server.WaitUntilAsync(s => s.SentTo(5008).Count == 2, Wait);
        Assert.Equal("stored", await PushAsync("with-url", "{\"id\":\"with-url\",\"url\":\"https://news.example/tessalit\",\"title\":\"Army Retakes Northern Town After Overnight Assault\",\"body\":\"Government forces said on Tuesday they had retaken Tessalit. At 0415 GMT on March 5th, 2024, the army entered the town centre.\"}", "application/json"));
        await Server.WaitUntilAsync(s => s.SentTo(5008).Count == 3, Wait);

        var alert = Server.SentTo(5008)[2];
        Assert.False(alert.IsRich);
        Assert.Equal(new LinkPreview(false, "https://news.example/tessalit", PreferSmallMedia: true, PreferLargeMedia: false, ShowAboveText: false), alert.LinkPreview);
    }

    private async Task StartChatAsync(long id)
    {
        Server.AddPrivateChat(id, "U" + id);
        Server.SendText(id, id, "/start");
        await Server.WaitUntilAsync(s => s.SentTo(id).Count == 1, Wait);
    }

    private Task<string> PushAsync(string id, string text, string mediaType = "text/plain") => _http.PushArticleAsync(Key, id, text, mediaType);
}
