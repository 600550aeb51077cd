using System.Diagnostics.Metrics;
using AlertBot.Core.Observe;
using AlertBot.Storage;

namespace AlertBot.Observe;

/// <summary>
/// Gauges read from the database: outbox rows by state, the oldest pending row's wait, chats enabled and
/// disabled. Every instance reports the same shared numbers. One scrape reads the store at most once per
/// <see cref="HealthOptions.GaugeRefreshInterval"/>; a failed read keeps the last numbers and is retried at the next interval.
/// </summary>
internal sealed class StoreGauges : IHostedService
{
    private readonly TimeSpan _maxAge;
    private readonly Outbox _outbox;
    private readonly ChatStore _chats;
    private readonly TimeProvider _time;
    private readonly ILogger<StoreGauges> _logger;
    private readonly Lock _gate = new();
    private Snapshot? _snapshot;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public StoreGauges(IMeterFactory meterFactory, Outbox outbox, ChatStore chats, TimeProvider time, Microsoft.Extensions.Options.IOptions<HealthOptions> options, ILogger<StoreGauges> logger)
    {
        _maxAge = options.Value.GaugeRefreshInterval;
        _outbox = outbox;
        _chats = chats;
        _time = time;
        _logger = logger;
        var meter = meterFactory.Create(AlertBotMetrics.MeterName);
        meter.CreateObservableGauge("alertbot.outbox.deliveries", ObserveOutbox, "{delivery}", "Outbox rows by state: pending, sending, held (for digests), dead.");
        meter.CreateObservableGauge("alertbot.outbox.oldest_pending_age", ObserveOldest, "s", "How long the oldest due, unsent delivery has waited.");
        meter.CreateObservableGauge("alertbot.chats.registered", ObserveChats, "{chat}", "Registered chats, enabled or disabled.");
    }

    private sealed record Snapshot(OutboxStats Outbox, long Enabled, long Disabled, DateTimeOffset At);

    private IEnumerable<Measurement<long>> ObserveOutbox()
    {
        if (Current() is not { } s)
            yield break;
        yield return new(s.Outbox.Pending, new KeyValuePair<string, object?>("state", "pending"));
        yield return new(s.Outbox.Sending, new KeyValuePair<string, object?>("state", "sending"));
        yield return new(s.Outbox.Held, new KeyValuePair<string, object?>("state", "held"));
        yield return new(s.Outbox.Dead, new KeyValuePair<string, object?>("state", "dead"));
    }

    private IEnumerable<Measurement<double>> ObserveOldest()
    {
        if (Current() is not { } s)
            yield break;
        var age = s.Outbox.OldestPendingDue is { } due ? s.At - due : TimeSpan.Zero;
        yield return new(Math.Max(0, age.TotalSeconds));
    }

    private IEnumerable<Measurement<long>> ObserveChats()
    {
        if (Current() is not { } s)
            yield break;
        yield return new(s.Enabled, new KeyValuePair<string, object?>("state", "enabled"));
        yield return new(s.Disabled, new KeyValuePair<string, object?>("state", "disabled"));
    }

    private Snapshot? Current()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (now - _readAt < _maxAge)
                return _snapshot;
            _readAt = now;
            try
            {
                // Gauge callbacks are synchronous; the scrape thread waits for two small queries, bounded.
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                var outbox = _outbox.GetOutboxStatsAsync(timeout.Token).GetAwaiter().GetResult();
                var (enabled, disabled) = _chats.CountChatsAsync(timeout.Token).GetAwaiter().GetResult();
                _snapshot = new Snapshot(outbox, enabled, disabled, now);
            }
            catch (Exception e)
            {
                Log.GaugeReadFailed(_logger, e);
            }

            return _snapshot;
        }
    }

    // A hosted service only so that the gauges exist from the start, before anything asks for them.
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
