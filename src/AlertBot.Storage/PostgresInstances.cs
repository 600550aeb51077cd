using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Storage;

/// <summary>
/// Several instances on one PostgreSQL database. They agree through session-level advisory locks, each held on a
/// connection of its own (<see cref="SessionLock"/>): a holder that dies closes its socket and the server drops
/// its locks at once.
/// <list type="bullet">
/// <item>The update poller: whoever holds the lock named after the bot id polls; the others try again every
/// <see cref="ClusterOptions.PollerLockRetryInterval"/>, so a standby takes over within that interval.</item>
/// <item>Liveness: each instance holds the lock named after <see cref="ClusterNode.Id"/> (the owner written on the
/// rows it leases) while it lives, so a free lock means a dead owner and its in-flight rows can be recovered at once
/// instead of waiting out their leases; a live but slow owner keeps its rows.</item>
/// <item>The send window: Telegram counts the bot's messages, not one instance's, so the window is kept in the
/// database (<see cref="DatabaseSendWindow"/>).</item>
/// </list>
/// </summary>
public sealed class PostgresInstances(
    Database database,
    ClusterStore cluster,
    ClusterNode node,
    IOptions<ClusterOptions> options,
    TimeProvider time,
    ILoggerFactory loggers) : IInstanceCoordination
{
    private readonly ILogger _logger = loggers.CreateLogger<PostgresInstances>();
    private SessionLock? _alive;

    public bool SoleInstance => false;

    public async Task<PollerLease> AcquirePollerAsync(long botId, CancellationToken ct)
    {
        var standbyLogged = false;
        while (true)
        {
            SessionLock? held = null;
            try
            {
                held = await SessionLock.TryAcquireAsync(database, LockKeys.Poller(botId), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                Log.PollerLeadershipFailed(_logger, e);
            }

            if (held is not null)
            {
                Log.PollerLeadershipAcquired(_logger, node.Id, botId);
                return new PollerLease(held, Watch(held, botId));
            }

            if (!standbyLogged)
            {
                Log.PollerStandby(_logger, botId);
                standbyLogged = true;
            }

            await Task.Delay(options.Value.PollerLockRetryInterval, time, ct);
        }
    }

    /// <summary>Checks the lock's session every second; a failed round trip means the lock may be gone.</summary>
    private CancellationTokenSource Watch(SessionLock held, long botId)
    {
        var lost = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            try
            {
                while (!lost.IsCancellationRequested)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), time, lost.Token);
                    if (!await held.IsHeldAsync(TimeSpan.FromSeconds(3), lost.Token))
                    {
                        Log.PollerLeadershipLost(_logger, botId);
                        await lost.CancelAsync();
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Released or lost: either way the watch is over.
            }
        }, CancellationToken.None);
        return lost;
    }

    public async Task StartAsync(CancellationToken ct) =>
        _alive = await SessionLock.AcquireAsync(database, LockKeys.Node(node.Id), ct);

    public async Task<int> RecoverDeadInstancesAsync(bool resend, CancellationToken ct)
    {
        await KeepAliveLockAsync(ct);
        return await cluster.RecoverDeadOwnersAsync(node.Id, resend, ct);
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
        Log.NodeLockRetaken(_logger, node.Id);
    }

    public async Task StopAsync()
    {
        if (_alive is not null)
            await _alive.DisposeAsync();
        _alive = null;
    }

    public ISharedSendWindow SharedSendWindow(long botId, int perSecond, TimeSpan requestTimeout) =>
        new DatabaseSendWindow(cluster, botId, perSecond, options.Value.SendWindowMargin, requestTimeout, time, loggers.CreateLogger<DatabaseSendWindow>());
}
