using System.Globalization;

namespace AlertBot.Core.Understand;

/// <summary>
/// The days a story's times are read against: its publication day and dateline day, the timeline of its explicit
/// dates, and the day every date and relative day resolves to.
/// </summary>
internal static class KeyTimeDays
{
    private const int BackgroundDays = 30;
    private const int TypoWindowDays = 2;

    /// <summary>
    /// The publication's day in the story's zone, as the reference of the timeline (<c>Date</c>: only when it agrees
    /// with the story's own dates) and as the day "today" is said from (<c>Day</c>). Without metadata, the dateline's.
    /// </summary>
    internal static (DateOnly? Date, DateOnly? Day) Publication(
        DateTimeOffset? published, bool publishedByArticle, DateOnly? datelineDay, TimeZoneInfo? zone, List<Mention> full, List<string> warnings)
    {
        // Without the article's own publication time, its dateline says the day of writing; a file's time or a push's
        // arrival is only a guess and gives way to it.
        if (published is not { } pub || (!publishedByArticle && datelineDay is not null))
            return (datelineDay, datelineDay);
        var local = zone is null ? pub : TimeZoneInfo.ConvertTime(pub, zone);
        var candidate = DateOnly.FromDateTime(local.DateTime);
        // One far date against the article's own publication is history it cites ("the tsunami of 26 December 2004"),
        // not a timeline of its own.
        var far = full.Count > (publishedByArticle ? 1 : 0) && full.All(m => Math.Abs(DayDiff(DateOf(m), candidate)) > 60);
        // "Today", "yesterday" and a bare weekday are said from the day of writing, whatever history the story
        // cites: the article's own publication time (its metadata, dateline, front matter) stays their anchor
        // even when every full date it writes is far from it. A time from outside the text (a file's
        // modification time, the arrival of a push) is only a guess, and gives way to the story's dates.
        DateOnly? day = publishedByArticle || !far ? candidate : null;
        if (!far)
            return (candidate, day);
        warnings.Add($"publication time {pub.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is far from every date in the story; its timeline follows the story's own dates");
        return (null, day);
    }

    /// <summary>
    /// The dateline's day. Wire copy often writes no year ("BAMAKO, Aug 6 (Reuters) - … early on Tuesday"): the lede's
    /// weekdays fix it. The day of saying ("attacked … on Sunday, sources said on Monday") is the dateline's own day;
    /// without one, the lede's first weekday is (same-day copy). The year is the latest up to the publication time's
    /// in which the date falls on that weekday, or without one the first from the latest year the story writes (it was
    /// written no earlier).
    /// </summary>
    internal static DateOnly? DatelineDay(Mention dateline, List<Mention> mentions, int? publishedYear, IReadOnlyList<string> paragraphs)
    {
        if (dateline.Year != 0)
            return IsValid(dateline.Year, dateline.Month, dateline.Day) ? DateOf(dateline) : null;
        Mention? eventDay = null, sayingDay = null;
        foreach (var m in mentions)
        {
            if (m.Paragraph > dateline.Paragraph + 1)
                break;
            if (m is not { Kind: MentionKind.Relative, Relative: RelativeKind.Weekday, WeekdayDirection: 0, Background: false })
                continue;
            // "at 7:30 a.m. (2330 GMT Thursday) on Friday": a weekday in brackets restates the day in another zone.
            var para = paragraphs[m.Paragraph];
            if (para.LastIndexOf('(', m.Start) > para.LastIndexOf(')', m.Start))
                continue;
            if (KeyTimeSelection.IsDayOfSaying(para, m.Start))
                sayingDay ??= m;
            else
                eventDay ??= m;
        }

        if (sayingDay is null && eventDay is null)
            return null;
        var from = publishedYear ?? MaxYear(paragraphs);
        if (from == 0)
            return null;
        // A date falls on each weekday within eleven years.
        var step = publishedYear is null ? 1 : -1;
        for (var y = from; Math.Abs(y - from) < 11; y += step)
        {
            if (!IsValid(y, dateline.Month, dateline.Day))
                continue;
            var weekday = new DateOnly(y, dateline.Month, dateline.Day).DayOfWeek;
            if (weekday == (sayingDay ?? eventDay)!.Weekday)
                return new DateOnly(y, dateline.Month, dateline.Day);
        }

        return null;
    }

