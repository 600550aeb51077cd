using AlertBot.TestBotApi;

namespace AlertBot.Tests;

/// <summary>The whole path: a user's /start through the Bot API, a file dropped in the folder, the alert in the chat.</summary>
public sealed class EndToEndTests : HostedBotTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Start_ThenArticleDropped_UserReceivesTheAlertExactlyOnce()
    {
        Server.AddPrivateChat(1001, "Ann");
        Server.SendText(1001, 1001, "/start");
        await Server.WaitUntilAsync(s => s.SentTo(1001).Count == 1, Wait);

        await Host.DropArticleAsync("tessalit.txt", Fixtures.KidalStyle);
        await Server.WaitUntilAsync(s => s.SentTo(1001).Count == 2, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var messages = Server.SentTo(1001);
        Assert.Equal(2, messages.Count);
        var alert = messages[1];
        Assert.Equal("html", alert.ParseMode, ignoreCase: true);
        Assert.Contains("Army Retakes Northern Town After Overnight Assault", alert.Text, StringComparison.Ordinal);
        Assert.True(alert.LinkPreviewDisabled);
    }

    [Fact]
    public async Task SameArticleTwice_AndARestart_SendsNothingTwice()
    {
        Server.AddPrivateChat(1002, "Bo");
        Server.SendText(1002, 1002, "/start");
        await Server.WaitUntilAsync(s => s.SentTo(1002).Count == 1, Wait);

        await Host.DropArticleAsync("one.txt", Fixtures.Numbered(1));
        await Server.WaitUntilAsync(s => s.SentTo(1002).Count == 2, Wait);
        await Host.DropArticleAsync("copy-of-one.txt", Fixtures.Numbered(1));
        await Host.RestartAsync();
        await Host.DropArticleAsync("two.txt", Fixtures.Numbered(2));
        await Server.WaitUntilAsync(s => s.SentTo(1002).Count == 3, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var alerts = Server.SentTo(1002).Skip(1).Select(m => m.Text).ToList();
        Assert.Equal(2, alerts.Count);
        Assert.Contains("Flash Update 1", alerts[0], StringComparison.Ordinal);
        Assert.Contains("Flash Update 2", alerts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileHeadline_IsEscapedAndAcceptedByTheStrictServer()
    {
        Server.AddPrivateChat(1003, "Cy");
        Server.SendText(1003, 1003, "/start");
        await Server.WaitUntilAsync(s => s.SentTo(1003).Count == 1, Wait);

        await Host.DropArticleAsync("hostile.txt", "Strike <b>hits</b> & <script>alert(1)</script> depot\n\nA depot was struck at 0200Z on May 1st, 2024, officials said. Fires burned for hours.\n");
        await Server.WaitUntilAsync(s => s.SentTo(1003).Count == 2, Wait);

        var alert = Server.SentTo(1003)[1];
        // The reader sees the markup as text; the HTML source carries it escaped.
        Assert.Contains("Strike <b>hits</b> & <script>alert(1)</script> depot", alert.Text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", alert.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", alert.RawText, StringComparison.Ordinal);
        Assert.Equal(0, Server.Stats.BadRequests);
    }

    [Fact]
    public async Task GroupCommand_FromNonAdmin_IsRefused_AndFromAdmin_IsApplied()
    {
        Server.AddGroup(-100200, "Ops room");
        Server.SetMember(-100200, 7, "member");
        Server.SetMember(-100200, 8, "administrator");

        Server.SendText(-100200, 7, "/subscribe ukraine-war");
        await Server.WaitUntilAsync(s => s.SentTo(-100200).Count == 1, Wait);
        Server.SendText(-100200, 8, "/subscribe ukraine-war");
        await Server.WaitUntilAsync(s => s.SentTo(-100200).Count == 2, Wait);

        var replies = Server.SentTo(-100200);
        Assert.Contains("only admins", replies[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Now following: ukraine-war", replies[1].Text, StringComparison.Ordinal);
    }
}
