using static AlertBot.Core.Understand.MentionText;

namespace AlertBot.Core.Understand;

/// <summary>Reads the zone written after a clock: "hrs", "Z", "EST", "UTC+3", "(GMT)", "local time in Anchorage", "Kyiv time".</summary>
internal static class ClockZones
{
    /// <summary>Reads what follows a clock: "hrs", "Z", "EST", "UTC+3", "(GMT)", "local time", "Kyiv time", "Eastern Time".</summary>
    internal static (ZoneSpec Zone, int End, bool Hrs) ParseZone(string text, int pos)
    {
        var i = SkipSpaces(text, pos);
        var hrs = false;
        var w = WordAt(text, i);
        // "3.40 Uhr": German writes its clocks with "Uhr", as English reports write "hrs".
        if (w is "hrs" or "hours" or "hr" or "h" or "HRS" or "Hrs" or "Uhr")
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
        if (w is "Ortszeit" or "Lokalzeit")
        {
            zone = new ZoneSpec(ZoneKind.Local);
        }
        else if (w is "local" or "Local")
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

    /// <summary>"Kyiv time", "Eastern Standard Time", "Moscow time", "Central European Summer Time" starting at <paramref name="i"/>.</summary>
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
            // "1700 Khartoum local time": "local" between the place and "time".
            if (w is "local" && nameEnd > i && WordAt(text, SkipSpaces(text, j + w.Length)) is "time" or "Time")
            {
                j = SkipSpaces(text, j + w.Length);
                w = WordAt(text, j);
            }
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
}
