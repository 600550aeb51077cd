using System.Diagnostics.Metrics;

namespace AlertBot.Core.Observe;

/// <summary>
/// The operator's numbers, one meter for the whole app (exported on the Prometheus endpoint).
/// Tags carry outcomes and reasons, never chat ids or tokens.
/// </summary>
public sealed class AlertBotMetrics
{
    public const string MeterName = "AlertBot";

    public AlertBotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        ArticlesIngested = meter.CreateCounter<long>("alertbot.articles.ingested", "{article}", "Articles seen by ingest, by source and outcome.");
        AlertsCreated = meter.CreateCounter<long>("alertbot.alerts.created", "{alert}", "Articles stored as alerts.");
        DeliveriesCreated = meter.CreateCounter<long>("alertbot.deliveries.created", "{delivery}", "Outbox rows created.");
        Deliveries = meter.CreateCounter<long>("alertbot.deliveries", "{delivery}", "Delivery attempts, by outcome and reason.");
        UnknownOutcomes = meter.CreateCounter<long>("alertbot.deliveries.unknown_outcome", "{delivery}", "Sends whose outcome could not be known (timeout, 5xx): resent or dead-lettered by policy.");
        Retries = meter.CreateCounter<long>("alertbot.deliveries.retries", "{delivery}", "Deliveries put back in the outbox to be sent again, by reason.");
        ChatsDisabled = meter.CreateCounter<long>("alertbot.chats.disabled", "{chat}", "Chats disabled because they blocked or removed the bot.");
        CommandsHandled = meter.CreateCounter<long>("alertbot.commands", "{command}", "Bot commands handled, by command and outcome.");
        WebhookRequests = meter.CreateCounter<long>("alertbot.webhook.requests", "{request}", "Requests to the Telegram webhook, by outcome (recorded, duplicate, unauthorized, too-large, bad-request, failed).");
        // Bucket advice in seconds: the exporter's default buckets (0, 5, 10, 25 … 10000) suit milliseconds and
        // would put every send in the first bucket.
        SendLatency = meter.CreateHistogram<double>("alertbot.send.duration", "s", "Duration of one sendMessage call.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30] });
        EndToEndLatency = meter.CreateHistogram<double>("alertbot.alert.latency", "s", "From article ingested to the first part accepted by Telegram.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600] });
        ClaimDuration = meter.CreateHistogram<double>("alertbot.outbox.claim.duration", "s", "Duration of one claim of due deliveries from the outbox (the sender's query per batch).", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
    }

    public Counter<long> ArticlesIngested { get; }
    public Counter<long> AlertsCreated { get; }
    public Counter<long> DeliveriesCreated { get; }
    public Counter<long> Deliveries { get; }
    public Counter<long> UnknownOutcomes { get; }
    public Counter<long> Retries { get; }
    public Counter<long> ChatsDisabled { get; }
    public Counter<long> CommandsHandled { get; }
    public Counter<long> WebhookRequests { get; }
    public Histogram<double> SendLatency { get; }
    public Histogram<double> EndToEndLatency { get; }
    public Histogram<double> ClaimDuration { get; }
}
