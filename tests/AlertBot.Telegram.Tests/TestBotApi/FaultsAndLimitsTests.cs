using AlertBot.TestBotApi;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace AlertBot.Telegram.Tests.TestBotApi;

public sealed class FaultsAndLimitsTests
{
    private const long UserId = 1001;
    private const long OtherUserId = 1002;
    private const long GroupId = -1001234567890;

    [Fact]
    public async Task SendMessage_PrivateChatFasterThanOnePerSecond_Throws429WithRetryAfter()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var h = await BotApiHarness.StartAsync(new TestBotApiOptions { EnforceRateLimits = true, TimeProvider = clock });
        h.Server.AddPrivateChat(UserId);

        await h.Bot.SendMessage(UserId, "one");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, "two"));
        clock.Advance(TimeSpan.FromSeconds(1));
        await h.Bot.SendMessage(UserId, "three");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal("Too Many Requests: retry after 1", error.Message);
        Assert.Equal(1, error.Parameters?.RetryAfter);
        Assert.Equal(1, h.Server.Stats.RateLimitExceeded);
        Assert.Equal(0, h.Server.Stats.InjectedTooManyRequests);
        Assert.Equal(["one", "three"], h.Server.Sent.Select(m => m.Text));
    }

    [Fact]
    public async Task SendMessage_Group21stMessageInAMinute_Throws429UntilTheWindowFrees()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var h = await BotApiHarness.StartAsync(new TestBotApiOptions { EnforceRateLimits = true, TimeProvider = clock });
        h.Server.AddGroup(GroupId, "News");

        for (var i = 0; i < 20; i++)
        {
            await h.Bot.SendMessage(GroupId, $"m{i}");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(GroupId, "m20"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(40, error.Parameters?.RetryAfter); // the first send (t=0) leaves the window at t=60; now is t=20
    }

    [Fact]
    public async Task SendMessage_GlobalLimitAcrossChats_Throws429()
    {
        var clock = new FakeTimeProvider();
        await using var h = await BotApiHarness.StartAsync(new TestBotApiOptions { EnforceRateLimits = true, GlobalMessagesPerSecond = 3, TimeProvider = clock });
        for (var user = 1; user <= 4; user++)
            h.Server.AddPrivateChat(user);

        for (var user = 1; user <= 3; user++)
            await h.Bot.SendMessage(user, "x");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(4, "x"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, h.Server.Stats.RateLimitExceeded);
    }

    [Fact]
    public async Task SendMessage_RateLimitsOffByDefault_BurstIsAccepted()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);

        for (var i = 0; i < 5; i++)
            await h.Bot.SendMessage(UserId, $"m{i}");

        Assert.Equal(5, h.Server.Sent.Count);
    }

    [Fact]
    public async Task SendMessage_Injected429_ReachesClientWithRetryAfterAndIsNotDelivered()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        h.Server.Faults.Next(Fault.TooManyRequests(7));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, "x"));
        await h.Bot.SendMessage(UserId, "y");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(7, error.Parameters?.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 7", error.Message);
        Assert.Equal(1, h.Server.Stats.InjectedTooManyRequests);
        Assert.Equal(0, h.Server.Stats.RateLimitExceeded);
        Assert.Equal("y", Assert.Single(h.Server.Sent).Text);
    }

    [Theory]
    [InlineData(500, "Internal Server Error")]
    [InlineData(502, "Bad Gateway")]
    public async Task SendMessage_InjectedServerError_ReachesClientWithErrorCode(int status, string description)
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        h.Server.Faults.Next(Fault.ServerError(status));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, "x"));

        Assert.Equal(status, error.ErrorCode);
        Assert.Equal(description, error.Message);
        Assert.Equal(1, h.Server.Stats.ServerErrors);
        Assert.Empty(h.Server.Sent);
    }

    [Fact]
    public async Task SendMessage_InjectedForbiddenAndBadRequest_ReachClient()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        h.Server.Faults.Next(Fault.Forbidden("user is deactivated"));
        h.Server.Faults.Next(Fault.BadRequest("PEER_ID_INVALID"));

        var forbidden = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, "x"));
        var bad = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, "x"));

        Assert.Equal((403, "Forbidden: user is deactivated"), (forbidden.ErrorCode, forbidden.Message));
        Assert.Equal((400, "Bad Request: PEER_ID_INVALID"), (bad.ErrorCode, bad.Message));
        Assert.Empty(h.Server.Sent);
    }

    [Fact]
    public async Task SendMessage_InjectedMigration_ReachesClientWithMigrateToChatId()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddGroup(-42, "Old", supergroup: false);
        h.Server.Faults.Next(-42, Fault.MigrateTo(GroupId));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(-42, "x"));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal(GroupId, error.Parameters?.MigrateToChatId);
    }

    [Fact]
    public async Task SendMessage_FaultForOneChat_LeavesOtherChatsAlone()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        h.Server.AddPrivateChat(OtherUserId);
        h.Server.Faults.Next(UserId, Fault.ServerError(502), count: 2);

        await h.Bot.SendMessage(OtherUserId, "fine");
        await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, "a"));
        await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(UserId, "b"));
        await h.Bot.SendMessage(UserId, "c");

        Assert.Equal(["fine", "c"], h.Server.Sent.Select(m => m.Text));
        Assert.Equal(0, h.Server.Faults.Pending);
    }

    [Fact]
    public async Task SendMessage_InjectedTimeout_SurfacesAsRequestExceptionAndIsNotDelivered()
    {
        await using var h = await BotApiHarness.StartAsync(clientTimeout: TimeSpan.FromMilliseconds(300));
        h.Server.AddPrivateChat(UserId);
        h.Server.Faults.Next(Fault.Timeout(TimeSpan.FromSeconds(10)));

        var error = await Assert.ThrowsAnyAsync<RequestException>(() => h.Bot.SendMessage(UserId, "x"));
        // On a loaded machine the client's 300 ms can run out before the server has taken the request in: the
        // injected timeout is then counted a little later. Wait for it rather than read it at once.
        await h.Server.WaitUntilAsync(s => s.Stats.Timeouts == 1, TimeSpan.FromSeconds(15));

        Assert.IsNotType<ApiRequestException>(error);
        Assert.Equal(1, h.Server.Stats.Timeouts);
        Assert.Empty(h.Server.Sent);
    }

    [Fact]
    public async Task SendMessage_TimeoutAfterDelivery_ClientFailsButMessageWasDelivered()
    {
        await using var h = await BotApiHarness.StartAsync(clientTimeout: TimeSpan.FromMilliseconds(300));
        h.Server.AddPrivateChat(UserId);
        h.Server.Faults.Next(Fault.TimeoutAfterDelivery(TimeSpan.FromSeconds(10)));

        var error = await Assert.ThrowsAnyAsync<RequestException>(() => h.Bot.SendMessage(UserId, "x"));

        Assert.IsNotType<ApiRequestException>(error);
        Assert.Equal("x", Assert.Single(h.Server.Sent).Text);
    }

    [Fact]
    public async Task SendMessage_SlowButDeliveredWithinClientTimeout_Succeeds()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        h.Server.Faults.Next(Fault.TimeoutAfterDelivery(TimeSpan.FromMilliseconds(100)));

        var message = await h.Bot.SendMessage(UserId, "x");

        Assert.Equal(message.Id, Assert.Single(h.Server.Sent).MessageId);
    }

    [Fact]
    public async Task SendMessage_SeededRandomFaults_AreRepeatable()
    {
        static async Task<List<int>> RunAsync()
        {
            await using var h = await BotApiHarness.StartAsync();
            h.Server.AddPrivateChat(UserId);
            h.Server.Faults.SetRandom(seed: 42, p429: 0.3, p5xx: 0.2, retryAfterSeconds: 3);
            var outcomes = new List<int>();
            for (var i = 0; i < 40; i++)
            {
                try
                {
                    await h.Bot.SendMessage(UserId, $"m{i}");
                    outcomes.Add(200);
                }
                catch (ApiRequestException e)
                {
                    outcomes.Add(e.ErrorCode);
                    if (e.ErrorCode == 429)
                        Assert.Equal(3, e.Parameters?.RetryAfter);
                }
            }

            Assert.Equal(outcomes.Count(o => o == 200), h.Server.Sent.Count);
            Assert.Equal(outcomes.Count(o => o == 429), h.Server.Stats.InjectedTooManyRequests);
            return outcomes;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(429, first);
        Assert.Contains(502, first);
        Assert.Contains(200, first);
    }

    [Fact]
    public async Task GetUpdates_InjectedServerError_ReachesClient()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.Faults.NextFor("getUpdates", Fault.ServerError(502));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.GetUpdates());

        Assert.Equal(502, error.ErrorCode);
    }
}
