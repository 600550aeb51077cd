namespace AlertBot.Telegram.Deliver;

/// <summary>
/// What becomes of a claimed row once Telegram answered a send with anything but success: one of the outbox's
/// moves (see <c>src/AlertBot.Storage/README.md</c>). <see cref="Decide"/> is a pure function of the answer, the
/// row's attempts so far and the options; the sender carries the decision out.
/// </summary>
public abstract record AfterSend
{
    /// <summary>Nothing to record (a success, or a rich refusal the caller falls back from).</summary>
    public sealed record None : AfterSend;

    /// <summary>429: the chat waits until <see cref="Until"/>, then the row is sent again; the attempt is not counted.</summary>
    public sealed record RateLimited(DateTimeOffset Until, TimeSpan After) : AfterSend;

    /// <summary>5xx, timeout, network: back to pending at <see cref="Due"/>, the attempt counted.</summary>
    public sealed record Retry(DateTimeOffset Due, string Error, bool UnknownOutcome) : AfterSend;

    /// <summary>Given up: kept for an operator's replay.</summary>
    public sealed record DeadLetter(string Error) : AfterSend;

    /// <summary>403: the chat blocked or removed the bot; its open rows are cancelled.</summary>
    public sealed record DisableChat(string Reason) : AfterSend;

    /// <summary>The group became a supergroup: move the chat, then send again at once (the attempt not counted).</summary>
    public sealed record MigrateChat(long NewChatId) : AfterSend;

    /// <param name="result">Telegram's answer, classified.</param>
    /// <param name="attempts">The row's attempts including this one.</param>
    /// <param name="now">The time of the answer.</param>
    /// <param name="jitter">A number in [0, 1) that spreads retries (full jitter); the caller draws it.</param>
    public static AfterSend Decide(SendResult result, int attempts, TelegramOptions options, DateTimeOffset now, double jitter) => result switch
    {
        SendResult.RetryAfter r => new RateLimited(now + r.After, r.After),
        SendResult.Transient t when (t.UnknownOutcome && options.UnknownOutcome == UnknownOutcomePolicy.DeadLetter) || attempts >= options.MaxAttempts =>
            new DeadLetter($"{t.Error} (after {attempts} attempts)"),
        SendResult.Transient t => new Retry(now + Backoff(attempts, jitter), t.Error, t.UnknownOutcome),
        SendResult.ChatGone g => new DisableChat(g.Reason),
        SendResult.Migrated m => new MigrateChat(m.NewChatId),
        SendResult.Rejected rejected => new DeadLetter(rejected.Error),
        SendResult.BadMarkup bad => new DeadLetter(bad.Error),
        _ => new None(),
    };

    /// <summary>Exponential backoff with full jitter: 1 s plus up to 2 s, 4 s, 8 s … of the attempt, capped at 5 minutes.</summary>
    public static TimeSpan Backoff(int attempt, double jitter)
    {
        var ceiling = Math.Min(300, Math.Pow(2, Math.Clamp(attempt, 1, 20)));
        return TimeSpan.FromSeconds(1 + (jitter * ceiling));
    }
}
