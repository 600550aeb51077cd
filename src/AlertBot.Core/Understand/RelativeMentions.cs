using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static AlertBot.Core.Understand.MentionText;

namespace AlertBot.Core.Understand;

/// <summary>Reads relative days: weekdays, "yesterday", "the following morning", and the words that make one background or no day at all. Generated regexes; no per-call construction.</summary>
internal static partial class RelativeMentions
{
    [GeneratedRegex(
        @"\G(?<![\w])(?:(?:(?<mod>late|early|last|next|this)\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?(?![\w])" +
        @"|(?<rel>(?:earlier|later|early|late)\s+(?:today|yesterday)|today|tonight|this\s+(?:morning|afternoon|evening)|the\s+day\s+before\s+yesterday|yesterday|last\s+night|tomorrow|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night))(?![\w]))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex RelativeRegex();

    // A day of this week after these is where a state began, in the past ("fighting since Sunday"); after "until" or
    // "from" it bounds a measure ("flights suspended until Friday", "waters closed from Wednesday"), which is news.
    [GeneratedRegex(@"(?:\b(?:since|as\s+of|as\s+early\s+as|dating\s+back\s+to)|\bin\s+the\s+(?:days|weeks)\s+since)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex RelativeBackgroundLeadIn();

    internal static int TryRelative(string text, int at, int paragraph, List<Mention> into)
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

    /// <summary>
    /// Weekdays in the other languages news arrives in — Spanish, French, Italian, Portuguese (with "-feira"), German —
    /// written as those languages write them: lower case in the Romance ones, a capital in German.
    /// </summary>
    private static readonly FrozenDictionary<string, DayOfWeek> ForeignWeekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["lunes"] = DayOfWeek.Monday, ["martes"] = DayOfWeek.Tuesday, ["miércoles"] = DayOfWeek.Wednesday, ["miercoles"] = DayOfWeek.Wednesday,
        ["jueves"] = DayOfWeek.Thursday, ["viernes"] = DayOfWeek.Friday, ["sábado"] = DayOfWeek.Saturday, ["domingo"] = DayOfWeek.Sunday,
        ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday,
        ["vendredi"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
        ["lunedì"] = DayOfWeek.Monday, ["lunedi"] = DayOfWeek.Monday, ["martedì"] = DayOfWeek.Tuesday, ["martedi"] = DayOfWeek.Tuesday,
        ["mercoledì"] = DayOfWeek.Wednesday, ["mercoledi"] = DayOfWeek.Wednesday, ["giovedì"] = DayOfWeek.Thursday, ["giovedi"] = DayOfWeek.Thursday,
        ["venerdì"] = DayOfWeek.Friday, ["venerdi"] = DayOfWeek.Friday, ["sabato"] = DayOfWeek.Saturday, ["domenica"] = DayOfWeek.Sunday,
        ["segunda-feira"] = DayOfWeek.Monday, ["terça-feira"] = DayOfWeek.Tuesday, ["quarta-feira"] = DayOfWeek.Wednesday,
        ["quinta-feira"] = DayOfWeek.Thursday, ["sexta-feira"] = DayOfWeek.Friday,
        ["Montag"] = DayOfWeek.Monday, ["Dienstag"] = DayOfWeek.Tuesday, ["Mittwoch"] = DayOfWeek.Wednesday, ["Donnerstag"] = DayOfWeek.Thursday,
        ["Freitag"] = DayOfWeek.Friday, ["Samstag"] = DayOfWeek.Saturday, ["Sonnabend"] = DayOfWeek.Saturday, ["Sonntag"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> ForeignWeekdayLookup =
        ForeignWeekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first letters a foreign weekday can start with (for the scan's candidates).</summary>
    internal const string ForeignWeekdayStarts = "dgjlmqstvDFMS";

    /// <summary>"del sábado", "samedi soir", "alle 9:15 di sabato", "na sexta-feira", "am Samstag": a weekday, or −1.</summary>
    internal static int TryForeignWeekday(string text, int at, int paragraph, List<Mention> into)
    {
        var end = at;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))) end++;
        if (end - at is < 5 or > 13 || !ForeignWeekdayLookup.TryGetValue(text.AsSpan(at, end - at), out var day)) return -1;
        if (end < text.Length && char.IsLetterOrDigit(text[end])) return -1;
        // "Santo Domingo", "São Domingos" are places, not Sundays (the lower-case key already keeps out a name's capital).
        if (NamesAPlace(text, end)) return -1;
        // "mercredi 11 février", "el sábado 14 de marzo", "sexta-feira, 23 de outubro": the date written after the weekday
        // is the day; the weekday only names it (as "Wednesday, 11 February" is read whole).
        if (DateFollows(text, end) is var dateAt and > 0 && DateMentions.TryDate(text, dateAt, paragraph, into) is var dateEnd and > 0)
        {
            into[^1].Start = at;
            return dateEnd;
        }
        into.Add(new Mention
        {
            Paragraph = paragraph, Start = at, End = end, Kind = MentionKind.Relative, Relative = RelativeKind.Weekday, Weekday = day,
        });
        return end;
    }

    /// <summary>Where a day-and-month date starts right after the weekday ("mercredi 11 février", "sábado, 9 de mayo"), or −1.</summary>
    private static int DateFollows(string text, int end)
    {
        var j = end;
        if (j < text.Length && text[j] == ',') j++;
        if (j >= text.Length || text[j] != ' ') return -1;
        var start = ++j;
        var digits = 0;
        while (j + digits < text.Length && char.IsAsciiDigit(text[j + digits])) digits++;
        return digits is 1 or 2 && TimeMentions.MonthFollows(text, j + digits) ? start : -1;
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

    /// <summary>"Monday Market", "Friday Mosque", "Sunday Times": a weekday that opens a name is no day.</summary>
    private static bool NamesAPlace(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1])) return false;
        return WordAt(text, end + 1) is "Market" or "Mosque" or "Street" or "Road" or "Square" or "Bazaar" or "Camp" or "Club" or "Group"
            or "Times" or "Post" or "Herald" or "Telegraph" or "Express" or "Mirror";
    }
}
