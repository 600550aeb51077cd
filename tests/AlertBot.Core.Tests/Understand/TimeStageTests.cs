using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>
/// The three jobs of key times, each on its own: tagging (<see cref="TimeExpressions"/>: what is written, composed,
/// with no knowledge of the story's dates), selection (<see cref="KeyTimeSelection"/>: what is context, what is chosen).
/// Resolution is what the end-to-end tables (<see cref="KeyTimeTests"/>, <see cref="TenseTests"/>, the generated set) test.
/// </summary>
public sealed class TimeStageTests
{
    [Theory]
    // text | each mention as kind:fields, composed; "+date" when a clock took the date beside it, "skip" for a restated or round clock
    [InlineData("Shelling began at 0530 GMT on March 3, 2025.", "clock 05:30 GMT +date 2025-03-03 | date 2025-03-03")]
    [InlineData("On Monday at 0600 the gates opened.", "weekday Monday | clock 06:00 none +weekday")]
    [InlineData("Sirens sounded between 0200 and 0400 local time on May 3.", "clock 02:00 local +date 0-05-03 | clock 04:00 local +date 0-05-03 | date 0-05-03")]
    [InlineData("The blast came at 10:15 local (07:15 GMT) on Friday.", "clock 10:15 local skip | clock 07:15 GMT +weekday | weekday Friday")]
    [InlineData("The blast came at 07:15 GMT (10:15 local) on Friday.", "clock 07:15 GMT +weekday | clock 10:15 local skip | weekday Friday")]
    [InlineData("At about midnight, at 0015 GMT, drones arrived.", "clock 00:00 none skip | clock 00:15 GMT")]
    [InlineData("Shortly after midnight, at 0015 GMT, drones arrived.", "clock 00:15 GMT")]
    [InlineData("The curfew runs 2100 to 0600 daily.", "")]
    [InlineData("A ship was hit at 1412Z on 4 June 2025.", "clock 14:12 Z +date 2025-06-04 | date 2025-06-04")]
    [InlineData("Talks resume at 14h30 Kyiv time today.", "clock 14:30 Kyiv +today | today")]
    [InlineData("Posted 26.01.2025 08:14 by the administration.", "date 2025-01-26 | clock 08:14 none +date 2025-01-26")]
    [InlineData("DATE: 27 JUN 2024. A vessel reported an explosion at 1320Z.", "date 2024-06-27 | clock 13:20 Z")]
    // A warning's range: the first time takes the month of the range's end.
    [InlineData("1. LIVE FIRING 190000Z TO 191000Z AUG 25", "date 2025-08-19 | clock 00:00 Z +date 2025-08-19 | date 2025-08-19 | clock 10:00 Z +date 2025-08-19")]
    // A bracketed gloss of the zone between a clock and its day.
    [InlineData("Flares were fired at about 4.30pm AEST (Canberra time) on Saturday.", "clock 16:30 AEST +weekday | weekday Saturday")]
    // An offset is no clock.
    [InlineData("The jets struck at about 11:40 pm on Saturday (UTC+6:30).", "clock 23:40 none +weekday | weekday Saturday")]
    // A dotted 24-hour clock needs its zone: figures are not clocks.
    [InlineData("Prices rose 12.50 percent and 3.14 million people fled.", "")]
    [InlineData("VALID FROM 04 AUGUST 2025 UNTIL FURTHER NOTICE.", "date 2025-08-04")]
    public void Tagging_ComposesTheWrittenParts(string text, string expected)
    {
        var mentions = TimeExpressions.Tag([text], Deadline.None);

        Assert.Equal(expected, string.Join(" | ", mentions.Select(Describe)));
    }

    [Theory]
    // text | which mentions the words around them make context (1 = context), in text order
    [InlineData("Drones have come on Tuesday nights; one hit the depot on Friday.", "1 0")]
    [InlineData("Patrols leave the base each night at 2300 GMT. The depot was hit at 0415 GMT.", "1 0")]
    [InlineData("The truce agreed on 12 February 2025 broke on March 3, 2025.", "1 0")]
    [InlineData("A curfew from 2100 to 0600 local time followed the attack at 1930 local.", "1 1 0")]
    [InlineData("The depot was hit on Friday and again on Saturday.", "0 0")]
    // Opening hours, a clock change, a plan superseded.
    [InlineData("The centre is open Monday–Friday; the depot was hit on Tuesday.", "1 1 0")]
    [InlineData("Offices open Monday through Friday; shelling began on Sunday.", "1 1 0")]
    [InlineData("Clocks go forward at 03:00 tonight; the blast came at 02:12 GMT.", "1 0 0")]
    [InlineData("The blast came at 02:10 GMT, an hour before the clocks went forward.", "0")]
    [InlineData("Flight ME202, originally scheduled to depart at 23:10 GMT, will now depart at 07:15 GMT.", "1 0")]
    [InlineData("1. ROCKET LAUNCHING 211422Z TO 211504Z AUG 25. 2. CANCEL THIS MSG 211604Z AUG 25.", "0 0 0 0 0 1")]
    // When the report comes again is no event.
    [InlineData("Shelling began at 23:40 on Monday. Next scheduled update: Wednesday 09:00.", "0 0 1 1")]
    [InlineData("The pause began on 4 March. The next situation report will be released on 5 March.", "0 1")]
    [InlineData("Troops will be updated on the next patrol at 0600 GMT; the post was hit at 0415 GMT.", "0 0")]
    public void Selection_MarksContextFromTheWordsAround(string text, string expected)
    {
        var mentions = TimeExpressions.Tag([text], Deadline.None);
        KeyTimeSelection.MarkContext([text], mentions);

        Assert.Equal(expected, string.Join(" ", mentions.Select(m => m.Background ? "1" : "0")));
    }

