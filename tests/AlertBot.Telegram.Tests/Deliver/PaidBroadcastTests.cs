using System.ComponentModel.DataAnnotations;
using System.Net;
using AlertBot.Telegram.Deliver;
using AlertBot.Telegram.Tests.TestBotApi;
using AlertBot.TestBotApi;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Tests.Deliver;

public sealed class PaidBroadcastTests
{
    private const long UserId = 1001;

    [Theory]
    // MaxMessagesPerSecond | AllowPaidBroadcast | valid
    [InlineData(30, false, true)]
    [InlineData(1, false, true)]
    [InlineData(31, false, false)] // above the free rate without paying for it
    [InlineData(31, true, true)]
    [InlineData(1000, true, true)]
    [InlineData(1001, true, false)] // Telegram's ceiling even when paying
    [InlineData(10_000, true, false)]
    [InlineData(0, true, false)]
    public void Options_RateAboveTheFreeLimit_NeedsPaidBroadcastAndStaysWithinItsCeiling(int rate, bool paid, bool valid)
    {
        var options = new TelegramOptions { MaxMessagesPerSecond = rate, AllowPaidBroadcast = paid };
        var problems = new List<ValidationResult>();

        var ok = Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true);

        Assert.Equal(valid, ok);
        if (!valid)
            Assert.Contains(problems, p => p.MemberNames.Contains(nameof(TelegramOptions.MaxMessagesPerSecond)));
    }

    [Fact]
    public void Options_PaidBroadcastIsOffByDefault()
    {
        var options = new TelegramOptions();

        Assert.False(options.AllowPaidBroadcast);
        Assert.Equal(30, options.MaxMessagesPerSecond);
    }

    [Theory]
    // queued | rate | paid | Stars
    [InlineData(100_000, 1000, true, "9700.0")] // 970 of every 1,000 a second are beyond the free 30
    [InlineData(1, 1000, true, "0.1")]
    [InlineData(100_000, 60, true, "5000.0")]
    [InlineData(100_000, 30, true, "0")] // paying, yet never faster than free
    [InlineData(100_000, 30, false, "0")]
    [InlineData(0, 1000, true, "0")]
    public void EstimatedStars_QueuedMessagesAtTheConfiguredRate(long queued, int rate, bool paid, string stars)
    {
        var options = new TelegramOptions { MaxMessagesPerSecond = rate, AllowPaidBroadcast = paid };

        Assert.Equal(decimal.Parse(stars, System.Globalization.CultureInfo.InvariantCulture), PaidBroadcast.EstimatedStars(queued, options));
    }

    [Fact]
    public async Task TestServer_FreeSendsStopAtTheFreeLimit_PaidOnesGoOnToThePaidLimit()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var h = await BotApiHarness.StartAsync(new TestBotApiOptions { EnforceRateLimits = true, GlobalMessagesPerSecond = 3, PaidBroadcastMessagesPerSecond = 5, TimeProvider = clock });
        for (var user = 1; user <= 7; user++)
            h.Server.AddPrivateChat(user);

        for (var user = 1; user <= 3; user++)
            await h.Bot.SendMessage(user, "free");
        var free = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(4, "free"));
        await h.Bot.SendMessage(4, "paid", allowPaidBroadcast: true);
        await h.Bot.SendMessage(5, "paid", allowPaidBroadcast: true);
        var paid = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(6, "paid", allowPaidBroadcast: true));
        clock.Advance(TimeSpan.FromSeconds(1));
        await h.Bot.SendMessage(6, "paid", allowPaidBroadcast: true); // a new second: within the free allowance again

        Assert.Equal(429, free.ErrorCode);
        Assert.Equal(429, paid.ErrorCode);
        Assert.Equal(2, h.Server.Stats.PaidBroadcastMessages);
        Assert.Equal([false, false, false, true, true, true], h.Server.Sent.Select(m => m.AllowPaidBroadcast));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("2")]
    [InlineData("{}")]
    public async Task TestServer_AllowPaidBroadcastNotABoolean_Is400(string value)
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = UserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "hi",
            ["allow_paid_broadcast"] = value,
        });

        using var response = await h.Http.PostAsync(new Uri($"{h.Server.BaseUrl}/bot{h.Server.Token}/sendMessage"), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid allow_paid_broadcast specified", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(h.Server.Sent);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Sink_AlertsCarryAllowPaidBroadcastAsConfigured_HtmlAndRich(bool paid)
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        var sink = new TelegramMessageSink(h.Bot, Microsoft.Extensions.Options.Options.Create(new TelegramOptions { AllowPaidBroadcast = paid, MaxMessagesPerSecond = paid ? 1000 : 30 }));

        var html = await sink.SendAsync(new OutgoingMessage(UserId, "<b>Alert</b>", Silent: false), CancellationToken.None);
        var rich = await sink.SendAsync(
            new OutgoingMessage(UserId, "Alert", Silent: false) { Rich = new InputRichMessage { Blocks = [new InputRichBlockParagraph { Text = "Alert" }] } },
            CancellationToken.None);

        Assert.IsType<SendResult.Sent>(html);
        Assert.IsType<SendResult.Sent>(rich);
        Assert.Equal([paid, paid], h.Server.Sent.Select(m => m.AllowPaidBroadcast));
        Assert.Equal([false, true], h.Server.Sent.Select(m => m.IsRich));
    }
}
