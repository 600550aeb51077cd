using AlertBot.Core.Observe;
using AlertBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Deliver;

/// <summary>
/// On PostgreSQL: holds this instance's liveness lock (named after <see cref="ClusterNode.Id"/>, the owner on
/// the rows it leases) for as long as the process lives, and every <see cref="ClusterOptions.RecoveryInterval"/>
/// hands the rows of instances whose lock is free — dead ones — to the unknown-outcome policy. Without this a
/// killed instance's in-flight rows, and every later alert of those chats, would wait out the two-minute lease.
/// Starts before the outbox sender, so nothing is leased before the lock is held. Does nothing on SQLite.
/// </summary>
public sealed class ClusterRecovery(
    ClusterStore clusterStore,
    Database database,
    ClusterNode node,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<TelegramOptions> telegram,
    IOptions<ClusterOptions> cluster,
    AlertBotMetrics metrics,
    ILogger<ClusterRecovery> logger) : BackgroundService
{
    private SessionLock? _alive;

    private bool Enabled => database.Provider == StorageProvider.Postgres;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
            return;
        _alive = await SessionLock.AcquireAsync(database, LockKeys.Node(node.Id), cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(cluster.Value.RecoveryInterval, time, stoppingToken);
                await KeepAliveLockAsync(stoppingToken);
                var policy = telegram.Value.UnknownOutcome;
                var count = await clusterStore.RecoverDeadOwnersAsync(node.Id, policy == UnknownOutcomePolicy.Resend, stoppingToken);
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

    /// <summary>
    /// If the lock's session broke (database restart, network), the others may already have taken this
    /// instance's rows for dead; take the lock again so that its new leases are not.
    /// </summary>
    private async Task KeepAliveLockAsync(CancellationToken ct)
    {
        if (_alive is not null && await _alive.IsHeldAsync(TimeSpan.FromSeconds(3), ct))
            return;
        if (_alive is not null)
            await _alive.DisposeAsync();
        _alive = null;
        _alive = await SessionLock.AcquireAsync(database, LockKeys.Node(node.Id), ct);
        Log.NodeLockRetaken(logger, node.Id);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_alive is not null)
            await _alive.DisposeAsync();
        _alive = null;
    }
}
