using System.Globalization;

namespace AlertBot.Core.Understand;

/// <summary>Publication-time parsing for metadata fields: ISO 8601, RFC 822 (feeds) and news-style date lines.</summary>
internal static class Dates
{
    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss",
    ];

    /// <summary>
    /// The UTC offset a stamp is written with, when it names one other than UTC: "2025-01-15T10:05:00+01:00" → +01:00,
    /// "Tue, 05 Mar 2024 14:20:00 +0300" → +03:00; null for "Z", "GMT", "+00:00" or no offset.
    /// </summary>
    public static TimeSpan? WrittenOffset(string? value)
    {
        var s = value.AsSpan().Trim();
        // "+01:00" or "+0100" at the end, after a clock's digit or a space.
        var colon = s.Length >= 7 && s[^3] == ':';
        var n = colon ? 6 : 5;
        if (s.Length < n + 2 || s[^n] is not ('+' or '-') || !(char.IsAsciiDigit(s[^(n + 1)]) || s[^(n + 1)] == ' '))
            return null;
        var digits = s[^(n - 1)..];
        if (!char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[1]) || !char.IsAsciiDigit(digits[^2]) || !char.IsAsciiDigit(digits[^1]))
            return null;
        var minutes = ((digits[0] - '0') * 10 + (digits[1] - '0')) * 60 + (digits[^2] - '0') * 10 + (digits[^1] - '0');
        if (minutes == 0 || minutes > 14 * 60) return null;
        return TimeSpan.FromMinutes(s[^n] == '-' ? -minutes : minutes);
    }

    /// <summary>Parses a metadata date; null when it says nothing usable. Never consults the machine clock or zone.</summary>
    public static DateTimeOffset? ParseLoose(string? value) => ParseLoose(value, out _, out _);

    /// <summary>
    /// Parses a metadata date; <paramref name="otherWay"/> is its other reading when it is a numeric date that reads both
    /// ways ("05/04/2026": 4 May, or 5 April) and nothing on its line settles which: the story decides (its dateline, its
    /// other dates, its country's way of writing dates).
    /// </summary>
    public static DateTimeOffset? ParseLoose(string? value, out DateTimeOffset? otherWay, out bool zoneless)
    {
        otherWay = null;
        zoneless = false;
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (char.IsAsciiDigit(s[0]) && s.Length >= 10 && s[4] == '-'
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso))
            return s.Length == 10 ? new DateTimeOffset(iso.UtcDateTime.Date.AddHours(12), TimeSpan.Zero) : iso.ToUniversalTime();

        // RFC 822 ("Tue, 05 Mar 2024 14:20:00 GMT") always has a clock; skip the exact parsers for anything else.
        var rfc = s.Contains(':', StringComparison.Ordinal) && (char.IsAsciiDigit(s[0]) || (s.Length > 4 && s[3] == ',')) ? NormaliseRfc822Zone(s) : null;
        if (rfc is not null && DateTimeOffset.TryParseExact(rfc, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var r))
            return r.ToUniversalTime();

        // "Published: November 14, 2023 08:12 GMT", "14 Nov 2023 | 0915 EST"
        var mentions = new List<Mention>();
        TimeMentions.Find(s, 0, mentions);
        Mention? date = null, clock = null;
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Date && m.Year != 0) date ??= m;
            else if (m.Kind == MentionKind.Clock) clock ??= m;
        }
        if (date is null) return null;
        var day = new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Unspecified);
        // "03/02/2026 (Tuesday, 3 February)": a numeric date that reads both ways is the reading the line's weekday or
        // written date names.
        if (date.EitherWayRound && new DateTime(date.Year, date.Day, date.Month) is var other
            && mentions.Exists(m => m != date && (m.Kind == MentionKind.Date && m.Day == other.Day && m.Month == other.Month
                                                  || m.Relative == RelativeKind.Weekday && m.Weekday == other.DayOfWeek && day.DayOfWeek != other.DayOfWeek)))
            day = other;
        else if (date.EitherWayRound)
            otherWay = At(new DateTime(date.Year, date.Day, date.Month, 0, 0, 0, DateTimeKind.Unspecified), clock);
        // "[21.07.2026 16:02]": a clock written in words or figures with no zone, read as UTC until the story says where.
        zoneless = clock is not null && clock.Zone.Kind == ZoneKind.None;
        return At(day, clock);
    }

    private static DateTimeOffset At(DateTime day, Mention? clock)
    {
        // A date with no clock is read as midday UTC, so that it names the same calendar day in every zone
        // from UTC-11 to UTC+11 when relative days are anchored to it.
        if (clock is null) return new DateTimeOffset(day.AddHours(12), TimeSpan.Zero);
        var local = day.AddHours(clock.Hour).AddMinutes(clock.Minute);
        var zone = clock.Zone;
        if (zone.Kind == ZoneKind.Fixed) return new DateTimeOffset(local, TimeSpan.FromMinutes(zone.OffsetMinutes)).ToUniversalTime();
        if (zone.ZoneId is { } id && Zones.Find(id) is { } tz) return Zones.ToUtc(local, tz, zone.Daylight, out _);
        return new DateTimeOffset(local, TimeSpan.Zero);
    }

    /// <summary>RFC 822 zones: "GMT", "UT", "Z", "+0000", "EST" → a "+hh:mm" offset .NET can read.</summary>
    private static string? NormaliseRfc822Zone(string s)
    {
        var space = s.LastIndexOf(' ');
        if (space < 0) return null;
        var zone = s[(space + 1)..];
        string? offset = zone switch
        {
            "GMT" or "UT" or "UTC" or "Z" => "+00:00",
            "EST" => "-05:00", "EDT" => "-04:00", "CST" => "-06:00", "CDT" => "-05:00",
            "MST" => "-07:00", "MDT" => "-06:00", "PST" => "-08:00", "PDT" => "-07:00",
            _ when zone.Length == 5 && zone[0] is '+' or '-' && zone.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0 => $"{zone[..3]}:{zone[3..]}",
            _ when zone.Length == 6 && zone[0] is '+' or '-' && zone[3] == ':' => zone,
            _ => null,
        };
        return offset is null ? s : s[..space] + " " + offset;
    }
}
