namespace AlertBot.TestBotApi;

/// <summary>
/// Telegram's send limits as sliding windows: per bot per second, per private chat per second,
/// per group or channel per minute. A send with allow_paid_broadcast may go past the bot's free limit up to
/// <see cref="TestBotApiOptions.PaidBroadcastMessagesPerSecond"/>; such a send beyond the free limit is counted as
/// paid (<see cref="ServerStats.PaidBroadcastMessages"/>). Not thread-safe: the server calls it under its lock.
/// </summary>
internal sealed class FloodLimits(TestBotApiOptions options)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Queue<DateTimeOffset> _global = new();

    /// <summary>The sends that used the free allowance (not charged), in the last second.</summary>
    private readonly Queue<DateTimeOffset> _free = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _perChat = [];

    /// <summary>Whether the send <see cref="TryAcquire"/> last let through went beyond the free limit under allow_paid_broadcast.</summary>
    public bool Paid { get; private set; }

    /// <summary>
    /// Records a send at <paramref name="now"/>, or returns the whole seconds to wait when a limit is full, with
    /// <paramref name="why"/> saying which limit and the sends that filled it (for the test's failure message).
    /// </summary>
    public int? TryAcquire(TestChat chat, DateTimeOffset now, bool paidBroadcast, out string? why)
    {
        why = null;
        var (chatLimit, chatWindow) = chat.IsPrivate
            ? (options.PrivateChatMessagesPerSecond, Second)
            : (options.GroupMessagesPerMinute, Minute);
        if (!_perChat.TryGetValue(chat.Id, out var chatSends))
            _perChat[chat.Id] = chatSends = new Queue<DateTimeOffset>();

        var globalLimit = paidBroadcast ? options.PaidBroadcastMessagesPerSecond : options.GlobalMessagesPerSecond;
        var globalWait = WaitFor(_global, globalLimit, Second, now);
        var chatWait = WaitFor(chatSends, chatLimit, chatWindow, now);
        var wait = globalWait > chatWait ? globalWait : chatWait;
        if (wait > TimeSpan.Zero)
        {
            why = globalWait > TimeSpan.Zero
                ? Describe(paidBroadcast ? "bot (paid broadcast)" : "bot", _global, globalLimit, Second, now)
                : Describe($"chat {chat.Id}", chatSends, chatLimit, chatWindow, now);
            return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        }

        // The first GlobalMessagesPerSecond sends of any second are free, paid broadcast or not; the rest are charged.
        Paid = paidBroadcast && WaitFor(_free, options.GlobalMessagesPerSecond, Second, now) > TimeSpan.Zero;
        if (!Paid)
            _free.Enqueue(now);
        _global.Enqueue(now);
        chatSends.Enqueue(now);
        return null;
    }

    private static string Describe(string who, Queue<DateTimeOffset> sends, int limit, TimeSpan window, DateTimeOffset now)
    {
        var first = sends.ElementAt(sends.Count - limit);
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{who}: {limit} sends in {window.TotalSeconds:0} s already, the oldest of them {(now - first).TotalMilliseconds:F1} ms before this one at {now:HH:mm:ss.fff}");
    }

    private static TimeSpan WaitFor(Queue<DateTimeOffset> sends, int limit, TimeSpan window, DateTimeOffset now)
    {
        while (sends.Count > 0 && sends.Peek() <= now - window)
            sends.Dequeue();
        if (sends.Count < limit)
            return TimeSpan.Zero;

        // The window frees up when the send that is `limit` back from the newest falls out of it.
        return sends.ElementAt(sends.Count - limit) + window - now;
    }
}
