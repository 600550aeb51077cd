using System.Globalization;

namespace AlertBot.Core.Understand;

/// <summary>
/// The time budget of one article (<see cref="UnderstandOptions.MaxTime"/>). The stage's loops whose length the
/// input decides call <see cref="Check"/>; past the budget the article is refused with the same
/// <see cref="ArticleRejectedException"/> as any other input that cannot be read, so the caller logs it and goes on.
/// Reads the clock through <see cref="TimeProvider.GetTimestamp"/> only (a monotonic counter, never the time of day).
/// </summary>
internal sealed class Deadline
{
    /// <summary>No budget: for callers outside <see cref="ArticleUnderstander"/> (splitting a feed).</summary>
    public static readonly Deadline None = new(TimeProvider.System, Timeout.InfiniteTimeSpan);

    /// <summary>
    /// The match timeout of every backtracking regex over article text. Each runs on a bounded span (an anchored
    /// time expression, a line of at most a few hundred characters), so this never fires on real text; it is the
    /// backstop if a pattern change ever lets one backtrack without bound.
    /// </summary>
    public const int RegexTimeoutMilliseconds = 500;

    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly long _limit;

    public Deadline(TimeProvider time, TimeSpan maxTime)
    {
        _time = time;
        MaxTime = maxTime;
        _start = time.GetTimestamp();
        _limit = maxTime == Timeout.InfiniteTimeSpan ? long.MaxValue : (long)(maxTime.TotalSeconds * time.TimestampFrequency);
    }

    public TimeSpan MaxTime { get; }

    /// <exception cref="ArticleRejectedException">The budget is spent.</exception>
    public void Check()
    {
        if (_limit != long.MaxValue && _time.GetTimestamp() - _start > _limit)
            throw TookTooLong($"over the {Describe(MaxTime)} limit");
    }

    public static ArticleRejectedException TookTooLong(string detail) => new($"took too long to understand ({detail}); not read further");

    private static string Describe(TimeSpan t) =>
        t.TotalSeconds >= 1 ? t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s" : t.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms";
}
