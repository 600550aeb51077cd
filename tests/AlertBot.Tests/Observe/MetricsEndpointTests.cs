using System.Net;
using System.Text.RegularExpressions;
using AlertBot.TestBotApi;

namespace AlertBot.Tests.Observe;

/// <summary>/metrics after real traffic: a /start, an alert sent, a send that failed once and was retried.</summary>
public sealed partial class MetricsEndpointTests : HostedBotTest
{
    // The database gauges are read again at every scrape a tenth of a second apart, so a test can wait for them.
    protected override IEnumerable<string> HostArgs => ["--Health:GaugeRefreshInterval=00:00:00.100"];

    [Fact]
    public async Task Metrics_AfterEndToEndAlert_ExposeIngestDeliveryRetryAndOutboxNumbers()
    {
        var (status, text) = await DriveTrafficAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        // Counters are process-wide (tests run hosts side by side), hence "at least".
        Assert.True(ObserveKit.Sample(text, "alertbot_articles_ingested_total", "source=\"folder\"", "outcome=\"stored\"") >= 1);
        Assert.True(ObserveKit.Sample(text, "alertbot_alerts_created_total") >= 1);
        Assert.True(ObserveKit.Sample(text, "alertbot_deliveries_created_total") >= 1);
        Assert.True(ObserveKit.Sample(text, "alertbot_deliveries_total", "outcome=\"sent\"") >= 2);
        Assert.True(ObserveKit.Sample(text, "alertbot_deliveries_total", "outcome=\"unknown-outcome\"") >= 1);
        Assert.True(ObserveKit.Sample(text, "alertbot_deliveries_retries_total", "reason=\"unknown-outcome\"") >= 1);
        Assert.True(ObserveKit.Sample(text, "alertbot_deliveries_unknown_outcome_total") >= 1);
        Assert.True(ObserveKit.Sample(text, "alertbot_commands_total") >= 1);
        Assert.True(ObserveKit.Sample(text, "alertbot_send_duration_seconds_count") >= 2);
        Assert.True(ObserveKit.Sample(text, "alertbot_alert_latency_seconds_count") >= 1);
        Assert.Contains("alertbot_alert_latency_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("alertbot_outbox_deliveries{", text, StringComparison.Ordinal);
        Assert.Contains("alertbot_outbox_oldest_pending_age_seconds", text, StringComparison.Ordinal);
        Assert.True(ObserveKit.Sample(text, "alertbot_chats_registered", "state=\"enabled\"") >= 1);
        Assert.True(ObserveKit.Sample(text, "alertbot_chats_disabled_total") >= 1);
    }

    [Fact]
    public async Task DeployFiles_EveryMetricTheDashboardAndAlertRulesQuery_IsExported()
    {
        var (_, text) = await DriveTrafficAsync();
        var deploy = Path.Combine(RepositoryRoot(), "deploy");
        var queried = new[] { "grafana/alertbot-dashboard.json", "prometheus/alertbot-rules.yml" }
            .SelectMany(f => MetricName().Matches(File.ReadAllText(Path.Combine(deploy, f))).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(queried.Count >= 10, string.Join(", ", queried));
        Assert.All(queried, name => Assert.Matches(new Regex("^" + Regex.Escape(name) + "[{ ]", RegexOptions.Multiline), text));
    }

    /// <summary>A /start, an alert whose first send gets a 502 and is retried, a chat that blocked the bot.</summary>
    private async Task<(HttpStatusCode Status, string Text)> DriveTrafficAsync()
    {
        Server.AddPrivateChat(5001, "Mo");
        Server.AddPrivateChat(5002, "Ny");
        Server.SendText(5001, 5001, "/start");
        Server.SendText(5002, 5002, "/start");
        await Server.WaitUntilAsync(s => s.SentTo(5001).Count == 1 && s.SentTo(5002).Count == 1, ObserveKit.Wait);
        Server.Faults.Next(5001, Fault.ServerError(502));
        Server.BlockBy(5002);

        await Host.DropArticleAsync("tessalit.txt", Fixtures.KidalStyle);
        await Server.WaitUntilAsync(s => s.SentTo(5001).Count == 2, ObserveKit.Wait);
        // Until the blocked chat's send came back (the chat disabled) and the retried one was counted. Counters are
        // waited for, not the database gauges: hosts started side by side in one test process all publish a meter named
        // "AlertBot", and an exporter reports the gauges of whichever host reported last.
        return await ObserveKit.WaitForMetricsAsync(Host.BaseAddress, text =>
            ObserveKit.Sample(text, "alertbot_chats_disabled_total") >= 1
            && ObserveKit.Sample(text, "alertbot_deliveries_retries_total", "reason=\"unknown-outcome\"") >= 1, ObserveKit.Wait);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AlertBot.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("AlertBot.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\balertbot_[a-z_]+")]
    private static partial Regex MetricName();

    [Fact]
    public async Task HealthEndpoints_OnAHealthyHost_AnswerHealthyWithEveryReadinessCheck()
    {
        var (live, liveBody) = await ObserveKit.GetAsync(Host.BaseAddress, "health/live");
        var ready = await ObserveKit.WaitForStatusAsync(Host.BaseAddress, "health/ready", HttpStatusCode.OK, ObserveKit.Wait);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live, liveBody));
        Assert.StartsWith("{\"status\":\"Healthy\"", ready, StringComparison.Ordinal);
        foreach (var check in new[] { "database", "outbox", "telegram", "scheduler" })
            Assert.Contains($"\"{check}\":{{\"status\":\"Healthy\"", ready, StringComparison.Ordinal);
    }
}
