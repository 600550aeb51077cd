using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static AlertBot.Core.Understand.MentionText;

namespace AlertBot.Core.Understand;

/// <summary>Reads clock times: the shapes a clock is written in, when a bare number is a clock rather than a year or a quantity, the part of the day, and the hour ranges. Generated regexes; no per-call construction.</summary>
internal static partial class ClockMentions
{
    // The articles Italian, Spanish and Portuguese put before an hour ("alle 15", "a las 9", "às 7").
    private const string RomanceHourArticles = @"alle|dalle|verso\s+le|entro\s+le|a\s+las|desde\s+las|hasta\s+las|hacia\s+las|sobre\s+las|às|das|até\s+às|pelas";

    [GeneratedRegex(
        @"\G(?:(?<=\dT)|(?<![\w:.,/$£€+-]))(?:" +
        @"(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?::[0-5]\d)?(?:\s?(?<ap>[ap]\.\s?m\.|[ap]m\b|[AP]\.M\.|[AP]M\b))?" +
        @"|(?<h>1[0-2]|0?[1-9])(?:\s?(?<ap>[ap]\.\s?m\.|[ap]m\b|[AP]\.M\.|[AP]M\b))" +
        @"|(?<h>1[0-2]|0?[1-9])\.(?<m>[0-5]\d)\s?(?<ap>[ap]\.\s?m\.|[ap]m\b|[AP]\.M\.|[AP]M\b)" +
        @"|(?<h>[01]?\d|2[0-3])\.(?<m>[0-5]\d)(?![\d.,]\d)" +
        @"|(?<h>1[0-2]|0?[1-9])\s(?<ap>o'clock)" +
        @"|(?<h>[01]?\d|2[0-3])h(?<m>[0-5]\d)(?!\w)" +
        // French written out: "vers 5 h 30", "à 8 heures", "à 16 heures 15".
        @"|(?<h>[01]?\d|2[0-3]) h (?<m>[0-5]\d)(?!\w)" +
        @"|(?<=(?:^|\s)(?:à|vers|dès|jusqu'à|depuis|avant|après|entre|et)\s)(?<h>[01]?\d|2[0-3]) heures?(?: (?<m>[0-5]\d)(?!\w))?(?!\w)" +
        // Italian, Spanish and Portuguese give a whole hour after the article: "martedì alle 15", "a las 9 de la mañana",
        // "às 7 da manhã"; only before punctuation or a word that goes with a clock, never before a count's noun.
        @"|(?<=(?:^|\s)(?:" + RomanceHourArticles + @")\s)(?<h>[01]?\d|2[0-3])(?=\s*(?:[.,;)]|$)|\s(?:di|del|della|de|da|do|horas?|ore|hs)\b)" +
        @"|(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)(?!\d|,\d)(?:(?<mil>[A-IK-Z])\b)?" +
        @"|(?<noon>noon|midday|midnight)(?!\w))",
        RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex ClockRegex();

    [GeneratedRegex(@"(?:^|\s)(?:" + RomanceHourArticles + @")\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex RomanceArticleBefore();

    /// <summary>"martedì alle 15", "a las 9 de la mañana": a whole hour right after a Romance article for the hour.</summary>
    internal static bool RomanceHourAt(string text, int at)
    {
        // Most numbers follow no such article: look at the word before first, the pattern only then.
        if (at < 3 || text[at - 1] != ' ') return false;
        var s = at - 1;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return text.AsSpan(s, at - 1 - s) is "alle" or "dalle" or "le" or "las" or "às" or "das" or "pelas" or "Alle" or "Las"
               && RomanceArticleBefore().IsMatch(text.AsSpan(Math.Max(0, at - 16), Math.Min(16, at)));
    }

    [GeneratedRegex(@"\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom|[Bb]etween|um|gegen|ab|bis)\s+(?:approximately\s+|about\s+|around\s+|roughly\s+|etwa\s+|kurz\s+(?:vor|nach)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    internal static partial Regex ClockLeadIn();

    // "at 7.40", and the same in Italian, Spanish and Portuguese ("alle 1.40", "a las 7.40", "às 7.40").
    [GeneratedRegex(@"\b(?:(?:[Aa]t|[Ff]rom)\s+(?:approximately\s+|about\s+|around\s+|roughly\s+)?|(?:around|about|approximately)\s+|(?:alle|dalle|a\s+las|às|verso\s+le|intorno\s+alle)\s+)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AtLeadIn();

    /// <summary>
    /// "0700 to 2200 GMT", "0800–1700 local": a four-digit number that opens a range whose other end carries the zone
    /// is a clock too (years do not run "to 2200 GMT").
    /// </summary>
    internal static bool ZonedRangeFollows(string text, int j)
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
        var (zone, _, hrs) = ClockZones.ParseZone(text, j + 4);
        return zone.Kind != ZoneKind.None || hrs;
    }

    internal static int TryClock(string text, int at, int paragraph, List<Mention> into)
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
        var romanceHour = length <= 2 && RomanceHourAt(text, index);
        var hasMinutes = false;
        var frenchHour = false; // "à 8 heures", "alle 15": the words say it is a clock
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
                // "5 h 30", "8 heures 15": the French hour written out, its minutes after it.
                if (pos + 1 < s.Length && s[pos] == ' ' && s[pos + 1] == 'h')
                {
                    var h = s[(pos + 1)..];
                    frenchHour = h.StartsWith("heure");
                    var skip = h.StartsWith("heures ") ? 7 : h.StartsWith("heure ") ? 6 : h.StartsWith("h ") ? 2 : -1;
                    if (skip > 0 && h.Length >= skip + 2 && char.IsAsciiDigit(h[skip]))
                    {
                        hasMinutes = true;
                        c.Minute = Two(h, skip);
                    }
                    pos = s.Length;
                }
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
            // and the zone may follow it. A part the hour cannot be in ("8:20 in the afternoon", "3:10 in the evening")
            // is a reckoning other than the day's clock (Ethiopian, Swahili hours counted from dawn): no clock.
            if (!PartFits(c.Hour, text.AsSpan(end, partEnd - end))) return -1;
            if (part == "pm" && c.Hour is >= 1 and < 12) c.Hour += 12;
            if (part == "am" && c.Hour == 12) c.Hour = 0;
            end = partEnd;
        }
        else if (apKind == '\0' && !noon && !fourDigit && hasMinutes && RomanceDayPart(text, end, c.Hour) is var (romanceEnd, hour24))
        {
            c.Hour = hour24;
            end = romanceEnd;
        }
        else if (apKind == '\0' && !noon && !fourDigit && hasMinutes && c.Hour is >= 4 and <= 11 && EveningAfter(text, end, c.Hour))
        {
            // "at about 10:15 last night", "9.40 on Saturday evening": the evening or night named after the clock makes
            // it p.m. The words stay for the day they name.
            c.Hour += 12;
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
            var (zone, zoneEnd, hrs) = ClockZones.ParseZone(text, end);
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
            if (!fourDigit && apKind == '\0' && !noon && !hasMinutes && !frenchHour && !romanceHour) return -1;
            // "08.15 WIB", "14.00 hrs": a dotted 24-hour clock only with its zone (else "3.14", "12.50 dollars"), or after
            // "at" where a clause goes on ("hit the district at 7.40, as crews arrived").
            // Italian writes the 24-hour clock with a dot: "alle 1.40 di domenica", "alle 4.15, già con l'ora legale".
            if (dotted && apKind == '\0' && zone.Kind == ZoneKind.None && !hrs && !RomanceHourAt(text, index)
                && !(AtLeadIn().IsMatch(text.AsSpan(Math.Max(0, index - 30), Math.Min(30, index))) && ClauseGoesOn(text, end))) return -1;
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

    /// <summary>
    /// Whether an evening or a night of a named day follows the clock: " last night", " tonight", " this evening",
    /// " yesterday evening", " on Saturday night", " Friday evening". A night holds the 12-hour hours 6 to 11 (an hour
    /// after midnight is the next day's, and left alone), an evening 4 to 11.
    /// </summary>
    private static bool EveningAfter(string text, int pos, int hour)
    {
        var rest = text.AsSpan(pos, Math.Min(28, text.Length - pos));
        if (!rest.StartsWith(" ")) return false;
        rest = rest[1..];
        if (rest.StartsWith("on ", StringComparison.OrdinalIgnoreCase)) rest = rest[3..];
        if (rest.StartsWith("tonight", StringComparison.OrdinalIgnoreCase))
            return hour >= 6 && (rest.Length == 7 || !char.IsLetter(rest[7]));
        var space = rest.IndexOf(' ');
        if (space <= 0) return false;
        var day = rest[..space];
        if (!(day is "last" or "this" or "yesterday" or "Yesterday"
              || day.Length >= 6 && day.EndsWith("day", StringComparison.Ordinal) && Enum.TryParse<DayOfWeek>(day, ignoreCase: false, out _))) return false;
        var part = rest[(space + 1)..];
        var night = part.StartsWith("night", StringComparison.OrdinalIgnoreCase);
        var evening = part.StartsWith("evening", StringComparison.OrdinalIgnoreCase);
        var length = night ? 5 : 7;
        if (!(night || evening) || part.Length > length && char.IsLetter(part[length])) return false;
        return night ? hour >= 6 : hour >= 4;
    }

    /// <summary>
    /// The parts of the day in the Romance languages news is written in, with the 12-hour hours each holds: Spanish
    /// "las 8:30 de la noche" (20:30), "2:30 de la madrugada", "4:15 de la tarde"; Portuguese "da noite", "da tarde";
    /// French "8h30 du soir", "de l'après-midi"; Italian "8:30 di sera", "del pomeriggio". Twelve is noon in the
    /// afternoon's parts and midnight in the night's.
    /// </summary>
    private static readonly (string Words, bool Pm, int From, int To)[] RomanceDayParts =
    [
        (" de la mañana", false, 1, 11), (" da manhã", false, 1, 11), (" du matin", false, 1, 11), (" del mattino", false, 1, 11), (" di mattina", false, 1, 11),
        (" della mattina", false, 1, 11), (" de la madrugada", false, 0, 6), (" da madrugada", false, 0, 6),
        (" de la tarde", true, 0, 8), (" da tarde", true, 0, 7), (" de l'après-midi", true, 0, 6), (" de l’après-midi", true, 0, 6), (" del pomeriggio", true, 0, 6),
        (" de la noche", true, 7, 11), (" da noite", true, 7, 11), (" du soir", true, 5, 11), (" di sera", true, 5, 11), (" della sera", true, 5, 11),
    ];

    /// <summary>A Romance part of the day after a clock: its end and the clock's 24-hour hour, or null when there is none or the hour cannot be in it.</summary>
    private static (int End, int Hour)? RomanceDayPart(string text, int pos, int hour)
    {
        var rest = text.AsSpan(pos, Math.Min(20, text.Length - pos));
        foreach (var (words, pm, from, to) in RomanceDayParts)
        {
            if (!rest.StartsWith(words, StringComparison.OrdinalIgnoreCase) || rest.Length > words.Length && char.IsLetter(rest[words.Length])) continue;
            var twelve = hour == 12 ? 0 : hour;
            if (hour > 12 || twelve < from || twelve > to) return null;
            // Twelve in the afternoon's parts is noon; in the night's and the morning's, midnight.
            return (pos + words.Length, hour == 12 ? (pm && from == 0 ? 12 : 0) : pm ? hour + 12 : hour);
        }

        return null;
    }

    /// <summary>Whether a 12-hour clock's hour can be in the part of the day the words name (news English, loosely).</summary>
    internal static bool PartFits(int hour, ReadOnlySpan<char> words)
    {
        if (hour > 12) return false;
        if (words.EndsWith("afternoon", StringComparison.OrdinalIgnoreCase)) return hour is 12 or <= 6;
        if (words.EndsWith("evening", StringComparison.OrdinalIgnoreCase)) return hour is >= 4 and <= 11;
        if (words.EndsWith("night", StringComparison.OrdinalIgnoreCase)) return hour is >= 7 or <= 5;
        return hour is >= 1 and <= 12; // the morning: from the small hours to noon
    }

    /// <summary>After a dotted number: a clause's punctuation or a word that carries the sentence on, not a unit or a price.</summary>
    private static bool ClauseGoesOn(string text, int j)
    {
        if (j >= text.Length) return true;
        if (text[j] is ',' or ';' or ')' or '—' or '–' || (text[j] == '.' && (j + 1 == text.Length || text[j + 1] == ' '))) return true;
        var i = SkipSpaces(text, j);
        if (i == j) return false;
        return WordAt(text, i) is "on" or "in" or "as" or "when" or "and" or "after" or "before" or "while" or "the" or "local" or "today" or "yesterday"
            or "tonight" or "this" or "that" or "last";
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
}
