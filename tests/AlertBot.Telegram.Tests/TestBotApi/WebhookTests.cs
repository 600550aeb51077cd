using System.Collections.Concurrent;
using System.Net;
using AlertBot.TestBotApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Tests.TestBotApi;

/// <summary>The test server's webhook: setWebhook's rules as Telegram states them, and delivery like Telegram's.</summary>
public sealed class WebhookTests
{
    private const long UserId = 1001;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static readonly TestBotApiOptions Local = new() { AllowHttpWebhookOnLoopback = true, WebhookRetryDelay = TimeSpan.FromMilliseconds(100) };

    public static TheoryData<string, string> RefusedUrls => new()
    {
        { "http://bot.example.org/hook", "An HTTPS URL must be provided for webhook" },
        { "https://bot.example.org:8080/hook", "Webhook can be set up only on ports 80, 88, 443 or 8443" },
        { "not a url", "bad webhook" },
    };

    [Theory]
    [MemberData(nameof(RefusedUrls))]
    public async Task SetWebhook_UrlTelegramRefuses_Is400(string url, string expected)
    {
        await using var h = await BotApiHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SetWebhook(url));

        Assert.Equal(400, error.ErrorCode);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Null(h.Server.WebhookUrl);
    }

    [Theory]
    [InlineData("https://bot.example.org/hook")]
    [InlineData("https://bot.example.org:8443/hook")]
    [InlineData("https://bot.example.org:88/hook")]
    public async Task SetWebhook_HttpsOnAllowedPort_IsSet(string url)
    {
        await using var h = await BotApiHarness.StartAsync();

        await h.Bot.SetWebhook(url, secretToken: "abc");

        Assert.Equal(url, h.Server.WebhookUrl);
        Assert.Equal(url, (await h.Bot.GetWebhookInfo()).Url);
    }

    [Fact]
    public async Task SetWebhook_HttpLoopback_NeedsTheTestOnlyOption()
    {
        await using var strict = await BotApiHarness.StartAsync();
        await using var local = await BotApiHarness.StartAsync(Local);

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => strict.Bot.SetWebhook("http://127.0.0.1:5000/hook"));
        await local.Bot.SetWebhook("http://127.0.0.1:5000/hook");

        Assert.Contains("HTTPS", refused.Message, StringComparison.Ordinal);
        Assert.Equal("http://127.0.0.1:5000/hook", local.Server.WebhookUrl);
    }

    [Theory]
    [InlineData("has space", "secret token contains unallowed characters")]
    [InlineData("dollar$", "secret token contains unallowed characters")]
    [InlineData("ключ", "secret token contains unallowed characters")]
    public async Task SetWebhook_SecretOutsideTelegramsCharset_Is400(string secret, string expected)
    {
        await using var h = await BotApiHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SetWebhook("https://bot.example.org/hook", secretToken: secret));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetWebhook_SecretOver256Characters_Is400_And256IsTaken()
    {
        await using var h = await BotApiHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SetWebhook("https://bot.example.org/hook", secretToken: new string('a', 257)));
        await h.Bot.SetWebhook("https://bot.example.org/hook", secretToken: new string('a', 256));

        Assert.Contains("too long", error.Message, StringComparison.Ordinal);
        Assert.Equal(256, h.Server.WebhookSecret!.Length);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public async Task SetWebhook_MaxConnections_MustBe1To100(int maxConnections, bool accepted)
    {
        await using var h = await BotApiHarness.StartAsync();

        var call = () => h.Bot.SetWebhook("https://bot.example.org/hook", maxConnections: maxConnections);

        if (accepted)
        {
            await call();
            Assert.Equal(maxConnections, (await h.Bot.GetWebhookInfo()).MaxConnections);
        }
        else
        {
            Assert.Equal(400, (await Assert.ThrowsAsync<ApiRequestException>(call)).ErrorCode);
        }
    }

    [Fact]
    public async Task GetUpdates_WhileAWebhookIsSet_Is409_UntilDeleteWebhook()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        h.Server.SendText(UserId, UserId, "/start");
        await h.Bot.SetWebhook("https://bot.example.org/hook", allowedUpdates: [UpdateType.Message, UpdateType.MyChatMember]);

        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.GetUpdates());
        await h.Bot.DeleteWebhook();
        var updates = await h.Bot.GetUpdates();

        Assert.Equal(409, conflict.ErrorCode);
        Assert.Contains("webhook is active", conflict.Message, StringComparison.Ordinal);
        Assert.Single(updates);
        Assert.Null(h.Server.WebhookUrl);
        Assert.Equal(["message", "my_chat_member"], h.Server.AllowedUpdates!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SetWebhook_DropPendingUpdates_ForgetsWhatWasQueued()
    {
        await using var h = await BotApiHarness.StartAsync();
        h.Server.AddPrivateChat(UserId);
        h.Server.SendText(UserId, UserId, "/start");

        await h.Bot.SetWebhook("https://bot.example.org/hook", dropPendingUpdates: true);

        Assert.Equal(0, (await h.Bot.GetWebhookInfo()).PendingUpdateCount);
    }

    [Fact]
    public async Task Webhook_DeliversEachUpdateWithTheSecret_AndRetriesANon2xxUntilItIsTaken()
    {
        await using var receiver = await Receiver.StartAsync(failFirst: 2);
        await using var h = await BotApiHarness.StartAsync(Local);
        h.Server.AddPrivateChat(UserId);
        await h.Bot.SetWebhook(receiver.Url, secretToken: "s3cret", maxConnections: 1);

        var id = h.Server.SendText(UserId, UserId, "/status");
        await h.Server.WaitUntilAsync(s => s.WebhookDeliveries.Any(d => d.UpdateId == id && d.Succeeded), Wait);
        var info = await h.Bot.GetWebhookInfo();

        var attempts = h.Server.WebhookDeliveries.Where(d => d.UpdateId == id).ToList();
        Assert.Equal([500, 500, 200], attempts.Select(a => a.StatusCode));
        Assert.All(receiver.Requests, r => Assert.Equal("s3cret", r.Secret));
        Assert.All(receiver.Requests, r => Assert.Contains($"\"update_id\":{id}", r.Body, StringComparison.Ordinal));
        Assert.Contains("/status", receiver.Requests[^1].Body, StringComparison.Ordinal);
        Assert.Equal(0, info.PendingUpdateCount);
        Assert.Equal("Wrong response from the webhook: 500 Internal Server Error", info.LastErrorMessage);
        Assert.NotNull(info.LastErrorDate);
    }

    [Fact]
    public async Task Webhook_NobodyListening_KeepsTheUpdate_AndReportsTheError()
    {
        await using var h = await BotApiHarness.StartAsync(Local);
        h.Server.AddPrivateChat(UserId);
        var port = FreePort();
        await h.Bot.SetWebhook($"http://127.0.0.1:{port}/hook");

        var id = h.Server.SendText(UserId, UserId, "/start");
        await h.Server.WaitUntilAsync(s => s.WebhookDeliveries.Count(d => d.UpdateId == id) >= 2, Wait);
        var info = await h.Bot.GetWebhookInfo();

        Assert.Equal(1, info.PendingUpdateCount);
        Assert.Equal("Connection refused", info.LastErrorMessage);
    }

    [Fact]
    public async Task Webhook_MyChatMember_IsDeliveredWithTheBotsNewRights()
    {
        await using var receiver = await Receiver.StartAsync(failFirst: 0);
        await using var h = await BotApiHarness.StartAsync(Local);
        h.Server.AddChannel(-100777, "Wire");
        await h.Bot.SetWebhook(receiver.Url, allowedUpdates: [UpdateType.MyChatMember]);

        h.Server.SendMyChatMember(-100777, 42, "administrator", "administrator", canPostMessages: false);
        await h.Server.WaitUntilAsync(_ => receiver.Requests.Count == 1, Wait);
        var member = await h.Bot.GetChatMember(-100777, h.Server.BotId);
        var send = await Assert.ThrowsAsync<ApiRequestException>(() => h.Bot.SendMessage(-100777, "hello"));

        Assert.Contains("\"my_chat_member\"", receiver.Requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("\"can_post_messages\":false", receiver.Requests[0].Body, StringComparison.Ordinal);
        Assert.False(((global::Telegram.Bot.Types.ChatMemberAdministrator)member).CanPostMessages);
        Assert.Equal(400, send.ErrorCode);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A webhook on 127.0.0.1 that answers 500 to its first <c>failFirst</c> requests, then 200, and keeps what it got.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private int _failuresLeft;

        private Receiver(WebApplication app, int failFirst)
        {
            _app = app;
            _failuresLeft = failFirst;
        }

        public ConcurrentQueue<(string? Secret, string Body)> Log { get; } = new();

        public IReadOnlyList<(string? Secret, string Body)> Requests => [.. Log];

        public string Url { get; private set; } = "";

        public static async Task<Receiver> StartAsync(int failFirst)
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var receiver = new Receiver(app, failFirst);
            app.MapPost("/hook", async (HttpContext http) =>
            {
                using var reader = new StreamReader(http.Request.Body);
                receiver.Log.Enqueue((http.Request.Headers[TestBotApiServer.SecretHeader].FirstOrDefault(), await reader.ReadToEndAsync()));
                return Interlocked.Decrement(ref receiver._failuresLeft) >= 0 ? Results.StatusCode(500) : Results.Ok();
            });
            await app.StartAsync();
            receiver.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/hook";
            return receiver;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