    [Theory]
    // paragraph | 1 for each mention that is a stamp (when it was written), 0 for an event
    [InlineData("10:22 GMT", "1")]
    [InlineData("Last updated 10:22 GMT", "1")]
    [InlineData("Monday, 3 March 2025", "1")]
    [InlineData("[26.01.2025 08:14]", "1 1")]
    [InlineData("**[19.12.2024 03:41] — Home Front Command (mirror)**", "1 1")]
    [InlineData("Aviation Desk — 14 April 2026, 07:55 GMT", "1 1")]
    [InlineData("City Military Administration | 30 March 2025, 06:40 | Official information", "1 1")]
    [InlineData("*Noroeste Digital, translated from Spanish - Tuesday, 30 June 2026*", "1")]
    [InlineData("Translated from Spanish. Tuesday, 1 December 2026", "1")]
    [InlineData("Live Reporting · Edited by A. Writer · Last updated 10:22 GMT", "1")]
    [InlineData("All times BST. Live coverage by the Europe desk. Last updated 21:47.", "1")]
    [InlineData("This story was updated at 14:05 GMT to add the ministry's statement.", "1")]
    [InlineData("Published: 09:40. Drones hit the depot at 08:15 GMT.", "1 0")]
    // A military date-time group alone on its line, or after a label, is the message's stamp.
    [InlineData("180412ZAUG2025", "1 1")]
    [InlineData("DTG: 162015Z FEB 26", "1 1")]
    // Events: a timeline entry's time, a sentence, a date-time group opening a line of prose.
    [InlineData("0930 GMT — Explosions were heard across the city centre", "0")]
    [InlineData("0930 GMT - Explosions were heard across the city centre", "0")]
    [InlineData("Troops entered the town on 1 December 2026. Residents fled", "0")]
    [InlineData("Drones hit the depot at 10:22 GMT.", "0")]
    [InlineData("DTG 131530ZNOV23: a frigate reported a submarine contact", "0 0")]
    public void Selection_MarksStamps(string paragraph, string expected)
    {
        var mentions = TimeExpressions.Tag([paragraph], Deadline.None);
        KeyTimeSelection.MarkContext([paragraph], mentions);

        Assert.Equal(expected, string.Join(" ", mentions.Select(m => m.Stamp ? "1" : "0")));
    }

    [Theory]
    // A live page's entries run newest first and are when each was posted; a timeline of events runs forward.
    [InlineData("**21:47** - The ministry says troops crossed the border.|**20:15** - The governor says a state of emergency will follow.|**18:30** - Gas transit continues.|**16:02** - The Kremlin says a meeting is planned.", "1 1 1 1")]
    [InlineData("14:10 — Officials have not commented.|11:05 — Welcome to our live coverage.|09:30 — Sirens sounded in the capital.", "1 1 1")]
    [InlineData("0310 GMT - Drones launched from the coast.|0345 GMT - First impact reported at the port.|0420 GMT - Fires brought under control.", "0 0 0")]
    [InlineData("21:47 - Troops crossed the border.|20:15 - A state of emergency was declared.", "0 0")]
    [InlineData("_Live coverage · Tuesday 18 November 2025_|**10:12 GMT** — The plant lost power.|**10:40 GMT** — The ministry blamed shelling.|**11:05 GMT** — Generators hold fuel for ten days.", "1 1 1")]
    public void Selection_LiveEntries_AreStamps_ATimelineIsNot(string paragraphs, string expected)
    {
        var list = paragraphs.Split('|');
        var mentions = TimeExpressions.Tag(list, Deadline.None);
        KeyTimeSelection.MarkContext(list, mentions);

        Assert.Equal(expected, string.Join(" ", mentions.Where(m => m.Kind == MentionKind.Clock).Select(m => m.Stamp ? "1" : "0")));
    }