    /// <summary>
    /// Full dates against the timeline: within a month of it they stand; a date one year off it by a typo ("Dec. 30,
    /// 2024" in a story of Dec. 30, 2025) is corrected with a warning; any other date far from it is history. A typo
    /// lands within <see cref="TypoWindowDays"/> of the timeline: a year-old date a few days from the story's anniversary
    /// ("the agreement initialled on 8 August 2025", in a story of 4 August 2026) is history written right.
    /// </summary>
    internal static void ResolveFullDates(IReadOnlyList<string> paragraphs, List<Mention> full, DateOnly? timeline, List<string> warnings)
    {
        foreach (var m in full)
        {
            var d = DateOf(m);
            m.Resolved = d;
            if (timeline is not { } t || Math.Abs(DayDiff(d, t)) <= BackgroundDays) continue;
            DateOnly? fixedDate = null;
            for (var y = t.Year - 1; y <= t.Year + 1 && Math.Abs(d.Year - t.Year) <= 1; y++)
            {
                if (y == d.Year || !IsValid(y, d.Month, d.Day)) continue;
                var c = new DateOnly(y, d.Month, d.Day);
                if (Math.Abs(DayDiff(c, t)) <= TypoWindowDays && (fixedDate is null || Math.Abs(DayDiff(c, t)) < Math.Abs(DayDiff(fixedDate.Value, t))))
                    fixedDate = c;
            }
            if (fixedDate is { } f)
            {
                m.Resolved = f;
                warnings.Add($"\"{paragraphs[m.Paragraph][m.Start..m.End]}\" contradicts the story's own timeline ({Iso(t)}); read as {Iso(f)}");
            }
            else
            {
                m.IsBackgroundDate = true;
            }
        }
    }

