namespace AlertBot.Core.Understand;

internal enum MentionKind
{
    Clock,
    Date,
    Relative,
}

internal enum RelativeKind
{
    None,
    Today,
    Yesterday,
    DayBeforeYesterday,
    Tomorrow,
    Weekday,
    NextDay,

    /// <summary>"the previous evening", "the day before": the day before the story's last date.</summary>
    PreviousDay,
}

/// <summary>One time or date expression found in a paragraph. Mutable while the resolver works on it.</summary>
internal sealed class Mention
{
    public int Paragraph;
    public int Start;
    public int End;
    public MentionKind Kind;

    // Clock
    public int Hour;
    public int Minute;
    public ZoneSpec Zone;

    /// <summary>The day something was said ("the ministry said on Tuesday"): a key time only when the story has no other.</summary>
    public bool Saying;

    /// <summary>Written on the 12-hour clock ("4:40 a.m.", "6.40pm").</summary>
    public bool TwelveHour;

    /// <summary>Read from a military date-time group ("180412ZAUG2025"): a message's own time, never a page stamp.</summary>
    public bool Dtg;

    /// <summary>
    /// A page's or an entry's stamp ("Last updated 10:22 GMT", "[26.01.2025 08:14]", "Desk | 30 March 2025, 06:40 |"):
    /// when it was written, not an event; its day is the day the entry under it speaks from.
    /// </summary>
    public bool Stamp;

    /// <summary>The end of a range ("from 01:47 to 04:22"): the range is one key time, its start.</summary>
    public bool RangeEnd;

    /// <summary>For a range's first clock that takes the date written after its end: that end ("from 23:25 until 01:40 on Monday").</summary>
    public Mention? RangeTo;

    /// <summary>Written as "midnight": with a named day it may be that day's end ("expires at midnight Friday").</summary>
    public bool Midnight;

    // Date (Year 0 when not written)
    public int Year;
    public int Month;
    public int Day;

    /// <summary>"12/05/2025": a numeric date that reads as a date either way round (read month-first until the story says otherwise).</summary>
    public bool EitherWayRound;

    /// <summary>"29/08/2025" (true) or "08/29/2025" (false): a numeric date that shows the writer's order; null otherwise.</summary>
    public bool? WrittenDayFirst;

    // Relative
    public RelativeKind Relative;
    public DayOfWeek Weekday;
    public int WeekdayDirection; // -1 last, 0 most recent, +1 next

    /// <summary>Written as context ("since May 2"), never a key time by itself.</summary>
    public bool Background;

    /// <summary>For a clock: the date mention written next to it. For a date: that a clock took it.</summary>
    public Mention? Attached;
    public bool Used;

    /// <summary>Restates another mention ("7:58 a.m. (2358 GMT)"); the explicit one is kept.</summary>
    public bool Skip;

    /// <summary>
    /// For the explicit clock of a restated pair ("0915 local (0615 GMT)"): the zone the writer wrote in first,
    /// which later bare clocks of the story keep ("a second blast at 11:40" is local too).
    /// </summary>
    public ZoneSpec? FrameZone;

    // Resolution
    public DateOnly? Resolved;

    /// <summary>A weekday announced for the day of writing ("will meet on Friday", written on a Friday): today, unless its clock has passed.</summary>
    public bool AnnouncedToday;
    public bool IsBackgroundDate;
}
