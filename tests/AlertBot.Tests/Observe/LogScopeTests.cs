using AlertBot.TestBotApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace AlertBot.Tests.Observe;

/// <summary>Lines about an article or a delivery carry its ids, as structured scope values.</summary>
public sealed class LogScopeTests : HostedBotTest, IDisposable
{
    private readonly CaptureLoggerProvider _logs = new();

    protected override Action<WebApplicationBuilder> Configure => b => b.Logging.AddProvider(_logs);

    protected override IEnumerable<string> HostArgs => ["--Logging:LogLevel:AlertBot=Debug"];

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task AlertSent_IngestAndDeliveryLines_CarryTheirIdsInScopes()
    {
        Server.AddPrivateChat(8001, "Di");
        Server.SendText(8001, 8001, "/start");
        await Server.WaitUntilAsync(s => s.SentTo(8001).Count == 1, ObserveKit.Wait);
        Server.Faults.Next(8001, Fault.ServerError(502));

        await Host.DropArticleAsync("scoped.txt", Fixtures.Numbered(8));
        await Server.WaitUntilAsync(s => s.SentTo(8001).Count == 2, ObserveKit.Wait);
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
