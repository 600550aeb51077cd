using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace AlertBot.Core.Understand;

/// <summary>A resolved key time, the day it fell on where it was written, and where the story says it.</summary>
internal readonly record struct Candidate(KeyTime Key, DateOnly Local, KeyTimeSite Site);

/// <summary>A mention that resolved to a day and took no clock: a candidate for a date-only key time.</summary>
internal readonly record struct DayMention(Mention Mention, DateOnly Date, int Index);

/// <summary>
/// Selection, the last of the three jobs that make key times (<see cref="TimeExpressions">tagging</see> →
/// <see cref="KeyTimeResolver">resolution</see> → selection): which of the times a story writes are its events.
/// Context is set aside before resolution from the words around a mention — schedules ("every Thursday", "a curfew
/// from 2100 to 0600"), the date an agreement was made ("the truce agreed on 12 February"), the dateline — and after
/// it from the story's timeline (a date far from it is history). What remains is chosen here: each instant once, a
/// day only when no timed key time already falls on it, in the order the story tells them.
/// </summary>
internal static partial class KeyTimeSelection
{
    /// <summary>
    /// Marks the mentions that the words around them make context, and returns the dateline's date ("KHARTOUM, Feb. 5,
    /// 2024 — …", "BAMAKO, Aug 6 (Reuters) -": the date of writing, not of an event), also marked context.
    /// </summary>
    public static Mention? MarkContext(IReadOnlyList<string> paragraphs, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            var text = paragraphs[m.Paragraph];
            if (m is { Kind: MentionKind.Relative, Relative: RelativeKind.Weekday or RelativeKind.Today or RelativeKind.Yesterday } && IsDayOfSaying(text, m.Start))
                m.Saying = true;
            if (m is { Kind: MentionKind.Relative, Relative: RelativeKind.Weekday } && Recurrence.IsRecurringDay(text, m.Start, m.End)
                || m.Kind == MentionKind.Clock && (Recurrence.IsRecurringClock(text, m.Start, m.End) || Background.IsClockChange(text, m.Start, m.End) || Background.IsSuperseded(text, m.Start) || Background.IsMessageExpiry(text, m.Start) || IsClockOfSaying(text, m.Start))
                || m.Kind == MentionKind.Date && (Background.IsAgreementDate(text, m.Start) || Background.IsSinceStart(text, m.Start))
                // "summer time took effect on Friday", "clocks go back on Sunday 25 October": the day of a clock change.
                || (m.Kind == MentionKind.Date || m is { Kind: MentionKind.Relative, Relative: RelativeKind.Weekday }) && m.Attached is null && Background.IsClockChange(text, m.Start, m.End)
                || m is { Kind: MentionKind.Date } or { Kind: MentionKind.Relative, Relative: RelativeKind.Weekday } && Background.IsEarlierEpisode(text, m.Start)
                || m.Kind is MentionKind.Clock or MentionKind.Date && Background.IsReportingWindow(text, m.Start)
                || Background.IsNextUpdate(text, m.Start))
                m.Background = true;
        }

