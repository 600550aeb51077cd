using AlertBot.Observe;
using AlertBot.Storage;
using AlertBot.TestBotApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlertBot.Tests.Observe;

/// <summary>
/// The bot token never reaches anything AlertBot writes. The host runs with a known token and every log
/// category at Trace; the test then pushes the token at every writer it can — an article headline that
/// quotes it, a command that carries it, Telegram error descriptions that echo it (a dead-lettered send,
/// a retried 5xx, a failed poll) — and searches all that was written: every log line with its values,
/// scopes and exceptions, /metrics, /health/ready and the stored errors.
/// </summary>
public sealed class TokenSafetyTests : HostedBotTest, IDisposable
{
    private const string Token = "9876543:ZZsecret-Token_for_the_redaction_test_42";
    private const string Secret = "ZZsecret-Token_for_the_redaction_test_42";

    private readonly CaptureLoggerProvider _logs = new();

    protected override TestBotApiOptions ServerOptions => new() { Token = Token };

    protected override Action<WebApplicationBuilder> Configure => b => b.Logging.AddProvider(_logs);

    protected override IEnumerable<string> HostArgs =>
    [
        "--Logging:LogLevel:Default=Trace",
        "--Logging:LogLevel:Microsoft=Trace",
        "--Logging:LogLevel:Microsoft.AspNetCore=Trace",
        "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Trace",
        "--Logging:LogLevel:System=Trace",
        "--Logging:LogLevel:System.Net.Http.HttpClient=Trace",
        "--Logging:LogLevel:Quartz=Trace",
        "--Telegram:MaxAttempts=2",
    ];

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task Host_WithTokenPushedAtEveryWriter_NeverWritesTheToken()
    {
        Server.AddPrivateChat(6001, "Ann");
        Server.AddPrivateChat(6002, "Bo");
        Server.SendText(6001, 6001, "/start");
        Server.SendText(6002, 6002, "/start");
        await Server.WaitUntilAsync(s => s.SentTo(6001).Count == 1 && s.SentTo(6002).Count == 1, ObserveKit.Wait);

        // A command that carries the token, and a poll that fails with it in Telegram's description.
        Server.SendText(6001, 6001, "/subscribe " + Token);
        await Server.WaitUntilAsync(s => s.SentTo(6001).Count == 2, ObserveKit.Wait);
        Server.Faults.NextFor("getUpdates", Fault.ServerError(500, "Internal Server Error: bad bot " + Token));

        // Sends to 6001 fail twice with the token in the description: a retry, then a dead letter. 6002 is rejected at once.
        Server.Faults.Next(6001, Fault.ServerError(502, "Bad Gateway for /bot" + Token + "/sendMessage"), count: 2);
        Server.Faults.Next(6002, Fault.BadRequest("message rejected for bot " + Token));
        await Host.DropArticleAsync("leak.txt", $"Leaked Credential {Token} Posted On Forum\n\nA credential {Token} was posted on a forum at 0300Z on May 2nd, 2024, officials said.\n");

        var store = Host.Services.GetRequiredService<Stores>();
        await WaitForAsync(async () => (await store.Outbox.GetOutboxStatsAsync()).Dead == 2);
        await WaitForAsync(() => Task.FromResult(_logs.Text.Contains("getUpdates failed", StringComparison.Ordinal)));

        var (_, metrics) = await ObserveKit.GetAsync(Host.BaseAddress, "metrics");
        var (_, ready) = await ObserveKit.GetAsync(Host.BaseAddress, "health/ready");
        var storedErrors = string.Join('\n', (await store.Outbox.GetDeliveriesAsync(null, null, 100)).Select(d => d.LastError));
        var written = string.Join("\n----\n", _logs.Text, metrics, ready, storedErrors);

        // The token did reach the writers (so the search below means something) and was masked there.
        Assert.Contains("[redacted-token]", _logs.Text, StringComparison.Ordinal);
        Assert.Contains("[redacted-token]", storedErrors, StringComparison.Ordinal);
        Assert.Contains("getUpdates failed", _logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, written, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoggerProviders_InTheHost_AreAllBehindTheTokenGuard()
    {
        await Task.Yield();
        var providers = Host.Services.GetServices<ILoggerProvider>().ToList();

        Assert.Contains(providers, p => p is RedactingLoggerProvider { Inner: Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider });
        Assert.Contains(providers, p => p is RedactingLoggerProvider { Inner: CaptureLoggerProvider });
        Assert.All(providers, p => Assert.IsAssignableFrom<RedactingLoggerProvider>(p));
    }

    [Fact]
    public void Guard_MessageValuesScopesAndExceptions_AreRedacted()
    {
        var capture = new CaptureLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(RedactingLoggerProvider.Wrap(capture)));
        var logger = factory.CreateLogger("test");

        using (logger.BeginScope("request to {Url}", new Uri("https://api.telegram.org/bot" + Token + "/getMe")))
        {
            logger.LogWarning(
                new InvalidOperationException("failed calling /bot" + Token + "/sendMessage", new HttpRequestException("inner " + Token)),
                "call {Method} with {Token} failed",
                "sendMessage",
                Token);
        }

        var text = capture.Text;
        Assert.Contains("call sendMessage with [redacted-token] failed", text, StringComparison.Ordinal);
        Assert.Contains("|Token=[redacted-token]", text, StringComparison.Ordinal);
        Assert.Contains("https://api.telegram.org/bot[redacted-token]/getMe", text, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: failed calling /bot[redacted-token]/sendMessage", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + ObserveKit.Wait;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("condition not met in time");
            await Task.Delay(100);
        }
    }
}
