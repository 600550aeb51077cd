using System.Collections.Concurrent;
using AlertBot.Storage;

namespace AlertBot.Telegram.Deliver;

/// <summary>
/// Keeps the bot's overall send rate at or under N per any one-second window, and holds every send back while
/// Telegram asked the whole bot to wait. Where the window is kept is its strategy: in this process
/// (<see cref="LocalWindow"/>) when it is the bot's only sender, or in the database for all instances
/// (<see cref="SharedWindow"/> over <see cref="ISharedSendWindow"/>), because Telegram counts the bot's messages,
/// not one instance's.
/// </summary>
public sealed class SendPacer : IDisposable
{
    private readonly Strategy _strategy;

    public SendPacer(int perSecond, TimeProvider time, TimeSpan? margin = null, ISharedSendWindow? shared = null) =>
        _strategy = shared is null ? new LocalWindow(perSecond, time, margin ?? TimeSpan.FromMilliseconds(15)) : new SharedWindow(shared, time);

    /// <summary>Waits until one more send fits in the window, and books it. Returns the booking for <see cref="Completed"/>.</summary>
    public Task<int> WaitAsync(CancellationToken ct) => _strategy.WaitAsync(ct);

    /// <summary>The send booked as <paramref name="slot"/> has its answer: from now on its place in the window counts from now.</summary>
    public void Completed(int slot) => _strategy.Completed(slot);

    /// <summary>Telegram asked the whole bot to wait (a flood of 429s): nothing is sent before <paramref name="until"/>.</summary>
    public void PauseUntil(DateTimeOffset until) => _strategy.PauseUntil(until);

    public void Dispose() => _strategy.Dispose();

    /// <summary>What both strategies share: one booking at a time, and the bot-wide pause.</summary>
    private abstract class Strategy(TimeProvider time) : IDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private long _pausedUntil;

        protected TimeProvider Time => time;

        protected long PausedUntil => Interlocked.Read(ref _pausedUntil);

        public async Task<int> WaitAsync(CancellationToken ct)
        {
            await _gate.WaitAsync(ct);
            try
            {
                return await BookAsync(ct);
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>Books one send; called one at a time.</summary>
        protected abstract Task<int> BookAsync(CancellationToken ct);

        public abstract void Completed(int slot);

        public virtual void PauseUntil(DateTimeOffset until)
        {
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

    /// <summary>
    /// The exact window in this process: it remembers the last N send times in a ring, and a send may start when the
    /// one N sends ago is at least a window old. Token buckets (System.Threading.RateLimiting) allow a burst of the
    /// bucket size on top of the refill rate in some windows, and Telegram answers such bursts with 429s.
    /// </summary>
    private sealed class LocalWindow : Strategy
    {
        private readonly long[] _ring;
        private readonly TimeSpan _window;
        private int _next;

        public LocalWindow(int perSecond, TimeProvider time, TimeSpan margin)
            : base(time)
        {
            _ring = new long[perSecond];
            Array.Fill(_ring, long.MinValue / 2);
            // A little margin covers the jitter between our clock and the moment Telegram counts the request.
            _window = TimeSpan.FromSeconds(1) + margin;
        }

        protected override async Task<int> BookAsync(CancellationToken ct)
        {
            while (true)
            {
                var now = Time.GetUtcNow().UtcTicks;
                var readyAt = Math.Max(Volatile.Read(ref _ring[_next]) + _window.Ticks, PausedUntil);
                if (readyAt <= now)
                {
                    var slot = _next;
                    Volatile.Write(ref _ring[slot], now);
                    _next = (_next + 1) % _ring.Length;
                    return slot;
                }

                await Task.Delay(TimeSpan.FromTicks(readyAt - now), Time, ct);
            }
        }

        /// <summary>
        /// Telegram counted the send at some moment between the booking and now, so its place in the window counts
        /// from now. Stamping only the booking let requests that queued in the HTTP stack arrive bunched with later
        /// ones, and a fan-out at 1,000/s drew hundreds of 429s; counting from the answer is exact whatever the
        /// network's jitter.
        /// </summary>
        public override void Completed(int slot)
        {
            var now = Time.GetUtcNow().UtcTicks;
            long current;
            do
            {
                current = Volatile.Read(ref _ring[slot]);
                if (now <= current)
                    return;
            }
            while (Interlocked.CompareExchange(ref _ring[slot], now, current) != current);
        }
    }

    /// <summary>The cluster's window: each send books a slot of the shared window, held until its answer.</summary>
    private sealed class SharedWindow(ISharedSendWindow shared, TimeProvider time) : Strategy(time)
    {
        private readonly ConcurrentDictionary<int, IAsyncDisposable> _bookings = new();
        private int _lastBooking;

        protected override async Task<int> BookAsync(CancellationToken ct)
        {
            while (true)
            {
                var now = Time.GetUtcNow().UtcTicks;
                var paused = PausedUntil;
                if (paused <= now)
                    break;
                await Task.Delay(TimeSpan.FromTicks(paused - now), Time, ct);
            }

            var booking = await shared.TakeAsync(ct);
            var id = Interlocked.Increment(ref _lastBooking);
            _bookings[id] = booking;
            return id;
        }

        /// <summary>The shared slot is stamped in the database; until then it stays held, so late is only conservative.</summary>
        public override void Completed(int slot)
        {
            if (_bookings.TryRemove(slot, out var booking))
                _ = booking.DisposeAsync().AsTask();
        }

        public override void PauseUntil(DateTimeOffset until)
        {
            shared.PauseUntil(until);
            base.PauseUntil(until);
        }
    }
}