    /// <summary>
    /// Dates without a year take the anchor's (the year before when that would put them more than a month ahead);
    /// relative days count from the anchor, a bare weekday in the direction its clause points (<see cref="Tense"/>).
    /// </summary>
    internal static void ResolvePartialDates(IReadOnlyList<string> paragraphs, List<Mention> mentions, DateOnly? anchor, DateOnly? timeline, bool dayAfterPlausible)
    {
        int? yearHint = null;
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Date && m.Year == 0)
            {
                var year = anchor?.Year ?? (yearHint ??= MaxYear(paragraphs));
                if (year == 0 || !IsValid(year, m.Month, m.Day)) continue;
                var d = new DateOnly(year, m.Month, m.Day);
                if (anchor is { } a && DayDiff(d, a) > 31 && IsValid(year - 1, m.Month, m.Day)) d = new DateOnly(year - 1, m.Month, m.Day);
                // "from 00:00 on 1 January" written on 28 December: the coming new year, not the one almost past.
                else if (anchor is { } b && DayDiff(d, b) < -300 && IsValid(year + 1, m.Month, m.Day) && DayDiff(new DateOnly(year + 1, m.Month, m.Day), b) <= 31)
                    d = new DateOnly(year + 1, m.Month, m.Day);
                m.Resolved = d;
                var reference = timeline ?? anchor;
                if (reference is { } t && DayDiff(d, t) < -BackgroundDays) m.IsBackgroundDate = true;
            }
            else if (m.Kind == MentionKind.Relative && anchor is { } a)
            {
                m.Resolved = m.Relative switch
                {
                    RelativeKind.Today => a,
                    RelativeKind.Yesterday => a.AddDays(-1),
                    RelativeKind.DayBeforeYesterday => a.AddDays(-2),
                    RelativeKind.Tomorrow => a.AddDays(1),
                    // "later on Friday", written on a Friday: that same day.
                    RelativeKind.Weekday when m.Weekday == a.DayOfWeek && Tense.LaterSameDay(paragraphs[m.Paragraph], m.Start) => a,
                    // "imposed a curfew from 10 p.m. on Tuesday": a measure's start, ahead of the writing unless it was yesterday.
                    RelativeKind.Weekday when m.WeekdayDirection == 0 && Tense.StartsAMeasure(paragraphs[m.Paragraph], m.Start) => NearestWeekday(a, m.Weekday),
                    // "will meet on Thursday" written on a Thursday: today (news names today by its weekday).
                    RelativeKind.Weekday when m.WeekdayDirection == 0 && Tense.PointsForward(paragraphs[m.Paragraph], m.Start) =>
                        (m.AnnouncedToday = m.Weekday == a.DayOfWeek) ? a : Weekday(a, m.Weekday, 1, dayAfterPlausible),
                    RelativeKind.Weekday => Weekday(a, m.Weekday, m.WeekdayDirection, dayAfterPlausible),
                    _ => null,
                };
            }
        }
    }

    /// <summary>
    /// The date with the most weight within a week either side of it (the first in text order on a tie), believable
    /// publication counting as two. The dates are sorted once and each window summed from prefix sums: comparing every
    /// date with every other was quadratic in the dates (16,000 of them took 10 s).
    /// </summary>
    internal static DateOnly Timeline(List<Mention> full, Dictionary<Mention, int> weights, DateOnly? pubDate)
    {
        var days = new (int Day, int Weight)[full.Count];
        for (var i = 0; i < full.Count; i++) days[i] = (DateOf(full[i]).DayNumber, weights[full[i]]);
        Array.Sort(days, static (a, b) => a.Day.CompareTo(b.Day));
        var prefix = new long[days.Length + 1];
        for (var i = 0; i < days.Length; i++) prefix[i + 1] = prefix[i] + days[i].Weight;

        var timeline = DateOf(full[0]);
        var best = -1L;
        // The day of writing is a candidate of its own, worth its voice and the dates near it: one far date ("damaged on
        // Christmas Day 2024" in a story of New Year's Day 2026) does not outvote it; on a tie it stands.
        if (pubDate is { } written)
        {
            best = 2 + prefix[FirstDayAtOrAfter(days, written.DayNumber + TypoWindowDays + 1)] - prefix[FirstDayAtOrAfter(days, written.DayNumber - TypoWindowDays)];
            timeline = written;
        }
        foreach (var m in full)
        {
            var d = DateOf(m);
            var score = prefix[FirstDayAtOrAfter(days, d.DayNumber + TypoWindowDays + 1)] - prefix[FirstDayAtOrAfter(days, d.DayNumber - TypoWindowDays)];
            if (pubDate is { } pd && Math.Abs(DayDiff(pd, d)) <= TypoWindowDays) score += 2;
            if (score > best)
            {
                best = score;
                timeline = d;
            }
        }
        return timeline;
    }

    private static int FirstDayAtOrAfter((int Day, int Weight)[] days, int day)
    {
        var (lo, hi) = (0, days.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (days[mid].Day < day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    internal static Dictionary<Mention, int> Weights(List<Mention> mentions)
    {
        var weights = new Dictionary<Mention, int>(ReferenceEqualityComparer.Instance);
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Date) weights[m] = 1;
        Mention? current = null;
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Date)
            {
                current = m;
            }
            else if (m.Kind == MentionKind.Relative)
            {
                current = null;
            }
            else
            {
                var owner = m.Attached ?? current;
                if (owner is not null && weights.TryGetValue(owner, out var w)) weights[owner] = w + 1;
            }
        }
        return weights;
    }

    /// <summary>
    /// "12/05/2025" is 12 May or 5 December as the writer's country writes dates: day first nearly everywhere, month
    /// first in the United States and the Philippines. A numeric date in the story that reads only one way ("29/08/2025")
    /// settles it; else the story's place does; with neither, month first (wire copy in English).
    /// </summary>
    internal static bool? ReadNumericDates(List<Mention> mentions, string? mainZoneId)
    {
        bool? dayFirst = null;
        var any = false;
        foreach (var m in mentions)
        {
            any |= m.EitherWayRound;
            dayFirst ??= m.WrittenDayFirst;
        }

        dayFirst ??= DayFirstZone(mainZoneId);
        if (!any || dayFirst is not true) return dayFirst;
        foreach (var m in mentions)
        {
            if (m.EitherWayRound)
                (m.Day, m.Month, m.EitherWayRound) = (m.Month, m.Day, false);
        }
        return dayFirst;
    }

    /// <summary>
    /// A publication stamp written as a numeric date that reads both ways ("SANTIAGO WIRE - 05/04/2026 11:02 GMT") is read
    /// as the story reads its dates: the day its dateline names in words ("LA SERENA, Chile, April 5"), else the story's
    /// way of writing dates (<see cref="ReadNumericDates"/>); with neither, month first.
    /// </summary>
    internal static DateTimeOffset? SettlePublication(DateTimeOffset? published, DateTimeOffset? otherWay, Mention? dateline, bool? dayFirst)
    {
        if (published is not { } p || otherWay is not { } o) return published;
        var (pd, od) = (DateOnly.FromDateTime(p.UtcDateTime), DateOnly.FromDateTime(o.UtcDateTime));
        if (dateline is { Kind: MentionKind.Date, Month: > 0, Day: > 0 } d)
        {
            if (d.Month == od.Month && Math.Abs(d.Day - od.Day) <= 1) return o;
            if (d.Month == pd.Month && Math.Abs(d.Day - pd.Day) <= 1) return p;
        }
        return dayFirst == true ? o : p;
    }

    /// <summary>Whether the country of the story's zone writes dates day first; null without a zone.</summary>
    internal static bool? DayFirstZone(string? zoneId) => zoneId is null ? null : !MonthFirstZone(zoneId);

    /// <summary>Zones of the United States and the Philippines, where dates are written month first.</summary>
    private static bool MonthFirstZone(string zone) =>
        zone is "Asia/Manila" or "Pacific/Guam" or "Pacific/Honolulu" or "Pacific/Saipan" or "America/Puerto_Rico"
        || zone.StartsWith("America/Indiana/", StringComparison.Ordinal) || zone.StartsWith("America/Kentucky/", StringComparison.Ordinal)
        || zone.StartsWith("America/North_Dakota/", StringComparison.Ordinal)
        || zone is "America/New_York" or "America/Chicago" or "America/Denver" or "America/Los_Angeles" or "America/Phoenix" or "America/Anchorage"
            or "America/Detroit" or "America/Boise" or "America/Juneau" or "America/Sitka" or "America/Nome" or "America/Adak" or "America/Menominee";

    /// <summary>The coming such day, or yesterday when that is the day (a curfew "from 10 p.m. on Tuesday" written on Wednesday morning).</summary>
    private static DateOnly NearestWeekday(DateOnly anchor, DayOfWeek day)
    {
        var ahead = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
        return ahead == 6 ? anchor.AddDays(-1) : anchor.AddDays(ahead);
    }

    /// <param name="dayAfterPlausible">
    /// The anchor is the text's latest date, not the publication: the story was written on that day or later,
    /// so a bare weekday naming the next day ("shelling began at 10 p.m. Tuesday, May 21 … by 1 a.m. Wednesday")
    /// is that next day, not six days before. Every other bare weekday still reads as the past.
    /// </param>
    private static DateOnly? Weekday(DateOnly anchor, DayOfWeek day, int direction, bool dayAfterPlausible)
    {
        var back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        if (direction == 0 && dayAfterPlausible && back == 6)
            return anchor.AddDays(1);
        return direction switch
        {
            > 0 => anchor.AddDays(((int)day - (int)anchor.DayOfWeek + 7) % 7 is 0 ? 7 : ((int)day - (int)anchor.DayOfWeek + 7) % 7),
            < 0 => anchor.AddDays(-(back == 0 ? 7 : back)),
            _ => anchor.AddDays(-back),
        };
    }

    private static int MaxYear(IReadOnlyList<string> paragraphs)
    {
        var max = 0;
        foreach (var p in paragraphs) max = Math.Max(max, MaxYear(p));
        return max;
    }

    private static int MaxYear(string text)
    {
        var max = 0;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0')
                && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsLetterOrDigit(text[i + 4])))
            {
                max = Math.Max(max, (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0'));
            }
        }
        return max;
    }

    private static DateOnly DateOf(Mention m) => new(m.Year, m.Month, m.Day);

    private static int DayDiff(DateOnly a, DateOnly b) => a.DayNumber - b.DayNumber;

    private static bool IsValid(int y, int m, int d) => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
