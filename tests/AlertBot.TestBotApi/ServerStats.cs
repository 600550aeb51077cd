using System.Collections.Concurrent;
using System.Globalization;

namespace AlertBot.TestBotApi;

/// <summary>Live, thread-safe counters of what the server saw and answered.</summary>
public sealed class ServerStats
{
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.OrdinalIgnoreCase);
    private int _injectedTooManyRequests;
    private int _rateLimitExceeded;
    private readonly ConcurrentQueue<string> _rateLimitReasons = new();
    private int _serverErrors;
    private int _forbidden;
    private int _badRequests;
    private int _unauthorized;
    private int _notFound;
    private int _timeouts;
    private int _getUpdatesConflicts;
    private int _messagesAccepted;
    private int _paidBroadcastMessages;
    private readonly ConcurrentDictionary<long, int> _sendAttempts = new();

    /// <summary>Requests per Bot API method (canonical spelling, e.g. "sendMessage"), including failed ones.</summary>
    public IReadOnlyDictionary<string, int> RequestsByMethod => new Dictionary<string, int>(_requests, StringComparer.OrdinalIgnoreCase);

    public int Requests(string method) => _requests.TryGetValue(method, out var n) ? n : 0;

    /// <summary>429s that came from <see cref="FaultInjector"/>.</summary>
    public int InjectedTooManyRequests => Volatile.Read(ref _injectedTooManyRequests);

    /// <summary>429s because the client really sent faster than the configured limits.</summary>
    public int RateLimitExceeded => Volatile.Read(ref _rateLimitExceeded);

    /// <summary>For each <see cref="RateLimitExceeded"/>: which limit, and how close the sends that filled it were.</summary>
    public IReadOnlyList<string> RateLimitReasons => [.. _rateLimitReasons];

    public int TooManyRequests => InjectedTooManyRequests + RateLimitExceeded;

    public int ServerErrors => Volatile.Read(ref _serverErrors);

    public int Forbidden => Volatile.Read(ref _forbidden);

    public int BadRequests => Volatile.Read(ref _badRequests);

    public int Unauthorized => Volatile.Read(ref _unauthorized);

    public int NotFound => Volatile.Read(ref _notFound);

    /// <summary>Requests held by a timeout fault.</summary>
    public int Timeouts => Volatile.Read(ref _timeouts);

    /// <summary>getUpdates requests terminated by a newer concurrent getUpdates (409).</summary>
    public int GetUpdatesConflicts => Volatile.Read(ref _getUpdatesConflicts);

    /// <summary>sendMessage calls that were accepted (delivered).</summary>
    public int MessagesAccepted => Volatile.Read(ref _messagesAccepted);

    /// <summary>
    /// Accepted sends with allow_paid_broadcast that went beyond the free per-second limit: what Telegram charges
    /// 0.1 Stars each for (counted only while rate limits are enforced).
    /// </summary>
    public int PaidBroadcastMessages => Volatile.Read(ref _paidBroadcastMessages);

    /// <summary>sendMessage and sendRichMessage requests naming this chat, accepted or not: 0 means the bot never tried to write there.</summary>
    public int SendAttemptsTo(long chatId) => _sendAttempts.TryGetValue(chatId, out var n) ? n : 0;

    internal void SendAttempt(long chatId) => _sendAttempts.AddOrUpdate(chatId, 1, (_, n) => n + 1);

    internal void Request(string method) => _requests.AddOrUpdate(method, 1, (_, n) => n + 1);

    internal void InjectedTooMany() => Interlocked.Increment(ref _injectedTooManyRequests);

    internal void RateLimited(string why)
    {
        Interlocked.Increment(ref _rateLimitExceeded);
        _rateLimitReasons.Enqueue(why);
    }

    internal void Timeout() => Interlocked.Increment(ref _timeouts);

    internal void Conflict() => Interlocked.Increment(ref _getUpdatesConflicts);

    internal void Accepted(bool paidBeyondFree = false)
    {
        Interlocked.Increment(ref _messagesAccepted);
        if (paidBeyondFree)
            Interlocked.Increment(ref _paidBroadcastMessages);
    }

    internal void Answered(int statusCode)
    {
        switch (statusCode)
        {
            case 400: Interlocked.Increment(ref _badRequests); break;
            case 401: Interlocked.Increment(ref _unauthorized); break;
            case 403: Interlocked.Increment(ref _forbidden); break;
            case 404: Interlocked.Increment(ref _notFound); break;
            case >= 500: Interlocked.Increment(ref _serverErrors); break;
        }
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"requests [{string.Join(", ", _requests.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}], " +
        $"accepted {MessagesAccepted} (paid broadcast {PaidBroadcastMessages}), 429 injected {InjectedTooManyRequests} / rate-limit-exceeded {RateLimitExceeded}, " +
        $"5xx {ServerErrors}, 403 {Forbidden}, 400 {BadRequests}, 401 {Unauthorized}, 404 {NotFound}, " +
        $"timeouts {Timeouts}, getUpdates conflicts {GetUpdatesConflicts}{OverLimit()}");

    private string OverLimit() => RateLimitExceeded > 0 ? $" (over a limit: {string.Join("; ", RateLimitReasons.Take(5))})" : "";
}
