using System.Buffers;
using System.Text.RegularExpressions;

namespace AlertBot.Core.Understand;

/// <summary>
/// Clocks written in words: "quarter to midnight", "half past nine in the evening", "ten past eleven that night",
/// "twenty to four", "three o'clock", "ten p.m.", and an hour with its part of the day ("at around 4 in the morning",
/// "at five in the afternoon"). The part of the day says a.m. or p.m.; without one, a word clock is read as an
/// o'clock is (before seven: the afternoon). A bare hour with a part of the day needs a lead-in ("at", "around",
/// "shortly after"), as "four in the morning raid" or "killed five in the evening" are not clocks.
/// </summary>
internal static partial class WordClocks
{
    private const string Hour = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9]";

    // Only paragraphs holding one of these run the pattern: most paragraphs hold none.
    private static readonly SearchValues<string> Cues = SearchValues.Create(
        ["past ", "o'clock", " to midnight", " to noon", " a.m", " p.m", "am ", "pm ", " in the morning", " in the afternoon", " in the evening", " at night", " that night", " that morning", " that evening", " last night", " yesterday ", " tomorrow "],
        StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(
        @"\b(?:" +
        @"(?<q>(?:a\s)?quarter|half|(?<n>five|ten|twenty|twenty-five|twenty\sfive)(?:\sminutes)?|(?<n>[1-9]|[1-5]\d)\sminutes)\s(?<dir>past|to|after)\s(?<h>" + Hour + @"|noon|midnight)" +
        @"|(?<h>" + Hour + @")\so'clock" +
        @"|(?<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(?<ap>[ap]\.m\.|[ap]m\b)" +
        @"|(?<lead>(?:at|around|about|by|until|from|before|after|shortly\safter|just\safter|just\sbefore)\s(?:about\s|around\s|approximately\s)?)(?<h>" + Hour + @")(?<part2>\s(?:in\sthe\s(?:morning|afternoon|evening)|at\snight|that\s(?:night|morning|evening|afternoon)|last\s(?:night|evening)|(?:yesterday|tomorrow)\s(?:morning|afternoon|evening|night)))" +
        @")(?<part>\s(?:in\sthe\s(?:morning|afternoon|evening)|at\snight|that\s(?:night|morning|evening|afternoon)|tonight|this\s(?:morning|afternoon|evening)|last\s(?:night|evening)|(?:yesterday|tomorrow)\s(?:morning|afternoon|evening|night)))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex Pattern();

    // "quarter past six on Tuesday morning": the part of the day may follow the day; read, not consumed.
    [GeneratedRegex(@"\G,?\s(?:on\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s(?<p>morning|afternoon|evening|night)\b",
        RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial Regex DayThenPart();

    /// <summary>The word clocks of <paramref name="text"/>, in text order (none when the text holds no cue).</summary>
    public static List<Mention>? Find(string text, int paragraph)
    {
        if (text.AsSpan().IndexOfAny(Cues) < 0)
            return null;
        List<Mention>? found = null;
        foreach (Match m in Pattern().Matches(text))
        {
            if (Read(text, m, paragraph) is { } mention)
                (found ??= []).Add(mention);
        }

        return found;
    }

    private static Mention? Read(string text, Match m, int paragraph)
    {
        var h = m.Groups["h"].Value.ToLowerInvariant();
        int hour;
        var fixedHour = h is "noon" or "midnight";
        if (fixedHour)
            hour = h == "noon" ? 12 : 0;
        else
            hour = HourWord(h);
        var minute = 0;
        if (m.Groups["q"].Success)
        {
            var q = m.Groups["q"].Value.ToLowerInvariant();
            var n = q.Contains("quarter") ? 15 : q == "half" ? 30 : Minutes(m.Groups["n"].Value.ToLowerInvariant());
            if (n is <= 0 or >= 60)
                return null;
            if (m.Groups["dir"].Value.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                if (q == "half") return null; // "half to" is no English clock
                minute = 60 - n;
                hour = fixedHour ? (hour + 23) % 24 : hour == 1 ? 12 : hour - 1;
            }
            else
            {
                minute = n;
            }
        }

        var partGroup = m.Groups["part2"].Success ? m.Groups["part2"] : m.Groups["part"];
        var part = partGroup.Success ? partGroup.Value.Trim().ToLowerInvariant() : null;
        // "half past nine last night", "seven yesterday evening": the part of a day named beside it; the day itself is a
        // relative day of its own, outside the clock's span.
        var relativeDay = part is not null && (part.StartsWith("last ", StringComparison.Ordinal) || part.StartsWith("yesterday ", StringComparison.Ordinal) || part.StartsWith("tomorrow ", StringComparison.Ordinal));
        if (relativeDay)
            part = part!.EndsWith("night", StringComparison.Ordinal) ? "at night" : "in the " + part[(part.IndexOf(' ') + 1)..];
        if (part is null && DayThenPart().Match(text, m.Index + m.Length) is { Success: true } later)
            part = later.Groups["p"].Value == "night" ? "at night" : "in the " + later.Groups["p"].Value;
        var ap = m.Groups["ap"].Success ? char.ToLowerInvariant(m.Groups["ap"].Value[0]) : '\0';
        if (!fixedHour)
        {
            // Twelve-hour reading of the hour word 1–12 (after "to", the hour before it). A part the hour cannot be in
            // ("eight in the afternoon") is another reckoning of the day: no clock.
            if (part is not null && part[0] != 't' && !ClockMentions.PartFits(hour, part)) return null;
            var pm = ap == 'p' || part is not null && (part.EndsWith("afternoon", StringComparison.Ordinal) || part.EndsWith("evening", StringComparison.Ordinal)
                                                         || (part is "tonight" or "at night" or "that night" && hour is >= 6 and <= 11));
            var am = ap == 'a' || part is not null && (part.EndsWith("morning", StringComparison.Ordinal) || (part is "at night" or "that night" or "tonight" && hour is 12 or < 6));
            if (pm) hour = hour % 12 + 12;
            else if (am) hour %= 12;
            else if (hour < 7) hour += 12; // as "three o'clock": news marks early clocks and leaves afternoon ones unmarked
        }

        var start = m.Index + (m.Groups["lead"].Success ? m.Groups["lead"].Length : 0);
        var end = relativeDay ? partGroup.Index : m.Index + m.Length;
        var c = new Mention { Paragraph = paragraph, Start = start, Kind = MentionKind.Clock, Hour = hour, Minute = minute, TwelveHour = !fixedHour, Midnight = fixedHour && hour == 0 && minute == 0 };
        var (zone, zoneEnd, hrs) = ClockZones.ParseZone(text, end);
        c.Zone = zone;
        if (zone.Kind != ZoneKind.None || hrs) end = zoneEnd;
        c.End = end;
        return c;
    }

    private static int HourWord(string h) => h switch
    {
        "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9,
        "ten" => 10, "eleven" => 11, "twelve" => 12,
        _ => int.Parse(h, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static int Minutes(string n) => n switch
    {
        "five" => 5, "ten" => 10, "twenty" => 20, "twenty-five" or "twenty five" => 25,
        _ => int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0,
    };
}
