using System.Globalization;
using static AlertBot.Core.Understand.KeyTimeDays;
using static AlertBot.Core.Understand.KeyTimeZones;
using static AlertBot.Core.Understand.MentionSpans;

namespace AlertBot.Core.Understand;

/// <summary>Where a key time was found, for the summary to prefer that sentence.</summary>
internal readonly record struct KeyTimeSite(int Paragraph, int Position);

/// <summary>
/// Turns the time mentions of a story into key times in UTC. Everything is anchored to the story: its
/// publication time when the metadata is believable, else its own latest explicit date — never the machine clock.
/// </summary>
internal static class KeyTimeResolver
{
    private static readonly TimeSpan DateOnlyPublication = TimeSpan.FromHours(12);

    public static List<KeyTime> Resolve(
        IReadOnlyList<string> paragraphs,
        IReadOnlyList<List<(int Start, int End)>> sentences,
        ref DateTimeOffset? published,
        string? mainZoneId,
        List<string> warnings,
        List<KeyTimeSite> sites,
        Deadline deadline,
        bool publishedByArticle = false,
        IReadOnlyList<PlaceMention>? places = null,
        DateTimeOffset? publishedOtherWay = null)
    {
        // Tagging: every time expression, its parts composed ("0530 GMT on March 3", "between 0200 and 0400 local").
        var mentions = TimeExpressions.Tag(paragraphs, deadline);
        if (mentions.Count == 0)
        {
            published = SettlePublication(published, publishedOtherWay, null, DayFirstZone(mainZoneId));
            return [];
        }
        deadline.Check();
        // Selection, first part: what the words around a mention make context (schedules, agreements, datelines).
        var dateline = KeyTimeSelection.MarkContext(paragraphs, mentions);

        var mainZone = mainZoneId is null ? null : Zones.Find(mainZoneId);
        var dayFirst = ReadNumericDates(mentions, mainZoneId);
        // Resolution: the story's reference days, then every date and relative day, then the clocks in discourse order.
        var full = mentions.Where(m => m.Kind == MentionKind.Date && m.Year != 0 && !m.Background).ToList();
        var datelineDay = dateline is null ? null : DatelineDay(dateline, mentions, published?.Year, paragraphs);
        published = SettlePublication(published, publishedOtherWay, dateline, dayFirst);
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
        DateOnly? headingDay = null; // a date standing as a stamp: the day a live page's entries were posted on
        // "from 2 pm today until 6 am Friday": the day of a range's end is not the day the story goes on in; nor is the day
        // of a clock the story gives as background ("clocks were set back at midnight on Saturday", "a curfew from 2100
        // each day"): "an aftershock followed at 5.27 a.m." stays on the quake's day.
        HashSet<Mention>? asideDays = null;
        foreach (var c in mentions)
        {
            if (c.Attached is { } endDay && (c.RangeEnd || c is { Kind: MentionKind.Clock, Background: true }))
                (asideDays ??= []).Add(endDay);
        }
        // "All times on this blog are AEDT", "Post times are Sanaa time (UTC+3)": the page says its clocks' zone.
        var declaredZone = DeclaredZone(paragraphs, out var bareDeclaration);
        // The page's zone is the story's clock when it is the story's place's ("All times Ecuador mainland time (ECT)" on a
        // Guayaquil page); a bare note in another zone ("All times BST" on a Kursk live page) dates the entries only.
        var declaredIsLocal = declaredZone.Kind != ZoneKind.None && mainZone is not null && published is { } at && IsStoryClock(declaredZone, mainZone, mainZoneId, at);
        if (bareDeclaration && !declaredIsLocal) declaredZone = default;
        var lastZone = declaredZone;
        var zoneParagraph = -1;
        (DateOnly Date, int Minutes)? lastLocal = null;
        DateTimeOffset? lastUtc = null;
        var lastExplicitLocal = false;

        for (var index = 0; index < mentions.Count; index++)
        {
            deadline.Check();
            var m = mentions[index];
            // "All times Ecuador mainland time unless stated": a zone an entry states is that entry's; the next paragraph's
            // bare clocks are the page's again.
            if (m.Paragraph != zoneParagraph)
            {
                if (declaredIsLocal) lastZone = declaredZone;
                zoneParagraph = m.Paragraph;
            }
            if (m.Kind != MentionKind.Clock)
            {
                if (m.Relative == RelativeKind.NextDay) m.Resolved = contextDate?.AddDays(1);
                if (m.Relative == RelativeKind.PreviousDay) m.Resolved = contextDate?.AddDays(-1);
                if (m.Background || m.Resolved is null) continue;
                if (m.Stamp && m.Attached is null) headingDay = m.Resolved;
                if (m.Attached is null && !m.Stamp && !m.RangeEnd && asideDays?.Contains(m) != true) dateOnly.Add(new DayMention(m, m.Resolved.Value, index));
                // "(2324 GMT Sunday)": the day of a bracketed restatement is another zone's; the story goes on in Monday.
                if (!InBracketedClock(paragraphs[m.Paragraph], mentions, index) && asideDays?.Contains(m) != true)
                    (context, contextDate) = (m, m.Resolved);
                continue;
            }

            if (m.Stamp)
            {
                // An entry's stamp: what follows speaks from its day (the publication's when it writes none).
                if (m.Attached is { Resolved: { } stampDay } stampDate)
                    (context, contextDate) = (stampDate, stampDay);
                else if ((headingDay ?? publishedDate) is { } day)
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
                // "from 23:25 until 01:40 on Monday": the day written is the end's; a range that passes midnight began the day before.
                else if (date is { } endDay && m.RangeTo is { } to && to.Attached == att && !to.Midnight && m.Hour * 60 + m.Minute > to.Hour * 60 + to.Minute)
                    date = endDay.AddDays(-1);
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
            // So does a bracket that restates a clock in its own zone or gives the same instant from across a border ("at
            // 16:20 Bishkek time (15:20 Dushanbe time)", "at 10:30 p.m. (11 p.m. Pakistan time)" in a story from Kabul): it
            // gives the other side's reading.
            if (lastUtc == utc && m.Zone.Kind == ZoneKind.Fixed && lastExplicitLocal
                || restated is not null && m.Zone.Kind != ZoneKind.None && (restated.Zone.Kind != ZoneKind.None || lastUtc == utc))
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
            if (restated is not null && keyTimes.Count > 0 && keyTimes[^1].Site == new KeyTimeSite(restated.Paragraph, Span(restated).Start))
            {
                var prior = keyTimes[^1].Key.Utc;
                // "9.30pm on Saturday (2200 PKT)": the bracket names the zone the clock before it left out, so its instant is
                // the one meant; "midnight on Friday (23:59 local time)": the bracket is the exact minute of a round word.
                var sharper = (restated.Zone.Kind is ZoneKind.None or ZoneKind.Local && m.Zone.Kind is ZoneKind.Fixed or ZoneKind.Abbreviation or ZoneKind.Named)
                              || (restated.Midnight && m.Zone.Kind is ZoneKind.None or ZoneKind.Local && !m.Midnight)
                              || (m.Zone.Kind == ZoneKind.Fixed && restated.Zone.Kind != ZoneKind.Fixed); // "1226 EET (1026 GMT) on Wednesday"
                // "03:40 SAMT (02:40 Moscow)", "03:20 local time (02:20 Mexico City time)": the bracket says the instant
                // already kept, in another clock; the first wording stays.
                if (!sharper || prior == utc)
                    continue;
                keyTimes.RemoveAt(keyTimes.Count - 1);
            }
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
}