        MarkStamps(paragraphs, mentions);
        MarkRangeEnds(paragraphs, mentions);
        if (Datelines.Find(paragraphs, mentions) is not { } dateline)
            return null;
        dateline.Background = true;
        return dateline;
    }

    // Words a stamp may carry besides its time: "Last updated 10:22 GMT", "Posted on", "Issued at".
    private static readonly HashSet<string> StampWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "updated", "last", "posted", "published", "issued", "filed", "first", "on", "at", "as", "of", "am", "pm", "time", "local", "gmt", "utc",
        "situation", "status", "report", "data", "cutoff", "cut-off", "revised", "modified", "reviewed", "update", "correction", "refile",
    };

    /// <summary>
    /// Stamps: a paragraph that is nothing but a time ("10:22 GMT", "Monday, 3 March 2025", "Last updated 10:22 GMT"),
    /// a bracketed time opening a paragraph ("[26.01.2025 08:14] — Channel"), or a time that is a part of its own in a
    /// short line of parts ("Aviation Desk — 14 April 2026, 07:55 GMT", "Desk | 30 March 2025, 06:40 | Official",
    /// "Outlet, translated from Spanish - Tuesday, 30 June 2026", "Translated from Spanish. Tuesday, 1 December 2026"). A
    /// time opening a dash-separated line with prose after it ("0930 GMT — explosions were heard") is a timeline's
    /// event, not a stamp; a military date-time group heads its message and is its time.
    /// </summary>
    private static void MarkStamps(IReadOnlyList<string> paragraphs, List<Mention> mentions)
    {
        MarkLiveEntries(paragraphs, mentions);
        var first = 0;
        while (first < mentions.Count)
        {
            var p = mentions[first].Paragraph;
            var last = first;
            while (last + 1 < mentions.Count && mentions[last + 1].Paragraph == p) last++;
            var text = paragraphs[p];
            foreach (var (start, end) in StampSegments(text))
            {
                var inside = 0;
                for (var k = first; k <= last; k++)
                {
                    if (mentions[k].Start >= start && mentions[k].End <= end) inside++;
                }
                if (inside == 0 || !OnlyTime(text, start, end, mentions, first, last)) continue;
                for (var k = first; k <= last; k++)
                {
                    var m = mentions[k];
                    // "Situation as of 14 May 2024": the day of writing, so a voice in the story's timeline, not history.
                    if (m.Start >= start && m.End <= end && !m.Dtg) (m.Stamp, m.Background) = (true, false);
                }
            }
            first = last + 1;
        }
    }

    /// <summary>
    /// A clock or date right after "updated", "posted", "published" or "issued" is a stamp. A live page's entries: three
    /// or more paragraphs that open with a clock and a separator ("**21:47** - …", "14:10 — …"), newest first, or in any
    /// order on a page that says it is live ("Live coverage"). A timeline of events runs forward in time; entries posted
    /// on a live page run back, and their clocks are when each was posted, not when anything happened.
    /// </summary>
    private static void MarkLiveEntries(IReadOnlyList<string> paragraphs, List<Mention> mentions)
    {
        var entries = new List<Mention>();
        var live = IsLivePage(paragraphs);
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Clock && m.Attached is null && OpensEntry(paragraphs[m.Paragraph], m, live)
                && (entries.Count == 0 || entries[^1].Paragraph != m.Paragraph))
                entries.Add(m);
        }

        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            // "Issued: 16 January 2026, 10:00": the clock of a stamped date is the stamp's too.
            if (m.Kind is MentionKind.Clock or MentionKind.Date && !m.Dtg && AfterStampWord(paragraphs[m.Paragraph], m.Start)
                || m is { Kind: MentionKind.Clock, Dtg: false } && k > 0 && StampedDateBefore(paragraphs[m.Paragraph], mentions[k - 1], m)
                || m.Dtg && IsMessageHeader(paragraphs[m.Paragraph], m)
                || m.Kind is MentionKind.Clock or MentionKind.Date && IsSignature(paragraphs[m.Paragraph]))
                (m.Stamp, m.Background) = (true, false);
        }

        if (entries.Count < 3)
            return;
        var forward = 0;
        for (var i = 1; i < entries.Count; i++)
        {
            if (entries[i].Hour * 60 + entries[i].Minute > entries[i - 1].Hour * 60 + entries[i - 1].Minute)
                forward++;
        }

        // Newest first, but for one step (a page that crosses midnight, or an entry pinned out of order); in either order
        // on a page that says it is live.
        if (forward > 1 && !live)
            return;
        foreach (var m in entries)
            (m.Stamp, m.Background) = (true, false);
    }

    /// <summary>"Done at Bukavu on 2 May 2026 at 11h30.", "Given in Juba this 3rd day of May": where and when an order was signed.</summary>
    private static bool IsSignature(string text) =>
        text.Length <= 100 && (text.StartsWith("Done at ", StringComparison.Ordinal) || text.StartsWith("Done in ", StringComparison.Ordinal)
                               || text.StartsWith("Given at ", StringComparison.Ordinal) || text.StartsWith("Given in ", StringComparison.Ordinal)
                               || text.StartsWith("Signed at ", StringComparison.Ordinal) || text.StartsWith("Signed in ", StringComparison.Ordinal))
                           && text.Length > 9 && char.IsUpper(text[text.IndexOf(' ', 5) + 1]);

    /// <summary>"Issued: 2026-06-09T21:05Z", "Issued: 16 January 2026, 10:00": a clock right after a stamped date.</summary>
    private static bool StampedDateBefore(string text, Mention before, Mention clock)
    {
        if (before is not { Kind: MentionKind.Date, Stamp: true } date || date.Paragraph != clock.Paragraph) return false;
        return clock.Start >= date.End && text.AsSpan(date.End, clock.Start - date.End).Trim().TrimStart(',').Trim() is var gap
               && (gap.Length == 0 || gap is "T" or "at" or "-" or "—" or "–");
    }

    /// <summary>
    /// "DTG: 162015Z FEB 26", "UKMTO ADVISORY - ISSUED 131900ZJUN24", a date-time group alone on its line: the time the
    /// message was sent, as a publication stamp is (its day is the day the message speaks from), not an event of it. A
    /// date-time group that opens a line of prose ("DTG 131530ZNOV23: a frigate reported …") dates that entry.
    /// </summary>
    private static bool IsMessageHeader(string text, Mention m)
    {
        if (text.AsSpan(m.End).Trim().Trim('*').Length > 0) return false;
        var before = text.AsSpan(0, m.Start);
        var cut = before.LastIndexOfAny('|', '—');
        if (cut >= 0) before = before[(cut + 1)..];
        before = before.Trim().Trim('*').TrimEnd(':').Trim('*').Trim();
        if (before.IndexOfAnyInRange('0', '9') >= 0) return false;
        return before.Length == 0 || before.Count(' ') <= 4;
    }

    /// <summary>"Last updated 21:47", "Updated at 10:05 GMT", "Posted 14:02": a stamp, wherever in a line it stands.</summary>
    private static bool AfterStampWord(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 20), Math.Min(20, start)).TrimEnd();
        if (before.EndsWith(" at", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" on", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" à", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" às", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" um", StringComparison.OrdinalIgnoreCase))
            before = before[..before.LastIndexOf(' ')].TrimEnd();
        if (before.EndsWith(':')) before = before[..^1];
        // … and the same in Spanish, Portuguese, French, Italian and German: "Actualizado 10:02", "Mis à jour à 11h05".
        foreach (var w in (ReadOnlySpan<string>)["updated", "posted", "published", "issued", "upd", "update", "actualizado", "actualización", "publicado",
                     "atualizado", "atualização", "mis à jour", "mise à jour", "publié", "aggiornato", "pubblicato", "aktualisiert", "veröffentlicht"])
        {
            if (before.EndsWith(w, StringComparison.OrdinalIgnoreCase) && (before.Length == w.Length || !char.IsLetter(before[^(w.Length + 1)])))
                return true;
        }

        return false;
    }

    /// <summary>"Live coverage", "Live updates", "live blog": a page that says so in its first paragraphs.</summary>
    private static bool IsLivePage(IReadOnlyList<string> paragraphs)
    {
        for (var p = 0; p < Math.Min(2, paragraphs.Count); p++)
        {
            var text = paragraphs[p].AsSpan(0, Math.Min(paragraphs[p].Length, 300));
            foreach (var w in (ReadOnlySpan<string>)["live coverage", "live updates", "live blog", "live page", "live reporting", "refreshes automatically"])
            {
                if (text.Contains(w, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The clock opens its paragraph (past Markdown emphasis) and a dash, a colon or a bar follows it; on a live page, also
    /// the entry's first word ("06:05 GMT Good morning.").
    /// </summary>
    private static bool OpensEntry(string text, Mention m, bool live)
    {
        var lead = 0;
        while (lead < m.Start && text[lead] is '*' or '_' or ' ' or '#') lead++;
        if (lead != m.Start)
            return false;
        var i = m.End;
        while (i < text.Length && text[i] is '*' or '_' or ' ') i++;
        return i < text.Length && (text[i] is '-' or '–' or '—' or ':' or '|' || (live && i > m.End && char.IsUpper(text[i])));
    }

    /// <summary>The parts of a paragraph that may be a stamp on their own: see <see cref="MarkStamps"/>.</summary>
    private static IEnumerable<(int Start, int End)> StampSegments(string text)
    {
        var lead = 0;
        while (lead < text.Length && text[lead] is '*' or '_' or ' ') lead++;
        if (lead < text.Length && text[lead] == '[' && text.IndexOf(']', lead) is var close and > 0 && close - lead <= 40)
        {
            yield return (lead + 1, close);
            yield break;
        }
        if (text.Length <= 60)
            yield return (0, text.Length);
        // A short line of parts, not a sentence: "Desk | 30 March 2025, 06:40 | Official information".
        if (text.Length > 160 || text.TrimEnd().EndsWith('.'))
            yield break;
        var s = 0;
        var part = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            // Bars and dots, a spaced dash, or a sentence's full stop ("Translated from Spanish. Tuesday, 1 December 2026").
            var separator = i < text.Length && (text[i] is '|' or '·' or '•'
                                                || (text[i] is '—' or '–' or '-' && i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ')
                                                || (text[i] == '.' && i > 0 && char.IsLower(text[i - 1]) && i + 1 < text.Length && text[i + 1] == ' '));
            if (i < text.Length && !separator) continue;
            // The first part followed by a dash is a timeline entry's time ("0930 GMT — explosions …").
            if (!(part == 0 && i < text.Length && text[i] is '—' or '–' or '-'))
                yield return (s, i);
            // "Staff | Mexico City | Sunday, February 8, 2026 — 09:15 a.m.": a date and its clock across a dash, as the
            // line's last parts.
            if (part > 0 && i < text.Length)
                yield return (s, text.Length);
            s = i + 1;
            part++;
        }
    }

    /// <summary>Whether [start, end) holds only time mentions and stamp words.</summary>
    private static bool OnlyTime(string text, int start, int end, List<Mention> mentions, int first, int last)
    {
        var i = start;
        while (i < end)
        {
            var inMention = false;
            for (var k = first; k <= last; k++)
            {
                var m = mentions[k];
                if (i >= m.Start && i < m.End)
                {
                    i = m.End;
                    inMention = true;
                    break;
                }
            }
            if (inMention) continue;
            // "… 09:15 a.m. (central Mexico time)", "… 10:00 (Kinshasa, UTC+1)": the stamp's note on its zone or place,
            // closing the part.
            if (text[i] == '(' && i > start && text.AsSpan(i, end - i).TrimEnd() is var note && note.Length <= 40 && note[^1] == ')' && note[1..].IndexOfAny('(', ')') == note.Length - 2)
                return true;
            if (char.IsLetterOrDigit(text[i]))
            {
                var j = i;
                while (j < end && char.IsLetter(text[j])) j++;
                // "UPDATE 1 - PANA 14/02/2026 13:40 GMT": a revision's number and an agency's initials.
                if (j == i && i + 2 < end && char.IsAsciiDigit(text[i]) && !char.IsAsciiDigit(text[i + 1]) && i > 1 && text.AsSpan(start, i - start).TrimEnd().EndsWith("UPDATE", StringComparison.OrdinalIgnoreCase))
                {
                    i++;
                    continue;
                }
                if (j == i || !StampWords.Contains(text[i..j]) && !(j - i is >= 2 and <= 6 && text.AsSpan(i, j - i).ContainsAnyExceptInRange('A', 'Z') is false)) return false;
                i = j;
                continue;
            }
            i++;
        }

        return true;
    }

    /// <summary>
    /// The second clock of a range is its end, not an event: "from 01:47 to 04:22", "between 0200 and 0400", "from
    /// 20:00 on Friday, 31 January, until 06:00 on Monday, 3 February".
    /// </summary>
    private static void MarkRangeEnds(IReadOnlyList<string> paragraphs, List<Mention> mentions)
    {
        Mention? start = null;
        Mention? startDate = null;
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Date)
            {
                // "between 6 October and 8 October", "from 3 to 10 September": the later date ends the period.
                var text0 = paragraphs[m.Paragraph];
                if (startDate is { } d && d.Paragraph == m.Paragraph && m.Start >= d.End && m.Start - d.End <= 12
                    && LastWord(text0.AsSpan(0, d.Start)) is var open0 && LastWord(text0.AsSpan(0, m.Start)) is var join0
                    && (open0 is "between" && join0 is "and" || open0 is "from" && join0 is "to" or "until" or "till" or "through"))
                    m.RangeEnd = true;
                startDate = m.Attached is null ? m : null;
                continue;
            }
            if (m.Kind != MentionKind.Clock) continue;
            var text = paragraphs[m.Paragraph];
            var before = text.AsSpan(0, m.Start).TrimEnd();
            // (A restated pair shares its span — "10:15 local (07:15 GMT)" — and is no range.)
            if (start is { } a && a.Paragraph == m.Paragraph && m.Start >= a.End && m.Start - a.End <= 60 && !Clauses.HasBreak(text, a.End, m.Start))
            {
                var opener = LastWord(text.AsSpan(0, a.Start));
                var joiner = LastWord(before);
                var gap = text.AsSpan(a.End, m.Start - a.End).Trim();
                if (opener is "from" && joiner is "to" or "until" or "till" or "through"
                    || opener is "between" && joiner is "and"
                    || joiner is "to" or "until" or "till" && gap.Length <= joiner.Length + 8
                    || joiner is "until" or "till" && LastsUntil(gap)
                    || gap is "–" or "-" or "—")
                {
                    m.RangeEnd = true;
                    // From a clock to the same clock, a count over it: a day's reporting window.
                    if (a.Hour == m.Hour && a.Minute == m.Minute && Background.IsCountedOver(text, a.Start)) a.Background = true;
                }
            }
            start = m;
        }
    }

    // A state that goes on to its end: "takes effect at 6 p.m. today and runs until 6 a.m.", "begins at 19:00 and remains
    // in force until 05:00".
    private static readonly string[] Lasting = ["runs", "run", "lasts", "last", "continues", "continue", "remains", "remain", "stays", "stay", "in force", "in effect", "in place"];

    /// <summary>Whether the words between a clock and "until" say that what began at the clock lasts until the next.</summary>
    private static bool LastsUntil(ReadOnlySpan<char> gap)
    {
        foreach (var word in Lasting)
        {
            var at = gap.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(gap[at - 1])) && (at + word.Length == gap.Length || !char.IsLetter(gap[at + word.Length])))
                return true;
        }
        return false;
    }

    private static string LastWord(ReadOnlySpan<char> s)
    {
        s = s.TrimEnd();
        while (s.Length > 0 && s[^1] is '(' or ',') s = s[..^1].TrimEnd();
        var i = s.Length;
        while (i > 0 && char.IsLetter(s[i - 1])) i--;
        var word = s[i..].ToString().ToLowerInvariant();
        // "from about 0200", "from around 06:00": the hedge is not the word that opens the range.
        if (word is "about" or "around" or "approximately" or "roughly" or "some")
            return LastWord(s[..i]);
        return word;
    }

    // Verbs of saying: the day after them is when something was said, not when it happened.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Sayings = new[]
    {
        "said", "says", "told", "added", "stated", "wrote", "confirmed", "reported", "noted", "insisted", "warned", "tweeted", "posted",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Where it was said, between the verb and the day: "said in a statement on", "told a news conference on".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SayingPlaces = new[]
    {
        "in", "at", "a", "an", "its", "their", "his", "her", "statement", "post", "briefing", "interview", "conference", "news", "press",
        "joint", "written", "televised", "address", "notice", "bulletin", "update", "message", "evening", "morning", "nightly", "daily",
        "weekly", "video", "speech", "remarks", "broadcast", "channel", "account", "page", "on",
        // "told a government session on", "told a cabinet meeting on".
        "session", "meeting", "government", "cabinet", "parliament",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "the ministry said on Tuesday", "security sources told AFP on Tuesday", "the Border Guard said Thursday": the day
    /// of a statement about the story, not of its events (which have their own days; a story with no other time keeps
    /// it). Only a bare weekday; the word of saying within eight words before it, nothing but "on", "late", "early", the
    /// hearer and where it was said ("in a statement", "at a news conference") between.
    /// </summary>
    internal static bool IsDayOfSaying(string text, int start) => SayingBefore(text, start) || SayingAfter(text, start);

    /// <summary>"The Indian Army on Thursday said": the verb of saying right after the weekday.</summary>
    private static bool SayingAfter(string text, int start)
    {
        var (_, weekdayEnd) = Clauses.WordAfter(text, start);
        var (s, e) = Clauses.WordAfter(text, weekdayEnd);
        return Sayings.Contains(text.AsSpan(s, e - s));
    }

    private static bool SayingBefore(string text, int start)
    {
        var i = start;
        for (var words = 0; words < 8; words++)
        {
            var (s, e) = Clauses.WordBefore(text, i);
            if (s == e)
                return false;
            var word = text.AsSpan(s, e - s);
            if (Sayings.Contains(word))
                return true;
            // "In a statement on Monday, the army accused …": where it was said opens the clause.
            if (words > 0 && Statements.Contains(word) && Clauses.WordBefore(text, s) is var (ds, de) && text.AsSpan(ds, de - ds) is "a" or "an" or "its" or "their" or "his" or "her"
                && Clauses.WordBefore(text, ds) is var (ps, pe) && text.AsSpan(ps, pe - ps) is "In" or "in" or "At" or "at")
                return true;
            // "told AFP on", "told reporters late on": the hearer, then the day; "said in a statement issued on".
            if (!(word is "on" or "late" or "early" or "reporters" or "journalists" or "media" || char.IsUpper(word[0]) && words is > 0 and < 4
                  || words > 0 && (SayingPlaces.Contains(word) || Issuing.Contains(word))))
                return false;
            i = s;
        }

        return false;
    }

    // Who heard it and how, between the verb and the clock: "told local radio at", "speaking by phone to AFP at".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Hearers = new[]
    {
        "reporters", "journalists", "media", "radio", "television", "tv", "local", "state", "national", "the", "to", "by", "phone",
        "telephone", "parliament", "lawmakers", "capital", "city", "crowd", "crowds", "supporters", "residents", "around", "about", "shortly", "after",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClockSayings = new[]
    {
        "told", "tells", "speaking", "spoke", "talking",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The time someone spoke about the story, not a time of the story: "the governor said at 7:30 am that two were
    /// hurt", "told reporters at 11 a.m.", "Speaking to reporters in the capital at 2 p.m.", "I spoke with the head of the
    /// district at 07:00", "in a statement released at 09:30", "a communiqué read on state television at 20:00", "gave
    /// the update on Telegram at 01:00". The clock follows "at" (or "around", "about"), and before it, within the clause,
    /// a verb of saying right before "at"; or only the hearer, the medium and where it was said back to a verb of telling
    /// or speaking; or a statement's noun with the verb that put it out. "The blast was reported at 11 a.m." is the
    /// event's report (a passive "reported" is no speaker's); "the blast, police said, came at 11 a.m." has no verb
    /// before "at".
    /// </summary>
    internal static bool IsClockOfSaying(string text, int start)
    {
        var i = start;
        var venue = false;
        var issued = false;
        var passive = false;
        for (var words = 0; words < 9; words++)
        {
            var (s, e) = Clauses.WordBefore(text, i);
            if (s == e)
                return false;
            var word = text.AsSpan(s, e - s);
            if (words == 0)
            {
                if (word is not ("at" or "around" or "about" or "approximately")) return false;
            }
            else if (words == 1 && SaidAt.Contains(word))
            {
                // "A press officer said at 11:00 that …": unless passive ("it was said at") or the speaker announcing its
                // own measure ("the ministry said at 1030 GMT that it was sending troops": the measure's time, news).
                var (ps, pe) = Clauses.WordBefore(text, s);
                return !Passive.Contains(text.AsSpan(ps, pe - ps)) && !AnnouncesMeasure(text, start);
            }
            else if (ClockSayings.Contains(word) || (venue || issued) && Sayings.Contains(word) || venue && Issuing.Contains(word))
            {
                // "said at a briefing at 10:00", "wrote on his Telegram channel at 15:00", "read on state television at":
                // a verb of saying with where it was said.
                return true;
            }
            else if (issued && Statements.Contains(word) && !(passive && word is "declaration" or "announcement" or "address" or "speech" or "video"))
            {
                // ("The declaration was broadcast at 22:27" is the declaring itself.)
                // "a statement released at 09:30", "a text message sent to reporters at 11 p.m.".
                return true;
            }
            else if (Issuing.Contains(word) && words < 6)
            {
                issued = true;
            }
            else if (issued && Passive.Contains(word) || word is "by" or "the" && words < 6)
            {
                // "the statement was released at 15:30", "was circulated by the Ministry at 23:00": the passive's auxiliary
                // and its agent stand between the statement and its verb.
                passive |= issued && Passive.Contains(word);
                i = s;
                continue;
            }
            else if (s >= 2 && text[s - 1] == '.' && char.IsLetter(text[s - 2]))
            {
                // "spoke to Civil.ge at": the rest of a name with a dot in it.
                i = s - 1;
                continue;
            }
            else if (!(Hearers.Contains(word) || SayingPlaces.Contains(word) || char.IsUpper(word[0]) && words < 6))
            {
                // "at a press briefing at the divisional headquarters at 2 p.m.": where the briefing was held, back to it.
                if (VenueBeforePlace(text, s) is { } venueAt)
                {
                    venue = true;
                    i = venueAt;
                    continue;
                }
                return SpokeWith(text, s);
            }
            venue |= SayingVenues.Contains(word);
            i = s;
        }

        return false;
    }

    [GeneratedRegex(@"^[^;!?]{0,40}?\bthat\s+(?:it|they|we|the\s+\w+)\s+(?:was|were|is|are|had|has|have|would|will)\s+(?:now\s+|be\s+|been\s+)?(?:order|send|sent|suspend|clos(?:e|es|ed|ing)\b|evacuat|deploy|impos|withdr|launch|declar|halt|cancel|recall|expel|shut|lift|reopen|seal|ban|restrict|mobili[sz])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex MeasureAnnounced();

    /// <summary>"said at 1030 EST that it was ordering staff out": the speaker announcing a measure of its own.</summary>
    private static bool AnnouncesMeasure(string text, int start)
    {
        var to = Math.Min(text.Length, start + 160);
        var after = text.AsSpan(start, to - start);
        return after.Contains("that", StringComparison.OrdinalIgnoreCase) && MeasureAnnounced().IsMatch(after);
    }

    /// <summary>
    /// The start of a venue of saying right before a place phrase that ends at <paramref name="end"/>: "a briefing at the
    /// divisional headquarters", "a news conference in the northern city": the phrase opens with "at", "in" or
    /// "outside" at most four words back and the word before it is a venue (<see cref="SayingVenues"/>). Null otherwise.
    /// </summary>
    private static int? VenueBeforePlace(string text, int end)
    {
        var i = end;
        for (var words = 0; words < 5; words++)
        {
            var (s, e) = Clauses.WordBefore(text, i);
            if (s == e) return null;
            var word = text.AsSpan(s, e - s);
            if (word is "at" or "in" or "outside")
            {
                var (vs, ve) = Clauses.WordBefore(text, s);
                return vs < ve && SayingVenues.Contains(text.AsSpan(vs, ve - vs)) ? vs : null;
            }
            if (Sayings.Contains(word) || Issuing.Contains(word) || char.IsAsciiDigit(word[0])) return null;
            i = s;
        }

        return null;
    }

    /// <summary>
    /// "I spoke with the head of the district at", "we talked to a relative of the detainee at": the writer's own
    /// conversation while reporting. Someone else's ("the minister spoke to his counterpart by phone at 09:30") is news.
    /// </summary>
    private static bool SpokeWith(string text, int end)
    {
        var i = end;
        for (var words = 0; words < 7; words++)
        {
            var (s, e) = Clauses.WordBefore(text, i);
            if (s == e) return false;
            var word = text.AsSpan(s, e - s);
            if (word is "with" or "to")
            {
                var (vs, ve) = Clauses.WordBefore(text, s);
                var (ws, we) = Clauses.WordBefore(text, vs);
                if ((ClockSayings.Contains(text.AsSpan(vs, ve - vs)) || text.AsSpan(vs, ve - vs) is "talked")
                    && text.AsSpan(ws, we - ws) is "I" or "We" or "we")
                    return true;
            }
            if (Sayings.Contains(word) || Issuing.Contains(word) || char.IsAsciiDigit(word[0])) return false;
            i = s;
        }

        return false;
    }

    // Verbs of saying whose clock right after them ("said at 9 a.m.") is the time of saying.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SaidAt = new[]
    {
        "said", "says", "added", "stated", "noted", "insisted", "warned", "wrote", "tweeted", "told",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Passive = new[]
    {
        "was", "were", "is", "are", "been", "be",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // What puts a statement out: "a statement released at", "the update was posted at", "read on state television at".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Issuing = new[]
    {
        "released", "issued", "published", "sent", "read", "gave", "given", "delivered", "broadcast", "aired", "circulated",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // What is said: the nouns a verb of issuing puts out.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Statements = new[]
    {
        "statement", "communique", "communiqué", "message", "update", "bulletin", "notice", "briefing", "release", "note", "text",
        "post", "video", "address", "speech", "remarks", "declaration", "announcement", "report", "information",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Where or how something was said, which makes a clock after it the time of saying: "said at a briefing at".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SayingVenues = new[]
    {
        "briefing", "conference", "interview", "address", "speech", "remarks", "statement", "channel", "account", "post", "broadcast",
        "television", "radio", "tv",
        // "wrote on X at 11:30 that", "posted on Telegram at 7 a.m.": the platform it was said on.
        "x", "twitter", "telegram", "facebook", "instagram", "whatsapp", "tiktok", "youtube", "threads", "bluesky", "truth", "social", "media",
        "website", "platform",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a date is context: written as such ("since May 2", a dateline, a schedule) or history far from the story's timeline.</summary>
    public static bool IsContext(Mention date) => date.IsBackgroundDate || date.Background;

    /// <summary>How many days before the story's last timed key time a date written without a clock is history.</summary>
    internal const int HistoryDays = 5;

    /// <summary>
    /// The story's key times: every timed candidate, then each day-only mention whose day no timed key time covers
    /// (in UTC or in the story's own zone: "7:58 a.m. (2358 GMT Tuesday)" on Wednesday in Taipei covers Wednesday) and
    /// that is not more than <see cref="HistoryDays"/> before the last timed one, sorted into text order and each instant once. <paramref name="describe"/> builds a day's key time, only for
    /// the days chosen.
    /// </summary>
    public static List<KeyTime> Choose(
        List<Candidate> timed,
        List<DayMention> days,
        TimeZoneInfo? mainZone,
        List<KeyTimeSite> sites,
        Deadline deadline,
        Func<DayMention, Candidate> describe)
    {
        // Days already covered, as sets: asking every key time for every date-only mention was quadratic.
        var coveredDays = timed.Select(k => k.Local).ToHashSet();
        var mainZoneDays = mainZone is null ? null : timed.Select(k => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(k.Key.Utc, mainZone).DateTime)).ToHashSet();
        var chosen = new List<Candidate>(timed);
        // The day something was said ("the ministry said on Tuesday") is a key time only when the story gives no other.
        var sayingOnly = timed.Count == 0 && days.All(d => d.Mention.Saying || d.Mention.Used || d.Mention.IsBackgroundDate);
        // The story's last timed day: a day without a clock well before it is history the story cites ("the port was last
        // struck on March 2", "a similar attack on 11 October"), not one of its events.
        var latest = timed.Count == 0 ? (DateOnly?)null : timed.Max(k => k.Local);
        foreach (var day in days)
        {
            deadline.Check();
            if (day.Mention.Used || day.Mention.IsBackgroundDate || (day.Mention.Saying && !sayingOnly)) continue;
            if (latest is { } last && day.Date.DayNumber < last.DayNumber - HistoryDays
                && day.Mention is { Kind: MentionKind.Date } or { Kind: MentionKind.Relative, Relative: RelativeKind.Weekday }) continue;
            if (coveredDays.Contains(day.Date)) continue;
            if (mainZoneDays is not null && mainZoneDays.Contains(day.Date)) continue;
            chosen.Add(describe(day));
            coveredDays.Add(day.Date);
        }

        chosen.Sort((a, b) => a.Site.Paragraph != b.Site.Paragraph ? a.Site.Paragraph.CompareTo(b.Site.Paragraph) : a.Site.Position.CompareTo(b.Site.Position));
        var result = new List<KeyTime>(chosen.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _, site) in chosen)
        {
            if (!seen.Add(key.UtcText)) continue;
            result.Add(key);
            sites.Add(site);
        }

        return result;
    }
}
