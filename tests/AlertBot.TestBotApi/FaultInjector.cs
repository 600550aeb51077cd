namespace AlertBot.TestBotApi;

/// <summary>
/// Decides which requests fail, and how. Queued faults are used first, in the order they were queued;
/// random faults (sendMessage only) come from a seeded generator, so a run is repeatable for a given
/// order of requests.
/// </summary>
public sealed class FaultInjector
{
    private const string SendMessage = "sendMessage";

    private readonly Lock _gate = new();
    private readonly List<QueuedFault> _queue = [];
    private Random? _random;
    private RandomFaults? _randomFaults;

    /// <summary>The next <paramref name="count"/> sendMessage calls (to <paramref name="chatId"/>, or to any chat when null) get <paramref name="fault"/>.</summary>
    public void Next(long? chatId, Fault fault, int count = 1) => NextFor(SendMessage, fault, count, chatId);

    /// <summary>The next <paramref name="count"/> sendMessage calls to any chat get <paramref name="fault"/>.</summary>
    public void Next(Fault fault, int count = 1) => NextFor(SendMessage, fault, count, chatId: null);

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> (e.g. "getUpdates") get <paramref name="fault"/>.</summary>
    public void NextFor(string method, Fault fault, int count = 1, long? chatId = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            _queue.Add(new QueuedFault(method, chatId, fault) { Remaining = count });
        }
    }

    /// <summary>From now on each sendMessage call fails at random with the given probabilities.</summary>
    public void SetRandom(
        int seed,
        double p429 = 0.05,
        double p5xx = 0.02,
        double pTimeout = 0.0,
        int retryAfterSeconds = 1,
        TimeSpan? timeoutDelay = null)
    {
        if (p429 < 0 || p5xx < 0 || pTimeout < 0 || p429 + p5xx + pTimeout > 1)
            throw new ArgumentOutOfRangeException(nameof(p429), "Probabilities must be non-negative and sum to at most 1.");
        lock (_gate)
        {
            _random = new Random(seed);
            _randomFaults = new RandomFaults(p429, p5xx, pTimeout, retryAfterSeconds, timeoutDelay ?? TimeSpan.FromSeconds(30));
        }
    }

    public void ClearRandom()
    {
        lock (_gate)
        {
            _random = null;
            _randomFaults = null;
        }
    }

    /// <summary>Removes queued and random faults.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _queue.Clear();
            _random = null;
            _randomFaults = null;
        }
    }

    /// <summary>How many queued faults are still to be used.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _queue.Sum(q => q.Remaining);
            }
        }
    }

    internal Fault? Take(string method, long? chatId)
    {
        lock (_gate)
        {
            for (var i = 0; i < _queue.Count; i++)
            {
                var queued = _queue[i];
                if (!string.Equals(queued.Method, method, StringComparison.OrdinalIgnoreCase))
                    continue;
                if (queued.ChatId is { } wanted && wanted != chatId)
                    continue;
                if (--queued.Remaining == 0)
                    _queue.RemoveAt(i);
                return queued.Fault;
            }

            if (_random is null || _randomFaults is not { } odds || !string.Equals(method, SendMessage, StringComparison.OrdinalIgnoreCase))
                return null;

#pragma warning disable CA5394 // Seeded on purpose: fault runs must be repeatable, not unpredictable.
            var roll = _random.NextDouble();
#pragma warning restore CA5394
            if (roll < odds.P429)
                return Fault.TooManyRequests(odds.RetryAfterSeconds);
            if (roll < odds.P429 + odds.P5xx)
                return Fault.ServerError(502);
            if (roll < odds.P429 + odds.P5xx + odds.PTimeout)
                return Fault.Timeout(odds.TimeoutDelay);
            return null;
        }
    }

    private sealed record QueuedFault(string Method, long? ChatId, Fault Fault)
    {
        public int Remaining { get; set; }
    }

    private sealed record RandomFaults(double P429, double P5xx, double PTimeout, int RetryAfterSeconds, TimeSpan TimeoutDelay);
}
