using AlertBot.TestBotApi;
using Microsoft.Extensions.Logging;

namespace AlertBot.Tests.Observe;

/// <summary>Lines about an article or a delivery carry its ids, as structured scope values.</summary>
public sealed class LogScopeTests : IAsyncLifetime, IDisposable
{
    private readonly CaptureLoggerProvider _logs = new();
    private TestBotApiServer _server = null!;
    private HostRunner _host = null!;

    public async Task InitializeAsync()
    {
        _server = await TestBotApiServer.StartAsync();
        _host = await HostRunner.StartAsync(_server, b => b.Logging.AddProvider(_logs), "--Logging:LogLevel:AlertBot=Debug");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task AlertSent_IngestAndDeliveryLines_CarryTheirIdsInScopes()
    {
        _server.AddPrivateChat(8001, "Di");
        _server.SendText(8001, 8001, "/start");
        await _server.WaitUntilAsync(s => s.SentTo(8001).Count == 1, ObserveKit.Wait);
        _server.Faults.Next(8001, Fault.ServerError(502));

        await _host.DropArticleAsync("scoped.txt", Fixtures.Numbered(8));
        await _server.WaitUntilAsync(s => s.SentTo(8001).Count == 2, ObserveKit.Wait);
        // The second send is logged once it is recorded as sent, just after Telegram's answer.
        await ObserveKit.UntilAsync(() => _logs.Lines.Count(l => l.Contains("[2001]", StringComparison.Ordinal) && l.Contains("chat 8001", StringComparison.Ordinal)) >= 2, ObserveKit.Wait, "the second send's log line");

        var lines = _logs.Lines;
        var ingested = Assert.Single(lines, l => l.Contains("[1001]", StringComparison.Ordinal));
        Assert.Contains("=> Ingest folder 'scoped.txt' |Source=folder |SourceName=scoped.txt", ingested, StringComparison.Ordinal);
        var retry = Assert.Single(lines, l => l.Contains("[2003]", StringComparison.Ordinal) && l.Contains("chat 8001", StringComparison.Ordinal));
        // Two sends: the /start reply (no article) and the alert.
        var sent = lines.Where(l => l.Contains("[2001]", StringComparison.Ordinal) && l.Contains("chat 8001", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Matches(@"=> Delivery \d+ article \d+ chat 8001 \|DeliveryId=\d+ \|ArticleId=\d+ \|ChatId=8001", retry);
        Assert.Matches(@"=> Delivery \d+ article \(null\) chat 8001 \|DeliveryId=\d+ \|ArticleId= \|ChatId=8001", sent[0]);
        Assert.Matches(@"=> Delivery \d+ article \d+ chat 8001 \|DeliveryId=\d+ \|ArticleId=\d+ \|ChatId=8001", sent[1]);
    }
}
