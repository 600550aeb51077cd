using System.Collections.Frozen;
using System.Text.RegularExpressions;

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

/// <summary>Finds clock times, dates and relative days in text. Generated regexes; no per-call construction.</summary>
internal static partial class TimeMentions
{
    // Capitalised as in prose, or in capitals as maritime and military notices write them ("DATE: 27 JUN 2024").
    private const string MonthNames = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
        + "|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?";

    [GeneratedRegex(
        @"\G(?<![\w])(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+(?:the\s+)?)?" +
        @"(?:(?<mon>" + MonthNames + @")\.?\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)(?:,?\s+(?<year>(?:19|20)\d\d)(?!\d))?" +
        @"|(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + MonthNames + @")\.?(?:,?\s+(?<year>(?:19|20)\d\d)(?!\d))?" +
        @"|(?<iy>(?:19|20)\d\d)-(?<im>[01]\d)-(?<id>[0-3]\d)(?![\d-])" +
        @"|(?<sa>[0-3]?\d)/(?<sb>[0-3]?\d)/(?<sy>(?:19|20)\d\d)(?![\d/])" +
        @"|(?<da>[0-3]?\d)\.(?<ma>[01]?\d)\.(?<ya>(?:19|20)\d\d)(?![\d.]\d))",
        RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex DateRegex();

    [GeneratedRegex(
        @"\G(?<![\w])(?<d>[0-3]\d)(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)(?<z>[A-IK-Z])\s?(?<mon>(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))\s?(?<y>\d\d(?:\d\d)?)(?!\w)",
        RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex DtgRegex();

    // "190000Z TO 191000Z AUG 25": the first time of a warning's range writes no month; the range's end gives it.
    [GeneratedRegex(
        @"\G(?<![\w])(?<d>[0-3]\d)(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)(?<z>[A-IK-Z])(?=\s*(?:TO|-|–)\s*[0-3]\d(?:[01]\d|2[0-3])[0-5]\d[A-IK-Z]\s?(?<mon>(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))\s?(?<y>\d\d(?:\d\d)?)(?!\w))",
        RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex DtgRangeStartRegex();

    [GeneratedRegex(
        @"\G(?:(?<=\dT)|(?<![\w:.,/$£€+-]))(?:" +
        @"(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?::[0-5]\d)?(?:\s?(?<ap>[ap]\.\s?m\.|[ap]m\b|[AP]\.M\.|[AP]M\b))?" +
        @"|(?<h>1[0-2]|0?[1-9])(?:\s?(?<ap>[ap]\.\s?m\.|[ap]m\b|[AP]\.M\.|[AP]M\b))" +
        @"|(?<h>1[0-2]|0?[1-9])\.(?<m>[0-5]\d)\s?(?<ap>[ap]\.\s?m\.|[ap]m\b|[AP]\.M\.|[AP]M\b)" +
        @"|(?<h>[01]?\d|2[0-3])\.(?<m>[0-5]\d)(?![\d.,]\d)" +
        @"|(?<h>1[0-2]|0?[1-9])\s(?<ap>o'clock)" +
        @"|(?<h>[01]?\d|2[0-3])h(?<m>[0-5]\d)(?!\w)" +
        @"|(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)(?!\d|,\d)(?:(?<mil>[A-IK-Z])\b)?" +
        @"|(?<noon>noon|midday|midnight)(?!\w))",
        RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex ClockRegex();

    [GeneratedRegex(
        @"\G(?<![\w])(?:(?:(?<mod>late|early|last|next|this)\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?(?![\w])" +
        @"|(?<rel>(?:earlier|later|early|late)\s+(?:today|yesterday)|today|tonight|this\s+(?:morning|afternoon|evening)|the\s+day\s+before\s+yesterday|yesterday|last\s+night|tomorrow|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night))(?![\w]))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex RelativeRegex();

    [GeneratedRegex(@"(?:\b(?:since|until|till|before|from|as\s+of|as\s+early\s+as|dating\s+back\s+to|ended\s+on|signed\s+on|founded\s+on|established\s+on)|\bin\s+the\s+(?:years|months|weeks)\s+(?:since|before))\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BackgroundLeadIn();

    // A day of this week after these is where a state began, in the past ("fighting since Sunday"); after "until" or
    // "from" it bounds a measure ("flights suspended until Friday", "waters closed from Wednesday"), which is news.
    [GeneratedRegex(@"(?:\b(?:since|as\s+of|as\s+early\s+as|dating\s+back\s+to)|\bin\s+the\s+(?:days|weeks)\s+since)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex RelativeBackgroundLeadIn();

    [GeneratedRegex(@"\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom|[Bb]etween)\s+(?:approximately\s+|about\s+|around\s+|roughly\s+)?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ClockLeadIn();

    [GeneratedRegex(@"\b(?:(?:[Aa]t|[Ff]rom)\s+(?:approximately\s+|about\s+|around\s+|roughly\s+)?|(?:around|about|approximately)\s+)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AtLeadIn();

    private static int MonthOf(ReadOnlySpan<char> name)
    {
        Span<char> u = stackalloc char[3];
        for (var i = 0; i < 3; i++) u[i] = char.ToLowerInvariant(name[i]);
        return u switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
        };
    }

    private static readonly System.Buffers.SearchValues<char> CandidateStarts =
        System.Buffers.SearchValues.Create("0123456789ADEFJLMNOSTWYelmnty");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordPrefixes =
        new[]
        {
            "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July", "Aug", "August",
            "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December",
            "Mon", "Monday", "Tue", "Tues", "Tuesday", "Wed", "Wednesday", "Thu", "Thur", "Thurs", "Thursday", "Fri", "Friday",
            "Sat", "Saturday", "Sun", "Sunday", "early", "earlier", "late", "later", "last", "today", "tonight", "this", "the",
            "yesterday", "tomorrow", "next", "noon", "midday", "midnight",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Appends the mentions in <paramref name="text"/> to <paramref name="into"/>, in text order. One left-to-right
    /// pass: only word starts that can begin a time expression (a digit, a month, a weekday, a relative-day word)
    /// run the anchored patterns, so the cost grows with candidates rather than with every character.
    /// </summary>
    public static void Find(string text, int paragraph, List<Mention> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            var j = text.AsSpan(i).IndexOfAny(CandidateStarts);
            if (j < 0) break;
            i += j;
            var c = text[i];
            var prev = i == 0 ? ' ' : text[i - 1];
            var digit = char.IsAsciiDigit(c);
            var wordStart = !char.IsLetterOrDigit(prev) || (digit && prev == 'T' && i > 1 && char.IsAsciiDigit(text[i - 2]));
            var end = -1;
            if (wordStart)
            {
                if (digit)
                {
                    var run = text.AsSpan(i).IndexOfAnyExceptInRange('0', '9');
                    if (run < 0) run = text.Length - i;
                    var next = i + run < text.Length ? text[i + run] : ' ';
                    if (run >= 6 && char.IsAsciiLetter(next) || run == 6 && next == ' ') end = TryDtg(text, i, paragraph, into);
                    if (end < 0 && (run <= 2 && (next == '/' || MonthFollows(text, i + run) || DottedDateFollows(text, i + run)) || run == 4 && next == '-')) end = TryDate(text, i, paragraph, into);
                    if (end < 0 && (run is 1 or 2 && ClockFollows(text, i + run) || run == 4 && MilitaryClockFollows(text, i))) end = TryClock(text, i, paragraph, into);
                }
                else if (MayStartTimeWord(text, i) && !IsPlainThe(text, i) && WordPrefixes.Contains(WordAt(text.AsSpan(i))))
                {
                    if (char.IsUpper(c)) end = TryDate(text, i, paragraph, into);
                    if (end < 0) end = TryRelative(text, i, paragraph, into);
                    if (end < 0 && c is 'n' or 'm') end = TryClock(text, i, paragraph, into);
                }
            }
            if (end > i)
            {
                i = end;
                continue;
            }
            // skip the rest of this word or number
            i++;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                // "2023-11-13T15:30Z": the clock starts right after the T
                if (char.IsAsciiDigit(text[i]) && text[i - 1] == 'T' && i > 1 && char.IsAsciiDigit(text[i - 2])) break;
                i++;
            }
        }
    }

    /// <summary>After a day number: ".MM.YYYY" ("26.01.2025").</summary>
    private static bool DottedDateFollows(string text, int j) =>
        j + 7 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1]) && text.AsSpan(j + 1, Math.Min(8, text.Length - j - 1)).IndexOf('.') is 1 or 2;

    /// <summary>After a day number: an ordinal suffix, spaces, maybe "of", then a capital (the month).</summary>
    private static bool MonthFollows(string text, int j)
    {
        while (j < text.Length && char.IsAsciiLetterLower(text[j]) && j < text.Length) j++;
        if (j >= text.Length || !char.IsWhiteSpace(text[j])) return false;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        if (text.AsSpan(j).StartsWith("of ", StringComparison.Ordinal)) j += 3;
        return j < text.Length && char.IsAsciiLetterUpper(text[j]);
    }

    /// <summary>
    /// A four-digit number is worth the clock pattern only when a zone, "hrs", "local" or a letter follows,
    /// or when it cannot be a year and "at/by/until…" comes before it. Years are the commonest numbers in news.
    /// </summary>
    private static bool MilitaryClockFollows(string text, int i)
    {
        var j = i + 4;
        if (j < text.Length && char.IsAsciiLetterUpper(text[j])) return true; // 0412Z
        while (j < text.Length && text[j] == ' ') j++;
        if (j < text.Length && (char.IsAsciiLetterUpper(text[j]) || text[j] is 'h' or 'l' or '(')) return true;
        var year = text[i] is '1' && text[i + 1] == '9' || text[i] is '2' && text[i + 1] == '0';
        return !year && ClockLeadIn().IsMatch(text.AsSpan(Math.Max(0, i - 30), Math.Min(30, i))) || ZonedRangeFollows(text, i + 4);
    }

    /// <summary>
    /// "0700 to 2200 GMT", "0800–1700 local": a four-digit number that opens a range whose other end carries the zone
    /// is a clock too (years do not run "to 2200 GMT").
    /// </summary>
    private static bool ZonedRangeFollows(string text, int j)
    {
        while (j < text.Length && text[j] == ' ') j++;
        if (j < text.Length && text[j] is '–' or '-' or '—') j++;
        else if (text.AsSpan(j).StartsWith("to ", StringComparison.Ordinal) || text.AsSpan(j).StartsWith("and ", StringComparison.Ordinal)) j = text.IndexOf(' ', j) + 1;
        else return false;
        while (j < text.Length && text[j] == ' ') j++;
        if (j + 4 > text.Length || text.AsSpan(j, 4).IndexOfAnyExceptInRange('0', '9') >= 0 || j + 4 < text.Length && char.IsAsciiDigit(text[j + 4]))
            return false;
        if (Two(text, j) > 23 || Two(text, j + 2) > 59)
            return false;
        var (zone, _, hrs) = ParseZone(text, j + 4);
        return zone.Kind != ZoneKind.None || hrs;
    }

    /// <summary>After a one- or two-digit hour: ":MM", ".MMam", "am/pm", "a.m.", "o'clock".</summary>
    private static bool ClockFollows(string text, int j)
    {
        if (j >= text.Length) return false;
        var c = text[j];
        if (c == ':' || c == '.') return j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]);
        if (c == 'h') return j + 2 < text.Length && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2]);
        if (c == ' ' && j + 1 < text.Length) c = text[++j];
        return c is 'a' or 'p' or 'A' or 'P' || text.AsSpan(j).StartsWith("o'clock", StringComparison.Ordinal);
    }

    /// <summary>A two-letter look at a lower-case word before the set look-up: "the", "to", "that" dominate news text.</summary>
    private static bool MayStartTimeWord(string text, int i)
    {
        var c = text[i];
        if (char.IsUpper(c)) return true;
        if (i + 1 >= text.Length) return false;
        var d = text[i + 1];
        return (c, d) switch
        {
            ('t', 'h' or 'o') or ('l', 'a') or ('e', 'a') or ('y', 'e') or ('n', 'e' or 'o') or ('m', 'i') => true,
            _ => false,
        };
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> s)
    {
        var n = 0;
        while (n < s.Length && char.IsAsciiLetter(s[n])) n++;
        return s[..n];
    }

    /// <summary>"the"/"this" not followed by next/following/day/morning…: the commonest word in news, never a time.</summary>
    private static bool IsPlainThe(string text, int i)
    {
        var w = text.AsSpan(i);
        if (!(w.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || w.StartsWith("this ", StringComparison.OrdinalIgnoreCase))) return false;
        var rest = w[(w.IndexOf(' ') + 1)..];
        return !(rest.StartsWith("next", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("following", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("previous", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("preceding", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("day", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("morning", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("afternoon", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("evening", StringComparison.OrdinalIgnoreCase));
    }

    private static int TryDtg(string text, int at, int paragraph, List<Mention> into)
    {
        var m = DtgRegex().Match(text, at);
        if (!m.Success) return TryDtgRangeStart(text, at, paragraph, into);
        var s = text.AsSpan(m.Index, m.Length);
        var yearPart = s[(s.LastIndexOfAnyExceptInRange('0', '9') + 1)..];
        var year = Int(yearPart);
        if (year < 100) year += 2000;
        var monStart = 7 + (char.IsWhiteSpace(s[7]) ? 1 : 0);
        Zones.TryMilitaryLetter(s[6], out var offset);
        var date = new Mention
        {
            Paragraph = paragraph, Start = m.Index, End = m.Index + m.Length, Kind = MentionKind.Date,
            Day = Two(s, 0), Month = MonthOf(s[monStart..]), Year = year,
        };
        if (!ValidDate(date.Year, date.Month, date.Day)) return -1;
        var dt = new Mention
        {
            Paragraph = paragraph, Start = m.Index, End = m.Index + m.Length, Kind = MentionKind.Clock,
            Hour = Two(s, 2), Minute = Two(s, 4), Zone = new ZoneSpec(ZoneKind.Fixed, offset, null, s[6].ToString()),
        };
        dt.Attached = date;
        date.Used = true;
        dt.Dtg = date.Dtg = true;
        into.Add(date);
        into.Add(dt);
        return m.Index + m.Length;
    }

    private static int TryDtgRangeStart(string text, int at, int paragraph, List<Mention> into)
    {
        var m = DtgRangeStartRegex().Match(text, at);
        if (!m.Success || m.Index != at) return -1;
        var year = Int(m.Groups["y"].ValueSpan);
        if (year < 100) year += 2000;
        var date = new Mention
        {
            Paragraph = paragraph, Start = m.Index, End = m.Index + m.Length, Kind = MentionKind.Date,
            Day = Int(m.Groups["d"].ValueSpan), Month = MonthOf(m.Groups["mon"].ValueSpan), Year = year, Used = true, Dtg = true,
        };
        if (!ValidDate(date.Year, date.Month, date.Day)) return -1;
        Zones.TryMilitaryLetter(m.Groups["z"].ValueSpan[0], out var offset);
        var clock = new Mention
        {
            Paragraph = paragraph, Start = m.Index, End = m.Index + m.Length, Kind = MentionKind.Clock, Attached = date, Dtg = true,
            Hour = Int(m.Groups["h"].ValueSpan), Minute = Int(m.Groups["m"].ValueSpan),
            Zone = new ZoneSpec(ZoneKind.Fixed, offset, null, m.Groups["z"].Value),
        };
        into.Add(date);
        into.Add(clock);
        return m.Index + m.Length;
    }

    private static int TryDate(string text, int at, int paragraph, List<Mention> into)
    {
        // EnumerateMatches gives the span without allocating a Match; the span is then read by hand.
        var found = false;
        var index = 0;
        var length = 0;
        foreach (var vm in DateRegex().EnumerateMatches(text, at))
        {
            (found, index, length) = (true, vm.Index, vm.Length);
            break;
        }
        if (!found || index != at) return -1;
        var s = text.AsSpan(index, length);
        var d = new Mention { Paragraph = paragraph, Start = index, End = index + length, Kind = MentionKind.Date };
        var dash = s.IndexOf('-');
        var slash = s.IndexOf('/');
        var dot = char.IsAsciiDigit(s[0]) ? s.IndexOf('.') : -1;
        if (dot > 0 && s[(dot + 1)..].IndexOf('.') > 0)
        {
            // "26.01.2025": day first, as everywhere this form is written.
            var second = dot + 1 + s[(dot + 1)..].IndexOf('.');
            d.Day = Int(s[..dot]);
            d.Month = Int(s[(dot + 1)..second]);
            d.Year = Int(s[(second + 1)..]);
        }
        else if (slash > 0)
        {
            // 13/11/2023 is day-first, 11/13/2023 month-first; when both read as dates, English-language
            // news copy (where this form is common) means month-first.
            var second = s.LastIndexOf('/');
            var a = Int(s[..slash]);
            var b = Int(s[(slash + 1)..second]);
            (d.Month, d.Day) = a > 12 ? (b, a) : (a, b);
            d.EitherWayRound = a is >= 1 and <= 12 && b is >= 1 and <= 12 && a != b;
            d.WrittenDayFirst = a > 12 ? true : b > 12 ? false : null;
            d.Year = Int(s[(second + 1)..]);
        }
        else if (dash == 4 && char.IsAsciiDigit(s[0]))
        {
            d.Year = Int(s[..4]);
            d.Month = Int(s[5..7]);
            d.Day = Int(s[8..10]);
        }
        else
        {
            // Words and numbers in any order the pattern allows: [weekday] month day [year] or day [of] month [year].
            var i = 0;
            while (i < s.Length)
            {
                if (char.IsLetter(s[i]))
                {
                    var j = i;
                    while (j < s.Length && char.IsLetter(s[j])) j++;
                    if (d.Month == 0 && j - i >= 3) d.Month = MonthOf(s[i..j]);
                    i = j;
                }
                else if (char.IsAsciiDigit(s[i]))
                {
                    var j = i;
                    while (j < s.Length && char.IsAsciiDigit(s[j])) j++;
                    if (j - i == 4) d.Year = Int(s[i..j]);
                    else if (d.Day == 0) d.Day = Int(s[i..j]);
                    i = j;
                }
                else
                {
                    i++;
                }
            }
        }
        if (!ValidDate(d.Year == 0 ? 2000 : d.Year, d.Month, d.Day)) return -1;
        d.Background = BackgroundLeadIn().IsMatch(text.AsSpan(Math.Max(0, index - 40), Math.Min(40, index)));
        // "the night of 11 to 12 June", "from 10 to 14 June": the range's first day shares the second's month; the
        // range is its start.
        if (d.Month != 0 && char.IsAsciiDigit(s[0]) && RangeStart(text, index, needsLeadIn: false) is var (startDay, dayAt)
            && startDay < d.Day && ValidDate(d.Year == 0 ? 2000 : d.Year, d.Month, startDay))
        {
            into.Add(new Mention
            {
                Paragraph = paragraph, Start = dayAt, End = d.End, Kind = MentionKind.Date, Year = d.Year, Month = d.Month, Day = startDay,
                Background = BackgroundLeadIn().IsMatch(text.AsSpan(Math.Max(0, dayAt - 40), Math.Min(40, dayAt))),
            });
            d.RangeEnd = true;
        }
        into.Add(d);
        return d.End;
    }

    /// <summary>
    /// "11 to 12 June", "10–14 June", "between 6 and 7 a.m.": the bare number that opens a range written right before
    /// <paramref name="at"/>, and where it stands; with <paramref name="needsLeadIn"/>, only after "between" or "from".
    /// </summary>
    private static (int Value, int At)? RangeStart(string text, int at, bool needsLeadIn)
    {
        var i = at;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i >= 3 && text.AsSpan(i - 3, 3) is "and") i -= 3;
        else if (i >= 2 && text.AsSpan(i - 2, 2) is "to") i -= 2;
        else if (i >= 1 && text[i - 1] is '-' or '–') i--;
        else return null;
        while (i > 0 && text[i - 1] == ' ') i--;
        var end = i;
        while (i > 0 && char.IsAsciiDigit(text[i - 1]) && end - i < 2) i--;
        if (i == end || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '/' or '.' or ':' or ',')))
            return null;
        if (needsLeadIn)
        {
            var lead = text.AsSpan(Math.Max(0, i - 9), i - Math.Max(0, i - 9)).TrimEnd();
            if (!lead.EndsWith("between", StringComparison.OrdinalIgnoreCase) && !lead.EndsWith("from", StringComparison.OrdinalIgnoreCase))
                return null;
        }

        return (Int(text.AsSpan(i, end - i)), i);
    }

    private static int TryRelative(string text, int at, int paragraph, List<Mention> into)
    {
        var m = RelativeRegex().Match(text, at);
        if (!m.Success) return -1;
        var r = new Mention { Paragraph = paragraph, Start = m.Index, End = m.Index + m.Length, Kind = MentionKind.Relative };
        if (m.Groups["wd"].Success)
        {
            var wd = m.Groups["wd"].ValueSpan;
            if (!char.IsUpper(wd[0])) return -1;
            if (NamesAPlace(text, r.End)) return -1;
            r.Relative = RelativeKind.Weekday;
            r.Weekday = (char.ToLowerInvariant(wd[0]), char.ToLowerInvariant(wd[1])) switch
            {
                ('m', _) => DayOfWeek.Monday, ('t', 'u') => DayOfWeek.Tuesday, ('w', _) => DayOfWeek.Wednesday,
                ('t', _) => DayOfWeek.Thursday, ('f', _) => DayOfWeek.Friday, ('s', 'a') => DayOfWeek.Saturday, _ => DayOfWeek.Sunday,
            };
            var mod = m.Groups["mod"].ValueSpan;
            // "the previous Friday", "the preceding Monday": the scan starts at the weekday, so the word before is read here.
            var before = text.AsSpan(0, m.Index).TrimEnd();
            var previous = before.EndsWith(" previous", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" preceding", StringComparison.OrdinalIgnoreCase);
            r.WeekdayDirection = mod.Equals("last", StringComparison.OrdinalIgnoreCase) || previous ? -1
                : mod.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }
        else
        {
            var rel = m.Groups["rel"].ValueSpan;
            if (IsGenericDay(text, m.Index, m.Index + m.Length)) return -1;
            r.Relative =
                rel.Contains("before yesterday", StringComparison.OrdinalIgnoreCase) ? RelativeKind.DayBeforeYesterday
                : rel.Contains("yesterday", StringComparison.OrdinalIgnoreCase) || rel.Contains("last night", StringComparison.OrdinalIgnoreCase) ? RelativeKind.Yesterday
                : rel.Contains("tomorrow", StringComparison.OrdinalIgnoreCase) ? RelativeKind.Tomorrow
                : rel.Contains("previous", StringComparison.OrdinalIgnoreCase) || rel.Contains("preceding", StringComparison.OrdinalIgnoreCase) ? RelativeKind.PreviousDay
                : rel.StartsWith("the", StringComparison.OrdinalIgnoreCase) ? RelativeKind.NextDay
                : RelativeKind.Today;
        }
        r.Background = RelativeBackgroundLeadIn().IsMatch(text.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index)));
        into.Add(r);
        return r.End;
    }

    // Nouns that make "today's …" / "tomorrow's …" the present age, not the day: "in today's world".
    private static readonly FrozenSet<string> AgeNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "world", "society", "age", "era", "generation", "standards", "economy", "youth", "children", "technology", "leaders");

    /// <summary>
    /// "today"/"tomorrow" that is not a day: a name ("USA Today", "VOA Today": capitalised after a capitalised word),
    /// the present age ("the people of tomorrow", "in today's world").
    /// </summary>
    private static bool IsGenericDay(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (!(word.Equals("today", StringComparison.OrdinalIgnoreCase) || word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase)))
            return false;
        var before = text.AsSpan(0, start).TrimEnd(' ');
        var wordBefore = before[(before.LastIndexOf(' ') + 1)..];
        if (char.IsUpper(text[start]) && wordBefore.Length > 0 && char.IsUpper(wordBefore[0]) && char.IsLetter(wordBefore[^1]))
            return true;
        if (wordBefore.Equals("of", StringComparison.OrdinalIgnoreCase))
            return true;
        if (end + 2 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's' && text[end + 2] == ' ')
        {
            var next = text.AsSpan(end + 3);
            var stop = next.IndexOfAnyExceptInRange('a', 'z');
            return AgeNouns.Contains((stop < 0 ? next : next[..stop]).ToString());
        }

        return false;
    }

    private static int TryClock(string text, int at, int paragraph, List<Mention> into)
    {
        var found = false;
        var index = 0;
        var length = 0;
        foreach (var vm in ClockRegex().EnumerateMatches(text, at))
        {
            (found, index, length) = (true, vm.Index, vm.Length);
            break;
        }
        if (!found || index != at) return -1;
        var s = text.AsSpan(index, length);
        var c = new Mention { Paragraph = paragraph, Start = index, Kind = MentionKind.Clock };
        var end = index + length;

        // The pattern has already checked the shape; read it back by hand.
        var noon = char.IsLetter(s[0]);
        var hasMinutes = false;
        var fourDigit = false;
        var dotted = false;
        char military = '\0';
        var apKind = '\0'; // 'a', 'p', or 'o' for o'clock
        if (noon)
        {
            c.Midnight = s.StartsWith("midnight", StringComparison.OrdinalIgnoreCase);
            c.Hour = c.Midnight ? 0 : 12;
        }
        else
        {
            var digits = 0;
            while (digits < s.Length && char.IsAsciiDigit(s[digits])) digits++;
            var pos = digits;
            if (digits == 4)
            {
                fourDigit = hasMinutes = true;
                c.Hour = Two(s, 0);
                c.Minute = Two(s, 2);
                if (s.Length > 4 && char.IsAsciiLetterUpper(s[4])) military = s[4];
            }
            else
            {
                c.Hour = Int(s[..digits]);
                // "14:30", "6.40pm", and the French-style "14h30"
                if (pos + 2 < s.Length && s[pos] is ':' or '.' or 'h' && char.IsAsciiDigit(s[pos + 1]))
                {
                    hasMinutes = true;
                    dotted = s[pos] == '.';
                    c.Minute = Two(s, pos + 1);
                    pos += 3;
                    if (pos < s.Length && s[pos] == ':') pos += 3; // seconds
                }
                var rest = s[Math.Min(pos, s.Length)..].TrimStart();
                if (rest.Length > 0) apKind = char.ToLowerInvariant(rest[0]);
            }
        }

        if (apKind is 'a' or 'p')
        {
            if (c.Hour > 12) return -1;
            c.TwelveHour = true;
            if (apKind == 'p' && c.Hour < 12) c.Hour += 12;
            if (apKind == 'a' && c.Hour == 12) c.Hour = 0;
        }
        else if (apKind == 'o' && c.Hour < 7)
        {
            c.Hour += 12; // "three o'clock" in news is afternoon unless it says morning; rare enough
        }

        if (apKind == '\0' && !noon && !fourDigit && hasMinutes && DayPart(text, end) is var (part, partEnd) and not (null, _))
        {
            // "5:30 in the morning local time", "9:15 in the evening": the part of the day says a.m. or p.m.,
            // and the zone may follow it.
            if (part == "pm" && c.Hour is >= 1 and < 12) c.Hour += 12;
            if (part == "am" && c.Hour == 12) c.Hour = 0;
            end = partEnd;
        }

        if (military == 'L')
        {
            // "0930L": in reports and sitreps, L after a clock is local time (Lima, UTC−11, is the letter's other reading,
            // and no story is told on it).
            c.Zone = new ZoneSpec(ZoneKind.Local);
        }
        else if (military != '\0')
        {
            Zones.TryMilitaryLetter(military, out var off);
            c.Zone = new ZoneSpec(ZoneKind.Fixed, off, null, military.ToString());
        }
        else
        {
            var (zone, zoneEnd, hrs) = ParseZone(text, end);
            c.Zone = zone;
            if (zone.Kind != ZoneKind.None || hrs) end = zoneEnd;
            if ((fourDigit && !hrs || noon) && zone.Kind == ZoneKind.None)
            {
                // A bare four-digit number (or "noon") is a clock only after "at/by/until…" or opening a zoned range
                // ("0700 to 2200 GMT"), and never a year.
                if (fourDigit && c.Hour is 19 or 20 && !ZonedRangeFollows(text, index + 4) && !DayFollows(text, index + 4)) return -1;
                // "at 1500 metres", "by 2000 troops": a quantity, whatever comes before it.
                if (fourDigit && QuantityFollows(text, index + 4)) return -1;
                var leadIn = text.AsSpan(Math.Max(0, index - 30), Math.Min(30, index));
                if (!ClockLeadIn().IsMatch(leadIn) && !(noon && AtLeadIn().IsMatch(leadIn)) && !(fourDigit && ZonedRangeFollows(text, index + 4))) return -1;
                // "by midday", "until midnight", "after noon" with no zone mark a boundary of a state, not an event;
                // "at noon" and "around midday" are one ("shortly after midnight" is a part of the night, no clock), and
                // "from midnight" the start of one.
                if (noon && !AtLeadIn().IsMatch(text.AsSpan(Math.Max(0, index - 30), Math.Min(30, index)))) return -1;
            }
            if (!fourDigit && apKind == '\0' && !noon && !hasMinutes) return -1;
            // "08.15 WIB", "14.00 hrs": a dotted 24-hour clock only with its zone (else "3.14", "12.50 dollars").
            if (dotted && apKind == '\0' && zone.Kind == ZoneKind.None && !hrs) return -1;
        }
        c.End = end;
        // "between 6 and 7 a.m. Moscow time", "from 9 to 11 p.m.": a bare hour opening the range takes the second clock's
        // part of the day and zone; the range is its start.
        if (apKind is 'a' or 'p' && RangeStart(text, index, needsLeadIn: true) is var (startHour, hourAt) && startHour is >= 1 and <= 12)
        {
            var h = startHour % 12 + (apKind == 'p' ? 12 : 0);
            if (h * 60 < c.Hour * 60 + c.Minute)
            {
                into.Add(new Mention { Paragraph = paragraph, Start = hourAt, End = end, Kind = MentionKind.Clock, Hour = h, Zone = c.Zone, TwelveHour = true });
                c.RangeEnd = true;
            }
        }
        into.Add(c);
        return end;
    }

    /// <summary>" in the morning" → ("am", its end); " in the afternoon", " in the evening", " at night" → "pm"; else (null, pos).</summary>
    private static (string? Part, int End) DayPart(string text, int pos)
    {
        var rest = text.AsSpan(pos, Math.Min(24, text.Length - pos));
        foreach (var (words, part) in (ReadOnlySpan<(string, string)>)[(" in the morning", "am"), (" in the afternoon", "pm"), (" in the evening", "pm"), (" at night", "pm")])
        {
            if (rest.StartsWith(words, StringComparison.OrdinalIgnoreCase) && (rest.Length == words.Length || !char.IsLetter(rest[words.Length])))
                return (part, pos + words.Length);
        }

        return (null, pos);
    }

    /// <summary>Reads what follows a clock: "hrs", "Z", "EST", "UTC+3", "(GMT)", "local time", "Kyiv time", "Eastern Time".</summary>
    internal static (ZoneSpec Zone, int End, bool Hrs) ParseZone(string text, int pos)
    {
        var i = SkipSpaces(text, pos);
        var hrs = false;
        var w = WordAt(text, i);
        if (w is "hrs" or "hours" or "hr" or "h" or "HRS" or "Hrs")
        {
            hrs = true;
            pos = i + w.Length;
            i = SkipSpaces(text, pos);
            w = WordAt(text, i);
        }
        var paren = false;
        if (i < text.Length && text[i] == '(')
        {
            paren = true;
            i++;
            w = WordAt(text, i);
        }

        ZoneSpec zone = default;
        var end = i + w.Length;
        if (w.Length == 0)
        {
            return (default, pos, hrs);
        }
        if (w is "local" or "Local")
        {
            zone = new ZoneSpec(ZoneKind.Local);
            var j = SkipSpaces(text, end);
            var next = WordAt(text, j);
            if (next is "time" or "Time")
            {
                end = j + next.Length;
                (zone, end) = LocalTimeIn(text, end, zone);
            }
            else if (next.Length > 0 && char.IsUpper(next[0]))
            {
                // "local Kyiv time"
                var (named, namedEnd) = NamedTime(text, j);
                if (named is not null)
                {
                    zone = new ZoneSpec(ZoneKind.Named, 0, named, null);
                    end = namedEnd;
                }
            }
        }
        else if (w is "Zulu")
        {
            zone = ZoneSpec.Utc with { Abbreviation = "Z" };
        }
        else if (Zones.TryAbbreviation(w, out var abbr))
        {
            zone = abbr;
            if (abbr.Kind == ZoneKind.Fixed && end < text.Length && (text[end] == '+' || text[end] == '-' || text[end] == '−'))
            {
                var (off, offEnd) = ParseOffset(text, end);
                if (offEnd > end)
                {
                    zone = new ZoneSpec(ZoneKind.Fixed, off, null, text[i..offEnd]);
                    end = offEnd;
                }
            }
            // "EST time" is still EST
            var j = SkipSpaces(text, end);
            if (WordAt(text, j) is "time") end = j + 4;
        }
        else if (w.Length > 0 && (char.IsUpper(w[0]) || w is "eastern" or "central" or "mountain" or "pacific"))
        {
            var (named, namedEnd) = NamedTime(text, i);
            if (named is not null)
            {
                zone = new ZoneSpec(ZoneKind.Named, 0, named, null);
                end = namedEnd;
            }
        }

        if (zone.Kind == ZoneKind.None) return (default, pos, hrs);
        if (paren)
        {
            if (end < text.Length && text[end] == ')') end++;
            else return (default, pos, hrs);
        }
        return (zone, end, hrs);
    }

    /// <summary>"Kyiv time", "Eastern Standard Time", "Moscow time", "Central European Summer Time" starting at <paramref name="i"/>.</summary>
    /// <summary>
    /// "local time in Anchorage", "local time in Rzeszów": the place names the zone when the gazetteer knows
    /// it; either way the clock's span takes the place in, so a date right after it ("… in Rzeszów on March
    /// 30, 2025") still belongs to the clock. An unknown place leaves the story's own local zone.
    /// </summary>
    private static (ZoneSpec Zone, int End) LocalTimeIn(string text, int end, ZoneSpec local)
    {
        var i = SkipSpaces(text, end);
        if (WordAt(text, i) is not "in") return (local, end);
        var start = SkipSpaces(text, i + 2);
        Span<int> ends = stackalloc int[3];
        var words = 0;
        for (var j = start; words < ends.Length; j = SkipSpaces(text, ends[words - 1]))
        {
            var w = WordAt(text, j);
            if (w.Length == 0 || !char.IsUpper(w[0])) break;
            ends[words++] = j + w.Length;
        }
        if (words == 0) return (local, end);
        // The longest run of capitalised words the gazetteer knows ("New York"), else the run as written.
        for (var n = words; n > 0; n--)
        {
            if (Gazetteer.TimeZoneOfPlace(text.AsSpan(start, ends[n - 1] - start)) is { } id)
                return (new ZoneSpec(ZoneKind.Named, 0, id, null), ends[n - 1]);
        }
        return (local, ends[words - 1]);
    }

    private static (string? ZoneId, int End) NamedTime(string text, int i)
    {
        // Up to three capitalised words, optionally "Standard"/"Daylight"/"Summer", then "time"/"Time"; the US zones
        // also in lower case, as US government notices write them ("12:01 a.m. eastern daylight time").
        var j = i;
        var nameEnd = i;
        var lower = char.IsLower(text[i]);
        for (var k = 0; k < 4; k++)
        {
            var w = WordAt(text, j);
            if (w.Length == 0) return (null, i);
            if (w is "time" or "Time")
            {
                if (nameEnd == i) return (null, i);
                var name = text.AsSpan(i, nameEnd - i);
                var id = lower ? Zones.NamedZone(char.ToUpperInvariant(name[0]) + name[1..].ToString()) : Zones.NamedZone(name);
                return id is null ? (null, i) : (id, j + w.Length);
            }
            if (lower ? w is not ("eastern" or "central" or "mountain" or "pacific" or "standard" or "daylight") : !char.IsUpper(w[0])) return (null, i);
            if (w is not ("Standard" or "Daylight" or "Summer" or "standard" or "daylight")) nameEnd = j + w.Length;
            j = SkipSpaces(text, j + w.Length);
        }
        return (null, i);
    }

    private static (int Minutes, int End) ParseOffset(string text, int i)
    {
        var sign = text[i] == '+' ? 1 : -1;
        var j = i + 1;
        var digits = 0;
        var value = 0;
        while (j < text.Length && char.IsAsciiDigit(text[j]) && digits < 4)
        {
            value = value * 10 + (text[j] - '0');
            j++;
            digits++;
        }
        if (digits == 0) return (0, i);
        int hours, minutes = 0;
        if (digits <= 2)
        {
            hours = value;
            if (j + 2 < text.Length && text[j] == ':' && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2]))
            {
                minutes = (text[j + 1] - '0') * 10 + (text[j + 2] - '0');
                j += 3;
            }
        }
        else
        {
            hours = value / 100;
            minutes = value % 100;
        }
        if (minutes > 59 || hours * 60 + minutes > 14 * 60) return (0, i);
        return (sign * (hours * 60 + minutes), j);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\u00A0')) i++;
        return i;
    }

    /// <summary>"Monday Market", "Friday Mosque", "Sunday Times": a weekday that opens a name is no day.</summary>
    private static bool NamesAPlace(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1])) return false;
        return WordAt(text, end + 1) is "Market" or "Mosque" or "Street" or "Road" or "Square" or "Bazaar" or "Camp" or "Club" or "Group"
            or "Times" or "Post" or "Herald" or "Telegraph" or "Express" or "Mirror";
    }

    /// <summary>"until 2000 Saturday", "at 1930 tonight": a day word after it makes a 19xx/20xx number a clock (no year is followed by one).</summary>
    private static bool DayFollows(string text, int j)
    {
        var i = SkipSpaces(text, j);
        if (i == j) return false;
        var word = WordAt(text, i);
        if (word is "on") word = WordAt(text, SkipSpaces(text, i + 2));
        return word is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "tonight" or "today" or "tomorrow";
    }

    /// <summary>
    /// Units after a number: "1500 metres", "2000 ft", "1800 km". Counted nouns are not among them: "by 0720 troops had
    /// regained control" is a clock, and "by 1200 troops" could be either.
    /// </summary>
    private static readonly FrozenSet<string> QuantityWords = new[]
    {
        "m", "metres", "meters", "metre", "meter", "km", "kilometres", "kilometers", "ft", "feet", "foot", "mi", "miles", "nm",
        "nautical", "kg", "kilograms", "tonnes", "tons", "t", "litres", "liters", "barrels", "bpd", "mw", "MW", "kW", "kv", "kV",
        "dollars", "euros", "hectares", "acres",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool QuantityFollows(string text, int j)
    {
        var i = SkipSpaces(text, j);
        if (i == j && i < text.Length && text[i] != 'm' && text[i] != 'k') return false; // "1500m", "1800km" run on; "0412Z" does not
        var word = WordAt(text, i);
        return word.Length > 0 && (i + word.Length == text.Length || !char.IsAsciiDigit(text[i + word.Length])) && QuantityWords.Contains(word.ToString());
    }

    private static ReadOnlySpan<char> WordAt(string text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        return text.AsSpan(i, j - i);
    }


    private static bool ValidDate(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && y is >= 1900 and <= 2100 && d <= DateTime.DaysInMonth(y, m);

    private static int Two(ReadOnlySpan<char> s, int at) => (s[at] - '0') * 10 + (s[at + 1] - '0');

    private static int Int(ReadOnlySpan<char> s)
    {
        var v = 0;
        foreach (var ch in s) v = v * 10 + (ch - '0');
        return v;
    }
}
