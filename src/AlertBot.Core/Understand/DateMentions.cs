using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static AlertBot.Core.Understand.MentionText;

namespace AlertBot.Core.Understand;

/// <summary>Reads dates: written-out and numeric dates, military date-time groups, and the day ranges that open with a bare number. Generated regexes; no per-call construction.</summary>
internal static partial class DateMentions
{
    // Capitalised as in prose, or in capitals as maritime and military notices write them ("DATE: 27 JUN 2024").
    private const string MonthNames = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
        + "|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?";

    // French, Spanish, Portuguese, Italian and German month names, written after the day ("11 de setembro de 2026",
    // "1er mars 2026", "19 de abril", "3 ottobre 2026", "12 März 2026").
    private const string ForeignMonthNames = "(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
        + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre"
        + "|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro"
        + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
        + "|januar|februar|m[äa]rz|juni|juli|oktober|dezember)";

    private static readonly System.Collections.Frozen.FrozenDictionary<string, int> ForeignMonths = new Dictionary<string, int>
    {
        ["janvier"] = 1, ["février"] = 2, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7,
        ["août"] = 8, ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["décembre"] = 12, ["decembre"] = 12,
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7, ["agosto"] = 8,
        ["septiembre"] = 9, ["setiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
        ["janeiro"] = 1, ["fevereiro"] = 2, ["março"] = 3, ["marco"] = 3, ["maio"] = 5, ["junho"] = 6, ["julho"] = 7, ["setembro"] = 9,
        ["outubro"] = 10, ["dezembro"] = 12,
        ["gennaio"] = 1, ["febbraio"] = 2, ["aprile"] = 4, ["maggio"] = 5, ["giugno"] = 6, ["luglio"] = 7, ["settembre"] = 9,
        ["ottobre"] = 10, ["dicembre"] = 12,
        ["januar"] = 1, ["februar"] = 2, ["märz"] = 3, ["marz"] = 3, ["juni"] = 6, ["juli"] = 7, ["oktober"] = 10, ["dezember"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ForeignMonthLookup =
        ForeignMonths.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word at <paramref name="j"/> is a month's name in French, Spanish, Portuguese, Italian or German.</summary>
    internal static bool IsForeignMonthAt(string text, int j)
    {
        var end = j;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return end > j && ForeignMonthLookup.ContainsKey(text.AsSpan(j, end - j));
    }

    [GeneratedRegex(
        @"\G(?<![\w])(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+(?:the\s+)?)?" +
        @"(?:(?<mon>" + MonthNames + @")\.?\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)(?:,?\s+(?<year>(?:19|20)\d\d)(?!\d))?" +
        @"|(?<day>[0-3]?\d)(?:er|º|°|\.)?\s+(?:de\s+)?(?<mon>" + ForeignMonthNames + @")(?!\w)(?:,?\s+(?:de\s+|del\s+)?(?<year>(?:19|20)\d\d)(?!\d))?" +
        @"|(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + MonthNames + @")\.?(?:,?\s+(?<year>(?:19|20)\d\d)(?!\d))?" +
        @"|(?<iy>(?:19|20)\d\d)-(?<im>[01]\d)-(?<id>[0-3]\d)(?![\d-])" +
        @"|(?<sa>[0-3]?\d)/(?<sb>[0-3]?\d)/(?<sy>(?:19|20)\d\d)(?![\d/])" +
        @"|(?<da>[0-3]?\d)\.(?<ma>[01]?\d)\.(?<ya>(?:19|20)\d\d)(?![\d.]\d)" +
        @"|(?<dh>[0-3]?\d)-(?<mh>[0-3]?\d)-(?<yh>(?:19|20)\d\d)(?![\d-])" +
        @"|(?<yd>(?:19|20)\d\d)\.(?<md>[01]?\d)\.(?<dd>[0-3]?\d)(?![\d.]\d)" +
        @"|(?<day>[0-3]?\d)(?<sep>[/-])(?<mon>" + MonthNames + @")\k<sep>(?<year>(?:19|20)\d\d)(?!\d))",
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

    [GeneratedRegex(@"(?:\b(?:since|until|till|before|from|as\s+of|as\s+early\s+as|dating\s+back\s+to|ended\s+on|signed\s+on|founded\s+on|established\s+on)|\bin\s+the\s+(?:years|months|weeks)\s+(?:since|before))\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BackgroundLeadIn();

    private static int MonthOf(ReadOnlySpan<char> name)
    {
        if (ForeignMonthLookup.TryGetValue(name, out var foreign)) return foreign;
        Span<char> u = stackalloc char[3];
        for (var i = 0; i < 3; i++) u[i] = char.ToLowerInvariant(name[i]);
        return u switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
        };
    }

    internal static int TryDtg(string text, int at, int paragraph, List<Mention> into)
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

    // Days news names by their feast: fixed dates with no year written ("damaged at 23.47 on New Year's Eve").
    private static readonly (string Name, int Month, int Day)[] NamedDays =
    [
        ("New Year's Eve", 12, 31), ("New Year’s Eve", 12, 31), ("New Year's Day", 1, 1), ("New Year’s Day", 1, 1),
        ("Christmas Eve", 12, 24), ("Christmas Day", 12, 25), ("Boxing Day", 12, 26),
    ];

    /// <summary>"New Year's Eve", "Christmas Day": a year-less date at <paramref name="at"/>, or −1.</summary>
    internal static int TryNamedDay(string text, int at, int paragraph, List<Mention> into)
    {
        foreach (var (name, month, day) in NamedDays)
        {
            if (!text.AsSpan(at).StartsWith(name, StringComparison.Ordinal) || (at + name.Length < text.Length && char.IsLetter(text[at + name.Length])))
                continue;
            var end = at + name.Length;
            var year = 0;
            // "Christmas Day 2024": the year written after it.
            if (end + 5 <= text.Length && text[end] == ' ' && text.AsSpan(end + 1, 4).IndexOfAnyExceptInRange('0', '9') < 0
                && (end + 5 == text.Length || !char.IsAsciiDigit(text[end + 5])) && Int(text.AsSpan(end + 1, 4)) is >= 1900 and <= 2100 and var y)
                (year, end) = (y, end + 5);
            into.Add(new Mention { Paragraph = paragraph, Start = at, End = end, Kind = MentionKind.Date, Year = year, Month = month, Day = day });
            return end;
        }

        return -1;
    }

    internal static int TryDate(string text, int at, int paragraph, List<Mention> into)
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
        // "04/February/2026": the month in words between the slashes is read as words.
        var lettered = s.IndexOfAnyInRange('A', 'Z') >= 0 || s.IndexOfAnyInRange('a', 'z') >= 0;
        var dash = lettered ? -1 : s.IndexOf('-');
        var slash = lettered ? -1 : s.IndexOf('/');
        var dot = char.IsAsciiDigit(s[0]) ? s.IndexOf('.') : -1;
        if (dot > 0 && s[(dot + 1)..].IndexOf('.') > 0)
        {
            // "26.01.2025": day first, as everywhere this form is written; "2026.08.12" (Mongolia, Korea, China): year first.
            var second = dot + 1 + s[(dot + 1)..].IndexOf('.');
            if (dot == 4)
            {
                d.Year = Int(s[..dot]);
                d.Month = Int(s[(dot + 1)..second]);
                d.Day = Int(s[(second + 1)..]);
            }
            else
            {
                d.Day = Int(s[..dot]);
                d.Month = Int(s[(dot + 1)..second]);
                d.Year = Int(s[(second + 1)..]);
            }
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
        else if (dash is 1 or 2 && char.IsAsciiDigit(s[0]))
        {
            // "23-10-2026 11:05": day first, as the sites that write it do, unless the first number cannot be a month's day
            // … or the second cannot be a month ("10-23-2026").
            var second = s.LastIndexOf('-');
            var a = Int(s[..dash]);
            var b = Int(s[(dash + 1)..second]);
            (d.Day, d.Month) = b > 12 ? (b, a) : (a, b);
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

    private static bool ValidDate(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && y is >= 1900 and <= 2100 && d <= DateTime.DaysInMonth(y, m);
}
