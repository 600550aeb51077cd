using AlertBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Commands;

/// <summary>
/// Telegram allows one getUpdates poller per bot token. On PostgreSQL the instances agree on one with a
/// session-level advisory lock named after the bot id, held on a connection of its own: whoever holds it
/// polls, the others try again every <see cref="ClusterOptions.PollerLockRetryInterval"/>. A holder that
/// dies closes its socket, the server drops the lock at once, and a standby takes over within that interval.
/// On SQLite there is one instance and leadership is granted at once.
/// </summary>
public sealed class PollerLeadership(
    Database database,
    ClusterNode node,
    IOptions<TelegramOptions> telegram,
    IOptions<ClusterOptions> cluster,
    TimeProvider time,
    ILogger<PollerLeadership> logger)
{
    /// <summary>Waits until this instance may poll. The result's <see cref="Leadership.Lost"/> fires if that ends.</summary>
    public async Task<Leadership> AcquireAsync(CancellationToken ct)
    {
        if (database.Provider != StorageProvider.Postgres)
            return new Leadership(null, null);

        var botId = BotId(telegram.Value.BotToken!);
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
                Log.PollerLeadershipFailed(logger, e);
            }

            if (held is not null)
            {
                Log.PollerLeadershipAcquired(logger, node.Id, botId);
                return new Leadership(held, Watch(held, botId));
            }

            if (!standbyLogged)
            {
                Log.PollerStandby(logger, botId);
                standbyLogged = true;
            }

            await Task.Delay(cluster.Value.PollerLockRetryInterval, time, ct);
        }
    }

    /// <summary>The bot id is the token's part before the colon; it names the lock without revealing the token.</summary>
    public static long BotId(string token) =>
        long.Parse(token.AsSpan(0, token.IndexOf(':', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);

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
                        Log.PollerLeadershipLost(logger, botId);
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
}

/// <summary>The right to run the update poller, until disposed or <see cref="Lost"/>.</summary>
public sealed class Leadership(SessionLock? held, CancellationTokenSource? lost) : IAsyncDisposable
{
    public CancellationToken Lost => lost?.Token ?? CancellationToken.None;

    public async ValueTask DisposeAsync()
    {
        if (lost is not null)
        {
            await lost.CancelAsync();
            lost.Dispose();
        }

        if (held is not null)
            await held.DisposeAsync();
    }
}
