using System.Collections.Frozen;
using System.Globalization;

namespace AlertBot.Core.Understand;

/// <summary>Where a key time was found, for the summary to prefer that sentence.</summary>
internal readonly record struct KeyTimeSite(int Paragraph, int Position);

/// <summary>
/// Turns the time mentions of a story into key times in UTC. Everything is anchored to the story: its
/// publication time when the metadata is believable, else its own latest explicit date — never the machine clock.
/// </summary>
internal static partial class KeyTimeResolver
{
    private const int BackgroundDays = 30;
    private const int TypoWindowDays = 7;
    private static readonly TimeSpan DateOnlyPublication = TimeSpan.FromHours(12);

    public static List<KeyTime> Resolve(
        IReadOnlyList<string> paragraphs,
        IReadOnlyList<List<(int Start, int End)>> sentences,
        DateTimeOffset? published,
        string? mainZoneId,
        List<string> warnings,
        List<KeyTimeSite> sites,
        Deadline deadline,
        bool publishedByArticle = false,
        IReadOnlyList<PlaceMention>? places = null)
    {
        // Tagging: every time expression, its parts composed ("0530 GMT on March 3", "between 0200 and 0400 local").
        var mentions = TimeExpressions.Tag(paragraphs, deadline);
        if (mentions.Count == 0) return [];
        deadline.Check();
        // Selection, first part: what the words around a mention make context (schedules, agreements, datelines).
        var dateline = KeyTimeSelection.MarkContext(paragraphs, mentions);

        var mainZone = mainZoneId is null ? null : Zones.Find(mainZoneId);
        ReadNumericDates(mentions, mainZoneId);
        // Resolution: the story's reference days, then every date and relative day, then the clocks in discourse order.
        var full = mentions.Where(m => m.Kind == MentionKind.Date && m.Year != 0 && !m.Background).ToList();
        var datelineDay = dateline is null ? null : DatelineDay(dateline, mentions, published?.Year, paragraphs);
        var (pubDate, publicationDay) = Publication(published, publishedByArticle, datelineDay, mainZone ?? FirstExplicitZone(mentions), full, warnings);
        // The story's own timeline: the heaviest cluster of explicit dates, with believable metadata as one more voice.
        DateOnly? timeline = pubDate;
        if (full.Count > 0) timeline = Timeline(full, Weights(mentions), pubDate);
        deadline.Check();
        ResolveFullDates(paragraphs, full, timeline, warnings);

        // Anchor for relative days and year-less dates: publication, else the latest explicit date in the text.
        DateOnly? anchor = publicationDay;
        if (anchor is null)
        {
            foreach (var m in full)
                if (!m.IsBackgroundDate && m.Resolved is { } r && (anchor is null || r > anchor)) anchor = r;
        }

        ResolvePartialDates(paragraphs, mentions, anchor, timeline, dayAfterPlausible: pubDate is null);
        deadline.Check();
        return Walk(paragraphs, sentences, mentions, mainZone, mainZoneId, pubDate is null ? null : published, pubDate, warnings, sites, deadline, places ?? []);
    }

