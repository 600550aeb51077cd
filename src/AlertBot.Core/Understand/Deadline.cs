using System.Globalization;

namespace AlertBot.Core.Understand;

/// <summary>
/// The time budget of one article (<see cref="UnderstandOptions.MaxTime"/>). The stage's loops whose length the
/// input decides call <see cref="Check"/>; past the budget the article is refused with the same
/// <see cref="ArticleRejectedException"/> as any other input that cannot be read, so the caller logs it and goes on.
/// <para>
/// On the system clock the budget is the understanding thread's own CPU time (<see cref="ThreadCpuClock"/>): an
/// article that takes 5 ms of work is not refused because the machine was busy and the thread waited 2 s for a core.
/// The wall clock still bounds it at <see cref="DefaultWallClockFactor"/> times the budget, so a thread starved for long
/// cannot hold an article (and the ingest slot it occupies) indefinitely. The wall clock is read through
/// <see cref="TimeProvider.GetTimestamp"/> only (a monotonic counter, never the time of day); the CPU clock only once
/// the wall clock has passed the budget, so the common case costs no system call. With an injected clock (tests), or
/// where the CPU clock is not available, the budget is that clock's.
/// </para>
/// </summary>
internal sealed class Deadline
{
    /// <summary>No budget: for callers outside <see cref="ArticleUnderstander"/> (splitting a feed).</summary>
    public static readonly Deadline None = new(TimeProvider.System, Timeout.InfiniteTimeSpan);

    /// <summary>
    /// The match timeout of every backtracking regex over article text. Each runs on a bounded span (an anchored
    /// time expression, a line of at most a few hundred characters), so this never fires on real text; it is the
    /// backstop if a pattern change ever lets one backtrack without bound. It counts the wall clock (a .NET regex
    /// knows no other), so it is as long as the whole default budget: a match that takes a millisecond of work must
    /// not be refused because the machine was busy or collecting garbage while it ran.
    /// </summary>
    public const int RegexTimeoutMilliseconds = 2000;

    /// <summary>How many times the budget the wall clock may run while the thread's CPU time is still within it.</summary>
    public const int DefaultWallClockFactor = 5;

    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly long _limit;
    private readonly TimeSpan? _cpuStart;
    private readonly int _thread;
    private readonly int _wallClockFactor;
    private long _nextLook;

    public Deadline(TimeProvider time, TimeSpan maxTime, int wallClockFactor = DefaultWallClockFactor)
    {
        _wallClockFactor = wallClockFactor;
        _time = time;
        MaxTime = maxTime;
        _start = time.GetTimestamp();
        _limit = maxTime == Timeout.InfiniteTimeSpan ? long.MaxValue : (long)(maxTime.TotalSeconds * time.TimestampFrequency);
        _nextLook = _limit;
        _thread = Environment.CurrentManagedThreadId;
        _cpuStart = _limit != long.MaxValue && ReferenceEquals(time, TimeProvider.System) ? ThreadCpuClock.Now() : null;
    }

    public TimeSpan MaxTime { get; }

    /// <exception cref="ArticleRejectedException">The budget is spent.</exception>
    public void Check()
    {
        if (_limit != long.MaxValue && _time.GetTimestamp() - _start > _nextLook)
            Overdue();
    }

    /// <summary>The wall clock has passed the budget (or the last look): refuse unless the thread's own CPU time is within it.</summary>
    private void Overdue()
    {
        var wall = _time.GetTimestamp() - _start;
        if (_cpuStart is { } cpuStart && Environment.CurrentManagedThreadId == _thread && ThreadCpuClock.Now() is { } cpu)
        {
            if (wall / _wallClockFactor > _limit)
                throw TookTooLong($"over {Describe(MaxTime * _wallClockFactor)} on the clock, {_wallClockFactor} times its {Describe(MaxTime)} limit, on a machine too busy to give it its time");
            var left = MaxTime - (cpu - cpuStart);
            if (left > TimeSpan.Zero)
            {
                // The earliest moment the CPU time could reach the budget: look again then, not before.
                _nextLook = wall + Math.Max(1, (long)(left.TotalSeconds * _time.TimestampFrequency));
                return;
            }
        }

        throw TookTooLong($"over the {Describe(MaxTime)} limit");
    }

    public static ArticleRejectedException TookTooLong(string detail) => new($"took too long to understand ({detail}); not read further");

    private static string Describe(TimeSpan t) =>
        t.TotalSeconds >= 1 ? t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s" : t.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms";
}
