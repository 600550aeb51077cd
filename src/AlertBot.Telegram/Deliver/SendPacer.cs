namespace AlertBot.Telegram.Deliver;

/// <summary>
/// Keeps the bot's overall send rate at or under N per any one-second window. It remembers the last N send
/// times in a ring: a send may start when the one N sends ago is at least a window old. Token buckets
/// (System.Threading.RateLimiting) allow a burst of the bucket size on top of the refill rate in some
/// windows, and Telegram answers such bursts with 429s, so the exact window is kept here instead.
/// With several instances the same exact window is kept in the database (<see cref="ISharedSendWindow"/>),
/// because Telegram counts the bot's messages, not one instance's.
/// </summary>
public sealed class SendPacer : IDisposable
{
    private readonly TimeProvider _time;
    private readonly long[] _ring;
    private readonly TimeSpan _window;
    private readonly ISharedSendWindow? _shared;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _next;
    private long _pausedUntil;

    public SendPacer(int perSecond, TimeProvider time, TimeSpan? margin = null, ISharedSendWindow? shared = null)
    {
        _time = time;
        _shared = shared;
        _ring = new long[perSecond];
        Array.Fill(_ring, long.MinValue / 2);
        // A little margin covers the jitter between our clock and the moment Telegram counts the request.
        _window = TimeSpan.FromSeconds(1) + (margin ?? TimeSpan.FromMilliseconds(15));
    }

    /// <summary>
    /// Waits until one more send fits in the window and books it; dispose the result when the send is answered
    /// (the shared window then counts the slot from that moment; in-process it is a no-op).
    /// </summary>
    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken ct)
    {
        if (_shared is null)
        {
            await WaitAsync(ct);
            return NoPermit.Instance;
        }

        await _gate.WaitAsync(ct);
        try
        {
            while (true)
            {
                // One booking at a time per instance goes to the database; the others queue on the gate.
                var now = _time.GetUtcNow().UtcTicks;
                var paused = Interlocked.Read(ref _pausedUntil);
                if (paused <= now)
                    return await _shared.TakeAsync(ct);
                await Task.Delay(TimeSpan.FromTicks(paused - now), _time, ct);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Waits until one more send fits in the window, and books it.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            while (true)
            {
                var now = _time.GetUtcNow().UtcTicks;
                var readyAt = Math.Max(_ring[_next] + _window.Ticks, Interlocked.Read(ref _pausedUntil));
                if (readyAt <= now)
                {
                    _ring[_next] = now;
                    _next = (_next + 1) % _ring.Length;
                    return;
                }

                await Task.Delay(TimeSpan.FromTicks(readyAt - now), _time, ct);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Telegram asked the whole bot to wait (a flood of 429s): nothing is sent before <paramref name="until"/>.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        _shared?.PauseUntil(until);
        long current;
        do
        {
            current = Interlocked.Read(ref _pausedUntil);
            if (until.UtcTicks <= current)
                return;
        }
        while (Interlocked.CompareExchange(ref _pausedUntil, until.UtcTicks, current) != current);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class NoPermit : IAsyncDisposable
    {
        public static readonly NoPermit Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
