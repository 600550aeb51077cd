using System.Globalization;
using static AlertBot.Core.Understand.MentionSpans;

namespace AlertBot.Core.Understand;

/// <summary>The zone a clock is read in and its instant in UTC: the page's declared zone, the place its sentence names.</summary>
internal static partial class KeyTimeZones
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:all\s+)?(?:post\s+|entry\s+)?times\s+(?:(?:on|in)\s+this\s+(?:blog|page|report|post|digest|feed|story|article)\s+|given\s+|shown\s+|quoted\s+)?(?:are|in)\s+(?:in\s+)?|\ball\s+times\s+",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, Deadline.RegexTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex TimesAreLeadIn();

    /// <summary>The zone a page declares for all its clocks in its first paragraphs ("All times are AEDT"), else none.</summary>
    internal static ZoneSpec DeclaredZone(IReadOnlyList<string> paragraphs) => DeclaredZone(paragraphs, out _);

    /// <param name="bare"><c>true</c> when the page writes no verb ("All times BST."): a live page's note on its entries'
    /// stamps as often as on its story's clocks.</param>
    internal static ZoneSpec DeclaredZone(IReadOnlyList<string> paragraphs, out bool bare)
    {
        bare = false;
        for (var p = 0; p < Math.Min(4, paragraphs.Count); p++)
        {
            var text = paragraphs[p];
            // The pattern's leading optional words make every position a candidate; look for its one fixed word first.
            if (!text.AsSpan(0, Math.Min(text.Length, 600)).Contains("times ", StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var m in TimesAreLeadIn().EnumerateMatches(text.AsSpan(0, Math.Min(text.Length, 600))))
            {
                var leadIn = text.AsSpan(m.Index, m.Length).TrimEnd();
                bare = !leadIn.EndsWith("are", StringComparison.OrdinalIgnoreCase) && !leadIn.EndsWith("in", StringComparison.OrdinalIgnoreCase);
                var (zone, _, _) = ClockZones.ParseZone(text, m.Index + m.Length);
                if (zone.Kind is ZoneKind.Fixed or ZoneKind.Abbreviation or ZoneKind.Named)
                    return zone;
                // "All times Ecuador mainland time (ECT, UTC−5)": the zone's name in words, its abbreviation in the bracket.
                var open = text.IndexOf('(', m.Index + m.Length);
                if (open > 0 && open - (m.Index + m.Length) <= 40)
                {
                    var (bracketed, _, _) = ClockZones.ParseZone(text, open + 1);
                    if (bracketed.Kind is ZoneKind.Fixed or ZoneKind.Abbreviation or ZoneKind.Named)
                        return bracketed;
                }
            }
        }

        return default;
    }

    /// <summary>Whether <paramref name="zone"/> reads the wall clock of <paramref name="at"/> as the story's own zone does.</summary>
    internal static bool IsStoryClock(ZoneSpec zone, TimeZoneInfo mainZone, string? mainZoneId, DateTimeOffset at)
    {
        var wall = DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(at.UtcDateTime, mainZone), DateTimeKind.Unspecified);
        return ToUtc(wall, zone, mainZone, mainZoneId, "", []) == ToUtc(wall, new ZoneSpec(ZoneKind.Local), mainZone, mainZoneId, "", []);
    }

    internal static DateTimeOffset ToUtc(DateTime local, ZoneSpec zone, TimeZoneInfo? mainZone, string? mainZoneId, string text, List<string> warnings)
    {
        switch (zone.Kind)
        {
            case ZoneKind.Fixed:
                return new DateTimeOffset(local, TimeSpan.FromMinutes(zone.OffsetMinutes)).ToUniversalTime();
            case ZoneKind.Abbreviation:
            case ZoneKind.Named:
            {
                var tz = zone.ZoneId is null ? null : Zones.Find(zone.ZoneId);
                if (tz is null)
                {
                    warnings.Add($"unknown time zone in \"{text}\"; read as UTC");
                    return new DateTimeOffset(local, TimeSpan.Zero);
                }
                // "2:40 a.m. (CST)" in a Honduran story in June: the abbreviation names the story's own clock, which has the
                // offset written, not the clock of the zone the abbreviation usually stands for (Chicago, on CDT then).
                if (zone.Kind == ZoneKind.Abbreviation && mainZone is not null && mainZone.Id != tz.Id)
                {
                    var written = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromMinutes(zone.OffsetMinutes));
                    if ((int)mainZone.GetUtcOffset(written).TotalMinutes == zone.OffsetMinutes && (int)tz.GetUtcOffset(written).TotalMinutes != zone.OffsetMinutes)
                        return written.ToUniversalTime();
                }
                var utc = Zones.ToUtc(local, tz, zone.Daylight, out var gap);
                if (gap) warnings.Add($"\"{text}\" falls in the daylight-saving gap in {tz.Id}; read one hour later");
                // A seasonal abbreviation (EST/EDT, CET/CEST) that disagrees with the date's real offset is flagged;
                // generic ones (ET) have no season and never are.
                if (zone.Kind == ZoneKind.Abbreviation && zone.Daylight is not null)
                {
                    var actual = tz.GetUtcOffset(utc);
                    if ((int)actual.TotalMinutes != zone.OffsetMinutes)
                    {
                        var season = tz.IsDaylightSavingTime(utc) ? "daylight-saving" : "standard";
                        warnings.Add($"{zone.Abbreviation} written for {local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, when {tz.Id} is on {season} time (UTC{Offset(actual)}); converted with the real offset");
                    }
                }
                return utc;
            }
            case ZoneKind.Local:
                if (mainZone is null)
                {
                    warnings.Add($"\"{text}\" is in local time but the story names no place with a known clock; read as UTC");
                    return new DateTimeOffset(local, TimeSpan.Zero);
                }
                return Zones.ToUtc(local, mainZone, null, out _);
            default:
                if (mainZone is not null)
                {
                    warnings.Add($"\"{text}\" gives no time zone; read as local time in {mainZoneId}");
                    return Zones.ToUtc(local, mainZone, null, out _);
                }
                warnings.Add($"\"{text}\" gives no time zone; read as UTC");
                return new DateTimeOffset(local, TimeSpan.Zero);
        }
    }

    internal static TimeZoneInfo? FirstExplicitZone(List<Mention> mentions)
    {
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Clock && m.Zone.ZoneId is { } id) return Zones.Find(id);
        return null;
    }

    /// <summary>
    /// The zone of the place the clock's own sentence names: for "local time", the nearest place in the sentence (one
    /// before the clock first); for a clock with no zone, only a place written right beside it ("in Bangkok at 4 p.m.",
    /// "at 4 p.m. in Bangkok").
    /// </summary>
    internal static string? SentencePlace(IReadOnlyList<PlaceMention> places, string paragraph, List<(int Start, int End)> sentences, Mention m, bool local)
    {
        if (places.Count == 0) return null;
        var (start, end) = SentenceAt(sentences, m.Start);
        string? before = null, after = null;
        var (beforeEnd, afterStart) = (-1, int.MaxValue);
        foreach (var p in places)
        {
            // "Princeton, Indiana, at 3:10 p.m. local time": the town's clock, not its state's.
            if (p.Paragraph != m.Paragraph || p.Start < start || p.End > end || p.Qualifier) continue;
            if (p.End <= m.Start && p.End > beforeEnd) (before, beforeEnd) = (p.Zone, p.End);
            else if (p.Start >= m.End && p.Start < afterStart && (local || Beside(paragraph.AsSpan(m.End, p.Start - m.End), " in "))) (after, afterStart) = (p.Zone, p.Start);
        }

        if (local) return before ?? after;
        return before is not null && Beside(paragraph.AsSpan(beforeEnd, m.Start - beforeEnd), " at ") ? before : after;

        static bool Beside(ReadOnlySpan<char> between, string word) =>
            between.Equals(word, StringComparison.Ordinal) || between.Equals(word + "about ", StringComparison.Ordinal) || between.Equals(word + "around ", StringComparison.Ordinal);
    }

    private static string Offset(TimeSpan t) => (t < TimeSpan.Zero ? "-" : "+") + t.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