    [Theory]
    // paragraph | 1 for each clock that ends a range
    [InlineData("The alert lasted from 01:47 to 04:22 Kyiv time.", "0 1")]
    [InlineData("Jets flew between 0200 and 0400 GMT on Friday.", "0 1")]
    [InlineData("A curfew applies from 20:00 on Friday, 31 January, until 06:00 on Monday, 3 February.", "0 1")]
    [InlineData("The airport was shut from about 06:30 to 08:45.", "0 1")]
    [InlineData("The road was closed 06:30–08:45 GMT on Friday.", "0 1")]
    // A state that begins at one clock and lasts until the next.
    [InlineData("The curfew takes effect at 6 p.m. today and runs until 6 a.m. on Wednesday.", "0 1")]
    [InlineData("A curfew imposed at 23:50 will remain in force until 05:00 on Saturday.", "0 1")]
    [InlineData("The ban begins at 19:00 and stays in place until 07:00 GMT.", "0 1")]
    // Two events, not a range.
    [InlineData("Blasts were heard at 0455 and 0620 GMT.", "0 0")]
    [InlineData("Drones came at 02:10. From 03:00 the city was dark.", "0 0")]
    [InlineData("Police arrived at 6 p.m. and searched the area until about 9 p.m. yesterday.", "0 0")]
    public void Selection_MarksRangeEnds(string paragraph, string expected)
    {
        var mentions = TimeExpressions.Tag([paragraph], Deadline.None);
        KeyTimeSelection.MarkContext([paragraph], mentions);

        Assert.Equal(expected, string.Join(" ", mentions.Where(m => m.Kind == MentionKind.Clock).Select(m => m.RangeEnd ? "1" : "0")));
    }

    [Theory]
    [InlineData("Live fire is possible between 6 October and 8 October, the notice said.", "0 1")]
    [InlineData("The drills run from 3 September to 10 September.", "0 1")]
    [InlineData("Shelling hit the town on 6 October and again on 8 October.", "0 0")]
    public void Selection_MarksTheEndOfADateRange(string paragraph, string expected)
    {
        var mentions = TimeExpressions.Tag([paragraph], Deadline.None);
        KeyTimeSelection.MarkContext([paragraph], mentions);

        Assert.Equal(expected, string.Join(" ", mentions.Where(m => m.Kind == MentionKind.Date).Select(m => m.RangeEnd ? "1" : "0")));
    }