    /// <summary>
    /// The publication's day in the story's zone, as the reference of the timeline (<c>Date</c>: only when it agrees
    /// with the story's own dates) and as the day "today" is said from (<c>Day</c>). Without metadata, the dateline's.
    /// </summary>
    private static (DateOnly? Date, DateOnly? Day) Publication(
        DateTimeOffset? published, bool publishedByArticle, DateOnly? datelineDay, TimeZoneInfo? zone, List<Mention> full, List<string> warnings)
    {
        // Without the article's own publication time, its dateline says the day of writing; a file's time or a push's
        // arrival is only a guess and gives way to it.
        if (published is not { } pub || (!publishedByArticle && datelineDay is not null))
            return (datelineDay, datelineDay);
        var local = zone is null ? pub : TimeZoneInfo.ConvertTime(pub, zone);
        var candidate = DateOnly.FromDateTime(local.DateTime);
        var far = full.Count > 0 && full.All(m => Math.Abs(DayDiff(DateOf(m), candidate)) > 60);
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
    /// The dateline's day. Wire copy often writes no year ("BAMAKO, Aug 6 (Reuters) - … early on Tuesday"): the weekday
    /// the lede names for that day fixes it — the latest year up to the publication time's in which the date falls on
    /// that weekday, or without one the first from the latest year the story writes (it was written no earlier).
    /// </summary>
    private static DateOnly? DatelineDay(Mention dateline, List<Mention> mentions, int? publishedYear, IReadOnlyList<string> paragraphs)
    {
        if (dateline.Year != 0)
            return IsValid(dateline.Year, dateline.Month, dateline.Day) ? DateOf(dateline) : null;
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
            var from = publishedYear ?? MaxYear(paragraphs);
            if (from == 0)
                return null;
            // A date falls on each weekday within eleven years.
            var step = publishedYear is null ? 1 : -1;
            for (var y = from; Math.Abs(y - from) < 11; y += step)
            {
                if (IsValid(y, dateline.Month, dateline.Day) && new DateOnly(y, dateline.Month, dateline.Day).DayOfWeek == m.Weekday)
                    return new DateOnly(y, dateline.Month, dateline.Day);
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Full dates against the timeline: within a month of it they stand; a date one year off it by a typo ("Dec. 30,
    /// 2024" in a story of Dec. 30, 2025) is corrected with a warning; any other date far from it is history.
    /// </summary>
    private static void ResolveFullDates(IReadOnlyList<string> paragraphs, List<Mention> full, DateOnly? timeline, List<string> warnings)
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
    private static void ResolvePartialDates(IReadOnlyList<string> paragraphs, List<Mention> mentions, DateOnly? anchor, DateOnly? timeline, bool dayAfterPlausible)
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
    private static DateOnly Timeline(List<Mention> full, Dictionary<Mention, int> weights, DateOnly? pubDate)
    {
        var days = new (int Day, int Weight)[full.Count];
        for (var i = 0; i < full.Count; i++) days[i] = (DateOf(full[i]).DayNumber, weights[full[i]]);
        Array.Sort(days, static (a, b) => a.Day.CompareTo(b.Day));
        var prefix = new long[days.Length + 1];
        for (var i = 0; i < days.Length; i++) prefix[i + 1] = prefix[i] + days[i].Weight;

        var timeline = DateOf(full[0]);
        var best = -1L;
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

    private static List<KeyTime> Walk(
        IReadOnlyList<string> paragraphs,
        IReadOnlyList<List<(int Start, int End)>> sentences,
        List<Mention> mentions,
        TimeZoneInfo? mainZone,
        string? mainZoneId,
        DateTimeOffset? published,
        DateOnly? publishedDate,
        List<string> warnings,
        List<KeyTimeSite> sites,
        Deadline deadline,
        IReadOnlyList<PlaceMention> places)
    {
        var keyTimes = new List<Candidate>();
        var dateOnly = new List<DayMention>();
        Mention? context = null;
        DateOnly? contextDate = null;
        // "All times on this blog are AEDT", "Post times are Sanaa time (UTC+3)": the page says its clocks' zone.
        var lastZone = DeclaredZone(paragraphs);
        (DateOnly Date, int Minutes)? lastLocal = null;
        DateTimeOffset? lastUtc = null;
        var lastExplicitLocal = false;

        for (var index = 0; index < mentions.Count; index++)
        {
            deadline.Check();
            var m = mentions[index];
            if (m.Kind != MentionKind.Clock)
            {
                if (m.Relative == RelativeKind.NextDay) m.Resolved = contextDate?.AddDays(1);
                if (m.Relative == RelativeKind.PreviousDay) m.Resolved = contextDate?.AddDays(-1);
                if (m.Background || m.Resolved is null) continue;
                if (m.Attached is null && !m.Stamp && !m.RangeEnd) dateOnly.Add(new DayMention(m, m.Resolved.Value, index));
                // "(2324 GMT Sunday)": the day of a bracketed restatement is another zone's; the story goes on in Monday.
                if (!InBracketedClock(paragraphs[m.Paragraph], mentions, index))
                    (context, contextDate) = (m, m.Resolved);
                continue;
            }

            if (m.Stamp)
            {
                // An entry's stamp: what follows speaks from its day (the publication's when it writes none).
                if (m.Attached is { Resolved: { } stampDay } stampDate)
                    (context, contextDate) = (stampDate, stampDay);
                else if (publishedDate is { } day)
                    (context, contextDate) = (null, day);
                lastLocal = null;
                continue;
            }

            if (m.Skip || m.Background || m.RangeEnd) continue;
            DateOnly? date;
            Mention? source;
            if (m.Attached is { } att)
            {
                if (att.Relative == RelativeKind.NextDay) att.Resolved ??= contextDate?.AddDays(1);
                if (att.Relative == RelativeKind.PreviousDay) att.Resolved ??= contextDate?.AddDays(-1);
                source = att;
                date = att.Resolved;
                // "overnight into Saturday, between 2300 and 0300": the evening is the day before the day named.
                if (date is { } named && m.Hour >= 18 && NightInto(paragraphs[att.Paragraph], att.Start)) date = named.AddDays(-1);
                // "the offer expires at midnight Friday": the end of Friday.
                if (date is { } limit && m.Midnight && Tense.SetsDeadline(paragraphs[m.Paragraph], m.Start)) date = limit.AddDays(1);
                // "from midnight tonight": the midnight at the end of today.
                else if (date is { } tonight && m.Midnight && att.Relative == RelativeKind.Today
                         && paragraphs[att.Paragraph].AsSpan(att.Start, att.End - att.Start).Contains("tonight", StringComparison.OrdinalIgnoreCase))
                    date = tonight.AddDays(1);
            }
            else
            {
                source = context;
                date = contextDate;
                if (date is { } named && context is { } c && c.Paragraph == m.Paragraph && m.Start - c.End is >= 0 and < 80
                    && m.Hour >= 18 && NightInto(paragraphs[c.Paragraph], c.Start))
                    date = named.AddDays(-1);
                if (date is { } d && lastLocal is { } last && last.Date == d && last.Minutes >= 18 * 60 && m.Hour * 60 + m.Minute < 6 * 60)
                {
                    // "By 2330 … by 0130" in one account: the clock went past midnight.
                    date = d.AddDays(1);
                    contextDate = date;
                }
                // "… inspected a factory on Sunday. The council will convene at 10 a.m.": what is announced is not on a
                // day already past; a bare clock that points forward is on the day of writing.
                if (date is { } inherited && publishedDate is { } writtenOn && inherited < writtenOn && Tense.PointsForward(paragraphs[m.Paragraph], m.Start))
                {
                    date = writtenOn;
                    source = null;
                }
            }

            var text = SpanText(paragraphs[m.Paragraph], m);
            var fromPublication = false;
            if (date is null && publishedDate is not null)
            {
                // No date written anywhere before it (a live blog's "22:45 GMT"): the day of publication.
                date = publishedDate;
                fromPublication = true;
            }
            if (date is null)
            {
                warnings.Add($"\"{text}\" has no date to anchor it; left out");
                continue;
            }
            // "a state of emergency will be declared from midnight": the midnight ahead, at the end of the day written about.
            if (m.Attached is null && m.Midnight && Tense.PointsForward(paragraphs[m.Paragraph], m.Start))
                date = date.Value.AddDays(1);
            if (source is not null)
            {
                source.Used = true;
                if (KeyTimeSelection.IsContext(source)) continue;
            }
            // "at 8:24 a.m. on Monday (2324 GMT Sunday)": the bracketed clock restates the one before it in another zone;
            // its day is that zone's, not the day the story goes on in.
            var restated = Restated(paragraphs[m.Paragraph], mentions, index);
            // "from 00:00 Thursday (2200 GMT Wednesday)": the bracket's weekday is the day either side of the clock it restates.
            if (restated is not null && m.Attached is { Relative: RelativeKind.Weekday } restatedDay && lastLocal is { } restatedLocal)
            {
                for (var k = -1; k <= 1; k++)
                {
                    if (restatedLocal.Date.AddDays(k).DayOfWeek == restatedDay.Weekday)
                        date = restatedLocal.Date.AddDays(k);
                }
            }
            if (m.Attached is not null && restated is null)
            {
                context = m.Attached;
                contextDate = date;
            }

            var zone = m.Zone.Kind == ZoneKind.None ? lastZone : m.Zone;
            // "at around 0140 GMT (4:40 a.m. local time) … fired rockets at 11:15 p.m. on Wednesday": wire copy writes GMT
            // on the 24-hour clock; a bare a.m./p.m. clock after GMT ones is the place's own time.
            if (m.Zone.Kind == ZoneKind.None && m.TwelveHour && zone is { Kind: ZoneKind.Fixed, OffsetMinutes: 0 } && mainZone is not null)
                zone = new ZoneSpec(ZoneKind.Local);
            var frameBefore = lastZone;
            if (m.Zone.Kind != ZoneKind.None) lastZone = m.FrameZone ?? m.Zone;
            var local = date.Value.ToDateTime(new TimeOnly(m.Hour, m.Minute));
            // "closed until 6 a.m. local time on Saturday" in a sentence about Nouméa, "at a meeting in Bangkok at 4 p.m.":
            // the place the sentence names is what "local" means there.
            zone = Zones.ForStory(zone, mainZone, local);
            var (hereZone, hereId) = (mainZone, mainZoneId);
            if (zone.Kind is ZoneKind.Local or ZoneKind.None && SentencePlace(places, paragraphs[m.Paragraph], sentences[m.Paragraph], m, m.Zone.Kind == ZoneKind.Local) is { } placeZone
                && placeZone != mainZoneId && Zones.Find(placeZone) is { } placeTz)
                (hereZone, hereId) = (placeTz, placeZone);
            var utc = ToUtc(local, zone, hereZone, hereId, text, warnings);
            // "from 23:00 local time on Tuesday (2000 GMT) until 05:00 on Wednesday": an explicit clock that restates the
            // instant just written keeps the writer's own zone for the bare clocks after it.
            if (lastUtc == utc && m.Zone.Kind == ZoneKind.Fixed && lastExplicitLocal)
                lastZone = frameBefore.Kind == ZoneKind.None ? new ZoneSpec(ZoneKind.Local) : frameBefore;
            lastUtc = utc;
            lastExplicitLocal = m.Zone.Kind is ZoneKind.Local or ZoneKind.Named;
            // A publication written as a date only ("BEIRUT, Dec. 5, 2025") is read as its midday UTC (Dates.ParseLoose)
            // and says nothing about the hour: a clock later that day is not in the future.
            if (fromPublication && published is { } pub && pub.UtcDateTime.TimeOfDay != DateOnlyPublication && utc > pub.AddHours(1))
            {
                // Read on the publication day it would be in the future: news reports the past, so the day before.
                date = date.Value.AddDays(-1);
                utc = ToUtc(date.Value.ToDateTime(new TimeOnly(m.Hour, m.Minute)), zone, mainZone, mainZoneId, text, warnings);
            }
            if (source is { AnnouncedToday: true } && published is { } written && utc < written && !Tense.BoundsAState(paragraphs[source.Paragraph], source.Start))
            {
                // "is scheduled to arrive at 9 a.m. Friday" written at noon on a Friday: that hour has passed, next Friday.
                date = date.Value.AddDays(7);
                utc = ToUtc(date.Value.ToDateTime(new TimeOnly(m.Hour, m.Minute)), zone, mainZone, mainZoneId, text, warnings);
            }
            lastLocal = (date.Value, m.Hour * 60 + m.Minute);

            var (start, end) = Span(m);
            var para = paragraphs[m.Paragraph];
            if (end < para.Length && para[end] == ')' && para.AsSpan(start, end - start).Count('(') > para.AsSpan(start, end - start).Count(')')) end++;
            var sentence = SentenceAt(sentences[m.Paragraph], start);
            var (clauseStart, clauseEnd) = Neighbours(mentions, index, start, end);
            // "9.30pm on Saturday (2200 PKT)": the bracket names the zone the clock before it left out, so its instant is
            // the one meant; the bare reading, in a zone guessed from the story, goes.
            if (restated is { Zone.Kind: ZoneKind.None or ZoneKind.Local } && m.Zone.Kind is ZoneKind.Fixed or ZoneKind.Abbreviation or ZoneKind.Named
                && keyTimes.Count > 0 && keyTimes[^1].Site == new KeyTimeSite(restated.Paragraph, Span(restated).Start) && keyTimes[^1].Key.Utc != utc)
                keyTimes.RemoveAt(keyTimes.Count - 1);
            keyTimes.Add(new Candidate(new KeyTime(utc, false, para[start..end], EventPhrase.From(para, sentence, start, end, clauseStart, clauseEnd)), date.Value, new KeyTimeSite(m.Paragraph, start)));
        }

        // Resolution ends here: every clock has its instant, every day-only mention its day; selection picks.
        return KeyTimeSelection.Choose(keyTimes, dateOnly, mainZone, sites, deadline, day =>
        {
            var para = paragraphs[day.Mention.Paragraph];
            var sentence = SentenceAt(sentences[day.Mention.Paragraph], day.Mention.Start);
            var utc = new DateTimeOffset(day.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var (clauseStart, clauseEnd) = Neighbours(mentions, day.Index, day.Mention.Start, day.Mention.End);
            var phrase = EventPhrase.From(para, sentence, day.Mention.Start, day.Mention.End, clauseStart, clauseEnd);
            return new Candidate(new KeyTime(utc, true, para[day.Mention.Start..day.Mention.End], phrase), day.Date, new KeyTimeSite(day.Mention.Paragraph, day.Mention.Start));
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:all\s+)?(?:post\s+|entry\s+)?times\s+(?:(?:on|in)\s+this\s+(?:blog|page|report|post|digest|feed|story|article)\s+|given\s+|shown\s+|quoted\s+)?(?:are|in)\s+(?:in\s+)?",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex TimesAreLeadIn();

    /// <summary>The zone a page declares for all its clocks in its first paragraphs ("All times are AEDT"), else none.</summary>
    private static ZoneSpec DeclaredZone(IReadOnlyList<string> paragraphs)
    {
        for (var p = 0; p < Math.Min(4, paragraphs.Count); p++)
        {
            var text = paragraphs[p];
            // The pattern's leading optional words make every position a candidate; look for its one fixed word first.
            if (!text.AsSpan(0, Math.Min(text.Length, 600)).Contains("times ", StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var m in TimesAreLeadIn().EnumerateMatches(text.AsSpan(0, Math.Min(text.Length, 600))))
            {
                var (zone, _, _) = ClockZones.ParseZone(text, m.Index + m.Length);
                if (zone.Kind is ZoneKind.Fixed or ZoneKind.Abbreviation or ZoneKind.Named)
                    return zone;
            }
        }

        return default;
    }

    /// <summary>Whether the day at <paramref name="at"/> is written as the end of a night: "overnight into", "the night to".</summary>
    private static bool NightInto(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        foreach (var cue in (ReadOnlySpan<string>)["overnight into", "overnight to", "night into", "night to", "overnight before", "night before"])
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    private static DateTimeOffset ToUtc(DateTime local, ZoneSpec zone, TimeZoneInfo? mainZone, string? mainZoneId, string text, List<string> warnings)
    {
        switch (zone.Kind)
        {
            case ZoneKind.Fixed:
                return new DateTimeOffset(local, TimeSpan.FromMinutes(zone.OffsetMinutes)).ToUniversalTime();
            case ZoneKind.Abbreviation:
            case ZoneKind.Named:
            {
                var tz = zone.ZoneId is null ? null : Zones.Find(zone.ZoneId);
                if (tz is null)
                {
                    warnings.Add($"unknown time zone in \"{text}\"; read as UTC");
                    return new DateTimeOffset(local, TimeSpan.Zero);
                }
                var utc = Zones.ToUtc(local, tz, zone.Daylight, out var gap);
                if (gap) warnings.Add($"\"{text}\" falls in the daylight-saving gap in {tz.Id}; read one hour later");
                // A seasonal abbreviation (EST/EDT, CET/CEST) that disagrees with the date's real offset is flagged;
                // generic ones (ET) have no season and never are.
                if (zone.Kind == ZoneKind.Abbreviation && zone.Daylight is not null)
                {
                    var actual = tz.GetUtcOffset(utc);
                    if ((int)actual.TotalMinutes != zone.OffsetMinutes)
                    {
                        var season = tz.IsDaylightSavingTime(utc) ? "daylight-saving" : "standard";
                        warnings.Add($"{zone.Abbreviation} written for {local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, when {tz.Id} is on {season} time (UTC{Offset(actual)}); converted with the real offset");
                    }
                }
                return utc;
            }
            case ZoneKind.Local:
                if (mainZone is null)
                {
                    warnings.Add($"\"{text}\" is in local time but the story names no place with a known clock; read as UTC");
                    return new DateTimeOffset(local, TimeSpan.Zero);
                }
                return Zones.ToUtc(local, mainZone, null, out _);
            default:
                if (mainZone is not null)
                {
                    warnings.Add($"\"{text}\" gives no time zone; read as local time in {mainZoneId}");
                    return Zones.ToUtc(local, mainZone, null, out _);
                }
                warnings.Add($"\"{text}\" gives no time zone; read as UTC");
                return new DateTimeOffset(local, TimeSpan.Zero);
        }
    }

    private static Dictionary<Mention, int> Weights(List<Mention> mentions)
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

    private static TimeZoneInfo? FirstExplicitZone(List<Mention> mentions)
    {
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Clock && m.Zone.ZoneId is { } id) return Zones.Find(id);
        return null;
    }

    /// <param name="dayAfterPlausible">
    /// The anchor is the text's latest date, not the publication: the story was written on that day or later,
    /// so a bare weekday naming the next day ("shelling began at 10 p.m. Tuesday, May 21 … by 1 a.m. Wednesday")
    /// is that next day, not six days before. Every other bare weekday still reads as the past.
    /// </param>
    /// <summary>The coming such day, or yesterday when that is the day (a curfew "from 10 p.m. on Tuesday" written on Wednesday morning).</summary>
    private static DateOnly NearestWeekday(DateOnly anchor, DayOfWeek day)
    {
        var ahead = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
        return ahead == 6 ? anchor.AddDays(-1) : anchor.AddDays(ahead);
    }

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

    /// <summary>
    /// The end of the previous and the start of the next time mention in the same paragraph, outside this span.
    /// Mentions are in text order and do not overlap (but for the date and clock of one DTG, and the mentions a span
    /// joins), so the nearest ones either side are found by walking out from this one, not by scanning all of them.
    /// </summary>
    private static (int Start, int End) Neighbours(List<Mention> mentions, int index, int start, int end)
    {
        var m = mentions[index];
        var before = 0;
        var after = int.MaxValue;
        for (var k = index - 1; k >= 0 && mentions[k].Paragraph == m.Paragraph; k--)
        {
            var o = mentions[k];
            if (o.Skip || ReferenceEquals(o, m.Attached) || o.End > start) continue;
            before = o.End;
            break;
        }
        for (var k = index + 1; k < mentions.Count && mentions[k].Paragraph == m.Paragraph; k++)
        {
            var o = mentions[k];
            if (o.Skip || ReferenceEquals(o, m.Attached) || o.Start < end) continue;
            after = o.Start;
            break;
        }
        return (before, after);
    }

    private static (int Start, int End) Span(Mention m) =>
        m.Attached is { } a ? (Math.Min(m.Start, a.Start), Math.Max(m.End, a.End)) : (m.Start, m.End);

    private static string SpanText(string para, Mention m)
    {
        var (s, e) = Span(m);
        return para[s..e];
    }

    /// <summary>The sentence holding <paramref name="position"/> (else the last), by binary search: sentences are in order and apart.</summary>
    /// <summary>
    /// "12/05/2025" is 12 May or 5 December as the writer's country writes dates: day first nearly everywhere, month
    /// first in the United States and the Philippines. A numeric date in the story that reads only one way ("29/08/2025")
    /// settles it; else the story's place does; with neither, month first (wire copy in English).
    /// </summary>
    private static void ReadNumericDates(List<Mention> mentions, string? mainZoneId)
    {
        bool? dayFirst = null;
        var any = false;
        foreach (var m in mentions)
        {
            any |= m.EitherWayRound;
            dayFirst ??= m.WrittenDayFirst;
        }

        if (!any) return;
        dayFirst ??= mainZoneId is null ? null : !MonthFirstZone(mainZoneId);
        if (dayFirst is not true) return;
        foreach (var m in mentions)
        {
            if (m.EitherWayRound)
                (m.Day, m.Month, m.EitherWayRound) = (m.Month, m.Day, false);
        }
    }

    /// <summary>Zones of the United States and the Philippines, where dates are written month first.</summary>
    private static bool MonthFirstZone(string zone) =>
        zone is "Asia/Manila" or "Pacific/Guam" or "Pacific/Honolulu" or "Pacific/Saipan" or "America/Puerto_Rico"
        || zone.StartsWith("America/Indiana/", StringComparison.Ordinal) || zone.StartsWith("America/Kentucky/", StringComparison.Ordinal)
        || zone.StartsWith("America/North_Dakota/", StringComparison.Ordinal)
        || zone is "America/New_York" or "America/Chicago" or "America/Denver" or "America/Los_Angeles" or "America/Phoenix" or "America/Anchorage"
            or "America/Detroit" or "America/Boise" or "America/Juneau" or "America/Sitka" or "America/Nome" or "America/Adak" or "America/Menominee";

    /// <summary>Whether the day at <paramref name="index"/> belongs to a bracketed clock that restates the one before it ("(2324 GMT Sunday)").</summary>
    private static bool InBracketedClock(string paragraph, List<Mention> mentions, int index)
    {
        var m = mentions[index];
        for (var i = index - 1; i >= 0 && mentions[i].Paragraph == m.Paragraph && m.Start - mentions[i].End <= 4; i--)
        {
            if (mentions[i].Kind == MentionKind.Clock)
                return Restated(paragraph, mentions, i) is not null && paragraph.AsSpan(mentions[i].End, m.Start - mentions[i].End).IndexOf(')') < 0;
        }

        return false;
    }

    /// <summary>The clock the mention at <paramref name="index"/> restates in brackets right after it ("8:24 a.m. on Monday (2324 GMT Sunday)"), or null.</summary>
    private static Mention? Restated(string paragraph, List<Mention> mentions, int index)
    {
        var m = mentions[index];
        var open = m.Start - 1;
        while (open >= 0 && paragraph[open] == ' ') open--;
        if (open < 0 || paragraph[open] != '(') return null;
        for (var i = index - 1; i >= 0; i--)
        {
            var p = mentions[i];
            if (p.Paragraph != m.Paragraph) return null;
            if (p.Kind != MentionKind.Clock) continue;
            // The clock, its date and nothing else before the bracket: "9.30pm on Saturday (", "noon local time (".
            var end = Math.Max(p.End, p.Attached is { } a && a.Paragraph == p.Paragraph ? a.End : p.End);
            return end <= open && open - end <= 2 && paragraph.AsSpan(end, open - end).IsWhiteSpace() ? p : null;
        }

        return null;
    }

    /// <summary>
    /// The zone of the place the clock's own sentence names: for "local time", the nearest place in the sentence (one
    /// before the clock first); for a clock with no zone, only a place written right beside it ("in Bangkok at 4 p.m.",
    /// "at 4 p.m. in Bangkok").
    /// </summary>
    private static string? SentencePlace(IReadOnlyList<PlaceMention> places, string paragraph, List<(int Start, int End)> sentences, Mention m, bool local)
    {
        if (places.Count == 0) return null;
        var (start, end) = SentenceAt(sentences, m.Start);
        string? before = null, after = null;
        var (beforeEnd, afterStart) = (-1, int.MaxValue);
        foreach (var p in places)
        {
            if (p.Paragraph != m.Paragraph || p.Start < start || p.End > end) continue;
            if (p.End <= m.Start && p.End > beforeEnd) (before, beforeEnd) = (p.Zone, p.End);
            else if (p.Start >= m.End && p.Start < afterStart && (local || Beside(paragraph.AsSpan(m.End, p.Start - m.End), " in "))) (after, afterStart) = (p.Zone, p.Start);
        }

        if (local) return before ?? after;
        return before is not null && Beside(paragraph.AsSpan(beforeEnd, m.Start - beforeEnd), " at ") ? before : after;

        static bool Beside(ReadOnlySpan<char> between, string word) =>
            between.Equals(word, StringComparison.Ordinal) || between.Equals(word + "about ", StringComparison.Ordinal) || between.Equals(word + "around ", StringComparison.Ordinal);
    }

    private static (int Start, int End) SentenceAt(List<(int Start, int End)> sentences, int position)
    {
        var (lo, hi) = (0, sentences.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= position) lo = mid + 1;
            else hi = mid;
        }
        if (lo > 0 && position < sentences[lo - 1].End) return sentences[lo - 1];
        return sentences.Count > 0 ? sentences[^1] : (0, 0);
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

    private static string Offset(TimeSpan t) => (t < TimeSpan.Zero ? "-" : "+") + t.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
