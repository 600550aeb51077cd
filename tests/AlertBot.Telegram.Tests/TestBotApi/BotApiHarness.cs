using AlertBot.TestBotApi;
using Telegram.Bot;

namespace AlertBot.Telegram.Tests.TestBotApi;

/// <summary>A started test server and a real Telegram.Bot client pointed at it, as the app would configure it.</summary>
internal sealed class BotApiHarness : IAsyncDisposable
{
    private readonly HttpClient _http;

    private BotApiHarness(TestBotApiServer server, HttpClient http)
    {
        Server = server;
        _http = http;
        Bot = ClientFor(server.Token);
    }

    public TestBotApiServer Server { get; }

    public TelegramBotClient Bot { get; }

    /// <summary>Raw HTTP to the server, for what the typed client cannot send.</summary>
    public HttpClient Http => _http;

    public static async Task<BotApiHarness> StartAsync(TestBotApiOptions? options = null, TimeSpan? clientTimeout = null)
    {
        var server = await TestBotApiServer.StartAsync(options);
        return new BotApiHarness(server, new HttpClient { Timeout = clientTimeout ?? TimeSpan.FromSeconds(15) });
    }

    public TelegramBotClient ClientFor(string token) =>
        new(new TelegramBotClientOptions(token, Server.BaseUrl) { RetryThreshold = 0 }, _http);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
