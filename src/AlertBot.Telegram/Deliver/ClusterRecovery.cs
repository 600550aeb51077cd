using AlertBot.Core.Observe;
using AlertBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Deliver;

/// <summary>
/// Hands the rows of instances that are gone to the unknown-outcome policy every
/// <see cref="ClusterOptions.RecoveryInterval"/>, while this instance holds its own liveness lock
/// (<see cref="IInstanceCoordination"/>). Without this a killed instance's in-flight rows, and every later alert
/// of those chats, would wait out the two-minute lease. Starts before the outbox sender, so nothing is leased
/// before the lock is held. A sole instance has nobody else's rows to recover and does nothing.
/// </summary>
public sealed class ClusterRecovery(
    IInstanceCoordination instances,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<TelegramOptions> telegram,
    IOptions<ClusterOptions> cluster,
    AlertBotMetrics metrics,
    ILogger<ClusterRecovery> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (instances.SoleInstance)
            return;
        await instances.StartAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(cluster.Value.RecoveryInterval, time, stoppingToken);
                var policy = telegram.Value.UnknownOutcome;
                var count = await instances.RecoverDeadInstancesAsync(policy == UnknownOutcomePolicy.Resend, stoppingToken);
                if (count > 0)
                {
                    Log.DeadSenderRowsRecovered(logger, count, policy);
                    metrics.UnknownOutcomes.Add(count, new KeyValuePair<string, object?>("reason", "instance-stopped"));
                    signal.Notify();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                Log.ClusterRecoveryFailed(logger, e);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await instances.StopAsync();
    }
}