    [Fact]
    public void Resolution_AnEntrysStamp_GivesItsDayToTheEntry_AndIsNoKeyTime()
    {
        // Posts in a channel: each stamp is the day its post speaks from, whatever day an earlier post talked about.
        var text = "Kherson under shelling as drones strike the city\n\nRegional administration | Telegram channel, translated\n\n[26.01.2025 08:14]\n\n"
                   + "Last night Russian drones attacked two villages on the left bank, damaging houses; there were no casualties.\n\n[26.01.2025 09:02]\n\n"
                   + "A Russian drone dropped explosives on a bus stop in the Dniprovskyi district at 08:40 local time, injuring a man.\n\n"
                   + "Officials said more details would follow as the situation develops on the ground.";
        var u = new ArticleUnderstander().Understand(new SourceDocument("posts.txt", System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.Equal(["2025-01-25", "2025-01-26T06:40Z"], u.KeyTimes.Select(k => k.UtcText));
    }

    [Theory]
    // Discourse: what a bare clock takes from the story around it (published Tuesday 13 January 2026, 03:00 UTC).
    // Announced after a past weekday: the day of writing, not the weekday.
    [InlineData("SEOUL, Jan. 13 (Yonhap) -- The North fired a missile at 7:48 a.m. KST on Tuesday. The launch came two days after the leader inspected a factory on Sunday.\n\nThe security council will convene an emergency meeting at 10 a.m. to discuss the launch.",
        "2026-01-12T22:48Z|2026-01-11|2026-01-13T01:00Z")]
    // A 12-hour clock after GMT ones is the place's own time; a 24-hour one keeps GMT.
    [InlineData("BEIRUT, Jan 13 (Reuters) - A strike hit a building in Beirut at 0140 GMT on Tuesday. Rockets were fired at 11:15 p.m. on Monday, the group said.",
        "2026-01-13T01:40Z|2026-01-12T21:15Z")]
    [InlineData("BEIRUT, Jan 13 (Reuters) - A strike hit a building in Beirut at 0140 GMT on Tuesday. Rockets were fired at 2315 on Monday, the group said.",
        "2026-01-13T01:40Z|2026-01-12T23:15Z")]
    // An explicit GMT clock restating a local one keeps the local zone for the bare clocks after it.
    [InlineData("AMMAN, Jan 13 (Reuters) - Jordan closed its airspace over Amman at 23:00 local time on Tuesday (2000 GMT). Flights will resume at 05:00 on Wednesday.",
        "2026-01-13T20:00Z|2026-01-14T02:00Z")]
    // A page that declares its clocks' zone: bare clocks are in it.
    [InlineData("Live updates | Tuesday 13 January 2026 | All times on this blog are GMT+2\n\n10:55\n\nThe minister spoke to his counterpart by phone at 09:30, his office said.",
        "2026-01-13T07:30Z")]
    [InlineData("Channel digest, 13 January 2026. Post times are Sanaa time (UTC+3).\n\nSirens sounded across the city at 02:32, residents said.",
        "2026-01-12T23:32Z")]
    // A report's "as of" stamp is the day of writing: the year of the dates without one.
    [InlineData("OCHA | Situation as of 14 May 2024 | Report\n\nFighting broke out on 10 May in El Fasher. Since the war began on 15 April 2023, millions have fled.",
        "2024-05-10")]
    public void Resolution_ReadsABareClockFromItsStory(string body, string expected)
    {
        var text = "Flash Report From The Front Line\n\n" + body + "\n\nOfficials said more details would follow as the situation develops on the ground.";
        var u = new ArticleUnderstander().Understand(new SourceDocument("story.txt", System.Text.Encoding.UTF8.GetBytes(text)) { Published = new DateTimeOffset(2026, 1, 13, 3, 0, 0, TimeSpan.Zero) });

        Assert.Equal(expected, string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
    }

    [Fact]
    public void Selection_ReturnsTheDateline_AndMarksItContext()
    {
        string[] paragraphs = ["KHARTOUM, Feb. 5, 2024 — Drones struck the airport on Sunday."];
        var mentions = TimeExpressions.Tag(paragraphs, Deadline.None);

        var dateline = KeyTimeSelection.MarkContext(paragraphs, mentions);

        Assert.Same(mentions[0], dateline);
        Assert.True(mentions[0].Background);
        Assert.False(mentions[1].Background);
    }

    [Fact]
    public void Selection_KeepsEachInstantOnce_AndADayOnlyWhenNoTimedKeyCoversIt()
    {
        var sameDay = new DateOnly(2025, 3, 3);
        var otherDay = new DateOnly(2025, 3, 4);
        Candidate Timed(int paragraph, int position, int hour) => new(
            new KeyTime(new DateTimeOffset(sameDay.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero), false, "t", ""), sameDay, new KeyTimeSite(paragraph, position));
        var timed = new List<Candidate> { Timed(1, 5, 9), Timed(0, 40, 7), Timed(2, 0, 9) };
        var days = new List<DayMention>
        {
            new(new Mention { Kind = MentionKind.Date, Paragraph = 0, Start = 10 }, sameDay, 0),
            new(new Mention { Kind = MentionKind.Date, Paragraph = 0, Start = 2 }, otherDay, 1),
            new(new Mention { Kind = MentionKind.Date, Paragraph = 3, Start = 0, IsBackgroundDate = true }, new DateOnly(2020, 1, 1), 2),
        };
        var sites = new List<KeyTimeSite>();

        var chosen = KeyTimeSelection.Choose(timed, days, null, sites, Deadline.None, d =>
            new Candidate(new KeyTime(new DateTimeOffset(d.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), true, "d", ""), d.Date, new KeyTimeSite(d.Mention.Paragraph, d.Mention.Start)));

        Assert.Equal(["2025-03-04", "2025-03-03T07:00Z", "2025-03-03T09:00Z"], chosen.Select(k => k.UtcText));
        Assert.Equal([new KeyTimeSite(0, 2), new KeyTimeSite(0, 40), new KeyTimeSite(1, 5)], sites);
    }

    private static string Describe(Mention m)
    {
        var s = m.Kind switch
        {
            MentionKind.Clock => $"clock {m.Hour:00}:{m.Minute:00} {ZoneName(m.Zone)}",
            MentionKind.Date => $"date {m.Year}-{m.Month:00}-{m.Day:00}",
            _ => m.Relative == RelativeKind.Weekday ? $"weekday {m.Weekday}" : m.Relative.ToString().ToLowerInvariant(),
        };
        if (m.Kind == MentionKind.Clock && m.Attached is { } a)
            s += a.Kind == MentionKind.Date ? $" +date {a.Year}-{a.Month:00}-{a.Day:00}" : a.Relative == RelativeKind.Weekday ? " +weekday" : " +" + a.Relative.ToString().ToLowerInvariant();
        if (m.Skip) s += " skip";
        return s;
    }

    private static string ZoneName(ZoneSpec z) => z.Kind switch
    {
        ZoneKind.None => "none",
        ZoneKind.Local => "local",
        _ => z.Abbreviation ?? z.ZoneId?.Split('/')[^1] ?? z.Kind.ToString(),
    };
}
