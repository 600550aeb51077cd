namespace AlertBot.Storage;

/// <summary>
/// What differs between one instance on its own database and several instances sharing one PostgreSQL database:
/// who polls the bot's updates, this instance's liveness lock, the bot's send window, and the rows a dead
/// instance left in flight. <see cref="StoresServiceCollectionExtensions.AddAlertBotStores"/> registers the
/// implementation the configured database calls for: <see cref="SingleInstance"/> or <see cref="PostgresInstances"/>.
/// </summary>
public interface IInstanceCoordination
{
    /// <summary>
    /// No other instance can hold rows of this database: rows left in 'sending' when this one starts are its own
    /// from before a crash, whatever their lease says, and there is nobody else's to recover.
    /// </summary>
    bool SoleInstance { get; }

    /// <summary>Waits until this instance may poll the bot's updates (one poller per bot token). The lease's <see cref="PollerLease.Lost"/> fires if that right ends.</summary>
    Task<PollerLease> AcquirePollerAsync(long botId, CancellationToken ct);

    /// <summary>Takes this instance's liveness lock, before it leases any row.</summary>
    Task StartAsync(CancellationToken ct);

    /// <summary>
    /// Keeps the liveness lock (takes it again if its session broke) and hands the rows of instances that are gone to
    /// the unknown-outcome policy: back to pending with <paramref name="resend"/>, else dead-lettered. Returns how many.
    /// </summary>
    Task<int> RecoverDeadInstancesAsync(bool resend, CancellationToken ct);

    /// <summary>Releases the liveness lock.</summary>
    Task StopAsync();

    /// <summary>The bot's send window shared by every instance, or null when this instance's own window is the bot's.</summary>
    ISharedSendWindow? SharedSendWindow(long botId, int perSecond, TimeSpan requestTimeout);
}

/// <summary>The bot's send window shared by every instance: a send may start once it has booked a slot here.</summary>
public interface ISharedSendWindow
{
    /// <summary>
    /// Waits until the cluster as a whole may send one more message and books it. Dispose the result once
    /// Telegram has answered: the window counts from then, so however long the request took on the way, two
    /// uses of one slot reach Telegram at least a window apart.
    /// </summary>
    Task<IAsyncDisposable> TakeAsync(CancellationToken ct);

    /// <summary>Telegram asked the whole bot to wait: every instance holds back until <paramref name="until"/>.</summary>
    void PauseUntil(DateTimeOffset until);
}

/// <summary>The right to run the update poller, until disposed or <see cref="Lost"/>.</summary>
public sealed class PollerLease(IAsyncDisposable? held, CancellationTokenSource? lost) : IAsyncDisposable
{
    /// <summary>Held for as long as the instance lives: nobody else can take it.</summary>
    public static PollerLease Unconditional { get; } = new(null, null);

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

/// <summary>One instance on its own database (SQLite): nothing to agree on with anybody.</summary>
public sealed class SingleInstance : IInstanceCoordination
{
    public bool SoleInstance => true;

    public Task<PollerLease> AcquirePollerAsync(long botId, CancellationToken ct) => Task.FromResult(PollerLease.Unconditional);

    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;

    public Task<int> RecoverDeadInstancesAsync(bool resend, CancellationToken ct) => Task.FromResult(0);

    public Task StopAsync() => Task.CompletedTask;

    public ISharedSendWindow? SharedSendWindow(long botId, int perSecond, TimeSpan requestTimeout) => null;
}
