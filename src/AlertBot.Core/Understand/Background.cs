using System.Text.RegularExpressions;

namespace AlertBot.Core.Understand;

/// <summary>
/// Dates a story cites for context rather than as its events: the day an agreement was made or began ("a ceasefire
/// that took effect on 27 November 2024", "the truce agreed on 12 August", "under the 2015 accord signed on 12
/// February"). A date counts as such when an agreement's noun stands before it in the same clause, within a few
/// words, with the verb of its making or starting between them and no other date after that verb.
/// </summary>
internal static partial class Background
{
    private static readonly string[] Agreements = ["ceasefire", "cease-fire", "truce", "accord", "agreement", "deal", "treaty", "pact", "armistice", "memorandum"];

    private static readonly string[] Makings = ["took effect", "came into force", "began", "started", "agreed", "signed", "reached", "brokered", "struck", "announced", "declared", "concluded"];

    [GeneratedRegex(@"\b(?:(?:summer|winter|standard)\s+time|daylight[\s-]sav(?:ing|ings)(?:\s+time)?|clocks?\s+(?:(?:in|across|throughout)\s+(?:the\s+)?[\w-]+\s+)?(?:go|goes|went|are|were|will\s+be|moves?|moved|changes?|changed|turns?|turned|springs?|sprang|falls?|fell)\b|\b(?:moves?|moved|puts?|sets?|turns?|turned|changes?|changed)\s+(?:its|their|the)\s+clocks?\s+(?:forward|back|ahead|backward)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex ClockChangeWords();

    [GeneratedRegex(@"\b(?:originally|initially|previously|first)\s+(?:been\s+)?(?:scheduled|planned|due|set|expected|timed)\b[^.;,]{0,40}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex SupersededLeadIn();

    /// <summary>
    /// The time a clock change takes effect ("clocks go forward at 03:00 tonight", "moves to summer time at midnight"):
    /// the change's words within a few words of the clock, with nothing relating the two ("at 0210, an hour before the
    /// clocks moved forward" is an event).
    /// </summary>
    private static ReadOnlySpan<char> OffsetOnly(ReadOnlySpan<char> between)
    {
        var open = between.IndexOf('(');
        if (open < 0) return between;
        var close = between[open..].IndexOf(')');
        if (close < 0 || close > 12) return between;
        var inside = between.Slice(open + 1, close - 1).Trim();
        if (!(inside.StartsWith("UTC") || inside.StartsWith("GMT")) || inside.Length > 9) return between;
        return string.Concat(between[..open], between[(open + close + 1)..]);
    }

    public static bool IsClockChange(string text, int start, int end)
    {
        var from = Math.Max(0, start - 60);
        var to = Math.Min(text.Length, end + 60);
        // Most clocks have no such words near them: a plain search first, the pattern only where one may be.
        var near = text.AsSpan(from, to - from);
        if (!near.Contains("time", StringComparison.OrdinalIgnoreCase) && !near.Contains("clock", StringComparison.OrdinalIgnoreCase)
            && !near.Contains("daylight", StringComparison.OrdinalIgnoreCase))
            return false;
        foreach (var (s, e) in (ReadOnlySpan<(int, int)>)[(from, start), (end, to)])
        {
            var around = text.AsSpan(s, e - s);
            foreach (var m in ClockChangeWords().EnumerateMatches(around))
            {
                var between = s == from ? around[(m.Index + m.Length)..] : around[..m.Index];
                // "All clear at 05:12 (clocks went back one hour at 04:00)": a bracket sets the note apart from the clock.
                // "returns to winter time (UTC+2) at 04:00": a bracket that only gives the new offset is part of the note.
                if (OffsetOnly(between) is var plain && plain.IndexOfAny(".;()") < 0 && !Relates(plain))
                    return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:CANCEL(?:LED)?\s+THIS\s+(?:MSG|MESSAGE)|CNL\s+THIS\s+MSG)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex CancelThisMessage();

    /// <summary>"2. CANCEL THIS MSG 191100Z AUG 25": when a navigational warning lapses, an administrative time, not an event.</summary>
    public static bool IsMessageExpiry(string text, int start)
    {
        var from = Math.Max(0, start - 30);
        return CancelThisMessage().IsMatch(text.AsSpan(from, start - from));
    }

    [GeneratedRegex(@"\b(?:(?:in|over|during)\s+the\s+(?:past\s+|last\s+|previous\s+|preceding\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:hours?|days?|weeks?)\s+(?:to|until|till|up\s+to|ending(?:\s+at)?)|(?:covers?|covering)\s+the\s+(?:reporting\s+)?period(?:\s+(?:from|between))?|reporting\s+period(?:\s+(?:from|between))?)\s+(?:about\s+|around\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex ReportingWindowLeadIn();

    /// <summary>
    /// The end of a window a count is given for ("detected 71 aircraft in the 24 hours to 6 a.m.") or a report's period
    /// ("it covers the period from 10 to 14 June"): when the counting stopped, not an event.
    /// </summary>
    public static bool IsReportingWindow(string text, int start) => LeadInBefore(text, start, 60, ReportingWindowLeadIn(), ["period", "hour", "day", "week"]);

    [GeneratedRegex(@"\b(?:tracked|detected|recorded|counted|registered|logged|monitored|spotted|sighted)\s+(?:a\s+total\s+of\s+|some\s+|about\s+|at\s+least\s+)?\d+\b[^.;:]{0,80}?\s(?:between|from)\s+(?:about\s+|around\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex CountedOverLeadIn();

    /// <summary>
    /// "tracked 23 aircraft around Taiwan between 6 a.m. Friday and 6 a.m. Saturday": a count over a day's window (the
    /// caller checks that the range runs from a clock to the same clock), when the counting began, not an event.
    /// </summary>
    public static bool IsCountedOver(string text, int start) => LeadInBefore(text, start, 120, CountedOverLeadIn(), ["between", "from"]);

    [GeneratedRegex(@"\b(?:next|following)\s+(?:scheduled\s+|regular\s+)?(?:update|report|briefing|bulletin|sitrep|situation\s+report|flash\s+update|edition|issue|press\s+conference)\b[^.;]{0,40}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex NextUpdateLeadIn();

    /// <summary>"Next scheduled update: Wednesday 09:00", "next report on 5 March": when the report comes again, no event.</summary>
    public static bool IsNextUpdate(string text, int start) => LeadInBefore(text, start, 70, NextUpdateLeadIn(), ["next", "following"]);

    [GeneratedRegex(@"\b(?:previous|prior|earlier)\s+(?!(?:on|in|at|that|this|today|tonight|the|day|days|evening|night|morning|afternoon|week|weeks|hours?|minutes?|year|month|time|times|as|and|than)\b)[a-z]{3,}\b[^.;!?]{0,50}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex EarlierEpisodeLeadIn();

    /// <summary>
    /// "Previous demonstrations on March 27 drew thousands", "Previous incidents in this area: … (30 JAN 26)", "an earlier
    /// attack on 3 May": the day of another, earlier episode the story cites, not of its own events.
    /// </summary>
    public static bool IsEarlierEpisode(string text, int start) => LeadInBefore(text, start, 80, EarlierEpisodeLeadIn(), ["previous", "prior", "earlier"]);

    [GeneratedRegex(@"\bsince\s+(?:[\p{L}'’-]+\s+){1,4}(?:began|begun|started|erupted|broke\s+out|took\s+effect|came\s+into\s+force|(?:was|were)\s+(?:launched|signed|declared|imposed|founded|introduced))\s+(?:on\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex SinceStartLeadIn();

    /// <summary>
    /// "the 31st such strike since the campaign began on Sept. 2, 2025", "since the curfew was imposed on 3 May": the
    /// start of what the story counts from, not one of its events.
    /// </summary>
    public static bool IsSinceStart(string text, int start) => LeadInBefore(text, start, 80, SinceStartLeadIn(), ["since"]);

    /// <summary>
    /// Whether a lead-in pattern ends the <paramref name="span"/> characters before a mention; a plain search for one of
    /// the pattern's <paramref name="words"/> first, so most mentions never run it.
    /// </summary>
    private static bool LeadInBefore(string text, int start, int span, Regex leadIn, ReadOnlySpan<string> words)
    {
        var from = Math.Max(0, start - span);
        var before = text.AsSpan(from, start - from);
        foreach (var word in words)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase))
                return leadIn.IsMatch(before);
        }

        return false;
    }

    /// <summary>A time a plan had before it changed ("originally scheduled to depart at 23:10"): not what happens.</summary>
    public static bool IsSuperseded(string text, int start)
    {
        var from = Math.Max(0, start - 80);
        var before = text.AsSpan(from, start - from);
        // "originally", "initially", "previously", "first": a plain search before the pattern.
        return (before.Contains("ly ", StringComparison.Ordinal) || before.Contains("first", StringComparison.OrdinalIgnoreCase))
               && SupersededLeadIn().IsMatch(before);
    }

    private static bool Relates(ReadOnlySpan<char> between)
    {
        foreach (var word in (ReadOnlySpan<string>)["before", "after", "since", "until", "when", "as "])
        {
            if (between.Contains(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    public static bool IsAgreementDate(string text, int start)
    {
        var from = Math.Max(0, start - 80);
        var before = text.AsSpan(from, start - from);
        var clause = before.LastIndexOfAny('.', ';');
        if (clause >= 0)
            before = before[(clause + 1)..];
        var noun = -1;
        foreach (var a in Agreements)
            noun = Math.Max(noun, before.LastIndexOf(a, StringComparison.OrdinalIgnoreCase));
        if (noun < 0)
            return false;
        // The making verb is the one this date belongs to: nothing dated stands between them ("the truce agreed on 12
        // February broke on March 3": March 3 is the breaking, an event).
        var between = before[noun..];
        foreach (var m in Makings)
        {
            var at = between.LastIndexOf(m, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && between[(at + m.Length)..].IndexOfAnyInRange('0', '9') < 0)
                return true;
        }

        return false;
    }
}
