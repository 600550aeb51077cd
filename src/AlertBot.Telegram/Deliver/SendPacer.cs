using System.Collections.Concurrent;

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
    private readonly ConcurrentDictionary<int, IAsyncDisposable> _bookings = new();
    private int _lastBooking;
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

    /// <summary>Waits until one more send fits in the window, and books it. Returns the booking for <see cref="Completed"/>.</summary>
    public async Task<int> WaitAsync(CancellationToken ct)
    {
        if (_shared is not null)
            return await WaitSharedAsync(ct);
        await _gate.WaitAsync(ct);
        try
        {
            while (true)
            {
                var now = _time.GetUtcNow().UtcTicks;
                var readyAt = Math.Max(Volatile.Read(ref _ring[_next]) + _window.Ticks, Interlocked.Read(ref _pausedUntil));
                if (readyAt <= now)
                {
                    var slot = _next;
                    Volatile.Write(ref _ring[slot], now);
                    _next = (_next + 1) % _ring.Length;
                    return slot;
                }

                await Task.Delay(TimeSpan.FromTicks(readyAt - now), _time, ct);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The send booked as <paramref name="slot"/> has its answer: Telegram counted it at some moment between the
    /// booking and now, so from now on its place in the window counts from now. Stamping only the booking let
    /// requests that queued in the HTTP stack arrive bunched with later ones, and a fan-out at 1,000/s drew
    /// hundreds of 429s; counting from the answer is exact whatever the network's jitter.
    /// </summary>
    public void Completed(int slot)
    {
        if (_shared is not null)
        {
            // The shared slot is stamped in the database; until then it stays held, so late is only conservative.
            if (_bookings.TryRemove(slot, out var booking))
                _ = booking.DisposeAsync().AsTask();
            return;
        }

        var now = _time.GetUtcNow().UtcTicks;
        long current;
        do
        {
            current = Volatile.Read(ref _ring[slot]);
            if (now <= current)
                return;
        }
        while (Interlocked.CompareExchange(ref _ring[slot], now, current) != current);
    }

    /// <summary>Books a slot of the cluster's window; one booking at a time per instance goes to the database.</summary>
    private async Task<int> WaitSharedAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            while (true)
            {
                var now = _time.GetUtcNow().UtcTicks;
                var paused = Interlocked.Read(ref _pausedUntil);
                if (paused <= now)
                    break;
                await Task.Delay(TimeSpan.FromTicks(paused - now), _time, ct);
            }

            var booking = await _shared!.TakeAsync(ct);
            var id = Interlocked.Increment(ref _lastBooking);
            _bookings[id] = booking;
            return id;
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
}
