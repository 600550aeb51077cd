using AlertBot.TestBotApi;

namespace AlertBot.Tests;

/// <summary>The whole path: a user's /start through the Bot API, a file dropped in the folder, the alert in the chat.</summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private TestBotApiServer _server = null!;
    private HostRunner _host = null!;

    public async Task InitializeAsync()
    {
        _server = await TestBotApiServer.StartAsync();
        _host = await HostRunner.StartAsync(_server);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Start_ThenArticleDropped_UserReceivesTheAlertExactlyOnce()
    {
        _server.AddPrivateChat(1001, "Ann");
        _server.SendText(1001, 1001, "/start");
        await _server.WaitUntilAsync(s => s.SentTo(1001).Count == 1, Wait);

        await _host.DropArticleAsync("tessalit.txt", Fixtures.KidalStyle);
        await _server.WaitUntilAsync(s => s.SentTo(1001).Count == 2, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var messages = _server.SentTo(1001);
        Assert.Equal(2, messages.Count);
        var alert = messages[1];
        Assert.Equal("html", alert.ParseMode, ignoreCase: true);
        Assert.Contains("Army Retakes Northern Town After Overnight Assault", alert.Text, StringComparison.Ordinal);
        Assert.True(alert.LinkPreviewDisabled);
    }

    [Fact]
    public async Task SameArticleTwice_AndARestart_SendsNothingTwice()
    {
        _server.AddPrivateChat(1002, "Bo");
        _server.SendText(1002, 1002, "/start");
        await _server.WaitUntilAsync(s => s.SentTo(1002).Count == 1, Wait);

        await _host.DropArticleAsync("one.txt", Fixtures.Numbered(1));
        await _server.WaitUntilAsync(s => s.SentTo(1002).Count == 2, Wait);
        await _host.DropArticleAsync("copy-of-one.txt", Fixtures.Numbered(1));
        await _host.RestartAsync();
        await _host.DropArticleAsync("two.txt", Fixtures.Numbered(2));
        await _server.WaitUntilAsync(s => s.SentTo(1002).Count == 3, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var alerts = _server.SentTo(1002).Skip(1).Select(m => m.Text).ToList();
        Assert.Equal(2, alerts.Count);
        Assert.Contains("Flash Update 1", alerts[0], StringComparison.Ordinal);
        Assert.Contains("Flash Update 2", alerts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileHeadline_IsEscapedAndAcceptedByTheStrictServer()
    {
        _server.AddPrivateChat(1003, "Cy");
        _server.SendText(1003, 1003, "/start");
        await _server.WaitUntilAsync(s => s.SentTo(1003).Count == 1, Wait);

        await _host.DropArticleAsync("hostile.txt", "Strike <b>hits</b> & <script>alert(1)</script> depot\n\nA depot was struck at 0200Z on May 1st, 2024, officials said. Fires burned for hours.\n");
        await _server.WaitUntilAsync(s => s.SentTo(1003).Count == 2, Wait);

        var alert = _server.SentTo(1003)[1];
        // The reader sees the markup as text; the HTML source carries it escaped.
        Assert.Contains("Strike <b>hits</b> & <script>alert(1)</script> depot", alert.Text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", alert.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", alert.RawText, StringComparison.Ordinal);
        Assert.Equal(0, _server.Stats.BadRequests);
    }

    [Fact]
    public async Task GroupCommand_FromNonAdmin_IsRefused_AndFromAdmin_IsApplied()
    {
        _server.AddGroup(-100200, "Ops room");
        _server.SetMember(-100200, 7, "member");
        _server.SetMember(-100200, 8, "administrator");

        _server.SendText(-100200, 7, "/subscribe ukraine-war");
        await _server.WaitUntilAsync(s => s.SentTo(-100200).Count == 1, Wait);
        _server.SendText(-100200, 8, "/subscribe ukraine-war");
        await _server.WaitUntilAsync(s => s.SentTo(-100200).Count == 2, Wait);

        var replies = _server.SentTo(-100200);
        Assert.Contains("only admins", replies[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Now following: ukraine-war", replies[1].Text, StringComparison.Ordinal);
    }
}
