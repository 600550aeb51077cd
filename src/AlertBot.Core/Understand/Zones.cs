using System.Collections.Frozen;

namespace AlertBot.Core.Understand;

/// <summary>How a clock time says which clock it was read from.</summary>
internal enum ZoneKind
{
    /// <summary>Nothing written: inherit the story's last zone, else its main place.</summary>
    None,

    /// <summary>A fixed offset: Z, UTC, GMT, UTC+3, military letters.</summary>
    Fixed,

    /// <summary>An abbreviation such as EST, read through its IANA zone (EST in July is Eastern daylight time).</summary>
    Abbreviation,

    /// <summary>A named zone: "Kyiv time", "Eastern time".</summary>
    Named,

    /// <summary>"local time", "hrs local": the article's main place decides.</summary>
    Local,
}

/// <summary>A parsed zone designator.</summary>
internal readonly record struct ZoneSpec(ZoneKind Kind, int OffsetMinutes = 0, string? ZoneId = null, string? Abbreviation = null, bool? Daylight = null)
{
    public static ZoneSpec Utc { get; } = new(ZoneKind.Fixed, 0, null, "UTC");
}

/// <summary>Zone abbreviations and IANA look-ups. All IANA zones come from the machine's tzdata via TimeZoneInfo.</summary>
internal static class Zones
{
    // abbreviation → (IANA zone, nominal offset in minutes, daylight?)
    private static readonly FrozenDictionary<string, (string? Zone, int Offset, bool Daylight)> Abbreviations =
        new Dictionary<string, (string?, int, bool)>(StringComparer.Ordinal)
        {
            ["UTC"] = (null, 0, false), ["GMT"] = (null, 0, false), ["Z"] = (null, 0, false), ["ZULU"] = (null, 0, false),
            ["EST"] = ("America/New_York", -300, false), ["EDT"] = ("America/New_York", -240, true), ["ET"] = ("America/New_York", -300, false),
            ["CST"] = ("America/Chicago", -360, false), ["CDT"] = ("America/Chicago", -300, true), ["CT"] = ("America/Chicago", -360, false),
            ["MST"] = ("America/Denver", -420, false), ["MDT"] = ("America/Denver", -360, true),
            ["PST"] = ("America/Los_Angeles", -480, false), ["PDT"] = ("America/Los_Angeles", -420, true), ["PT"] = ("America/Los_Angeles", -480, false),
            ["HST"] = ("Pacific/Honolulu", -600, false),
            ["BST"] = ("Europe/London", 60, true),
            ["WET"] = ("Europe/Lisbon", 0, false), ["WEST"] = ("Europe/Lisbon", 60, true),
            ["CET"] = ("Europe/Paris", 60, false), ["CEST"] = ("Europe/Paris", 120, true),
            ["MEZ"] = ("Europe/Berlin", 60, false), ["MESZ"] = ("Europe/Berlin", 120, true), // German for CET, CEST
            ["EET"] = ("Europe/Kyiv", 120, false), ["EEST"] = ("Europe/Kyiv", 180, true),
            ["MSK"] = ("Europe/Moscow", 180, false),
            ["IDT"] = ("Asia/Jerusalem", 180, true),
            ["WAT"] = ("Africa/Lagos", 60, false), ["CAT"] = ("Africa/Maputo", 120, false), ["EAT"] = ("Africa/Nairobi", 180, false),
            ["IRST"] = ("Asia/Tehran", 210, false), ["PKT"] = ("Asia/Karachi", 300, false),
            ["IST"] = ("Asia/Kolkata", 330, false),
            ["ICT"] = ("Asia/Bangkok", 420, false), ["WIB"] = ("Asia/Jakarta", 420, false), ["WITA"] = ("Asia/Makassar", 480, false), ["WIT"] = ("Asia/Jayapura", 540, false),
            ["HKT"] = ("Asia/Hong_Kong", 480, false), ["SGT"] = ("Asia/Singapore", 480, false),
            ["JST"] = ("Asia/Tokyo", 540, false), ["KST"] = ("Asia/Seoul", 540, false),
            ["AEST"] = ("Australia/Sydney", 600, false), ["AEDT"] = ("Australia/Sydney", 660, true),
            // Central Australia: Darwin keeps standard time all year, Adelaide takes daylight time; "ACST" in January is Darwin's.
            ["ACST"] = ("Australia/Darwin", 570, false), ["ACDT"] = ("Australia/Adelaide", 630, true),
            ["AWST"] = ("Australia/Perth", 480, false),
            ["NZST"] = ("Pacific/Auckland", 720, false), ["NZDT"] = ("Pacific/Auckland", 780, true),
            ["AKST"] = ("America/Anchorage", -540, false), ["AKDT"] = ("America/Anchorage", -480, true),
            ["SAST"] = ("Africa/Johannesburg", 120, false),
            ["TRT"] = ("Europe/Istanbul", 180, false), ["GST"] = ("Asia/Dubai", 240, false), ["GET"] = ("Asia/Tbilisi", 240, false),
            ["AFT"] = ("Asia/Kabul", 270, false), ["UZT"] = ("Asia/Tashkent", 300, false), ["NPT"] = ("Asia/Kathmandu", 345, false),
            ["MMT"] = ("Asia/Yangon", 390, false), ["MYT"] = ("Asia/Kuala_Lumpur", 480, false), ["PHT"] = ("Asia/Manila", 480, false),
            ["ChST"] = ("Pacific/Guam", 600, false),
            ["AST"] = ("America/Puerto_Rico", -240, false), ["ADT"] = ("America/Halifax", -180, true),
            // The abbreviations tz and CLDR give the zones of Russia, Central Asia, the Caucasus, South America, the
            // Atlantic and Indian Ocean islands and the Pacific (one row per zone; the zone's rules give the offset on the day).
            ["NST"] = ("America/St_Johns", -210, false), ["NDT"] = ("America/St_Johns", -150, true),
            ["SAMT"] = ("Europe/Samara", 240, false), ["YEKT"] = ("Asia/Yekaterinburg", 300, false), ["OMST"] = ("Asia/Omsk", 360, false),
            ["KRAT"] = ("Asia/Krasnoyarsk", 420, false), ["IRKT"] = ("Asia/Irkutsk", 480, false), ["YAKT"] = ("Asia/Yakutsk", 540, false),
            ["VLAT"] = ("Asia/Vladivostok", 600, false), ["MAGT"] = ("Asia/Magadan", 660, false), ["SAKT"] = ("Asia/Sakhalin", 660, false),
            ["PETT"] = ("Asia/Kamchatka", 720, false),
            ["AZT"] = ("Asia/Baku", 240, false), ["AMT"] = ("Asia/Yerevan", 240, false), ["KGT"] = ("Asia/Bishkek", 360, false),
            ["TJT"] = ("Asia/Dushanbe", 300, false), ["TMT"] = ("Asia/Ashgabat", 300, false), ["ALMT"] = ("Asia/Almaty", 300, false),
            ["ULAT"] = ("Asia/Ulaanbaatar", 480, false), ["HOVT"] = ("Asia/Hovd", 420, false), ["TLT"] = ("Asia/Dili", 540, false),
            ["BNT"] = ("Asia/Brunei", 480, false),
            ["ART"] = ("America/Argentina/Buenos_Aires", -180, false), ["BOT"] = ("America/La_Paz", -240, false), ["PET"] = ("America/Lima", -300, false),
            ["CLT"] = ("America/Santiago", -240, false), ["CLST"] = ("America/Santiago", -180, true), ["BRT"] = ("America/Sao_Paulo", -180, false),
            ["COT"] = ("America/Bogota", -300, false), ["ECT"] = ("America/Guayaquil", -300, false), ["VET"] = ("America/Caracas", -240, false),
            ["UYT"] = ("America/Montevideo", -180, false), ["GFT"] = ("America/Cayenne", -180, false), ["SRT"] = ("America/Paramaribo", -180, false),
            ["GYT"] = ("America/Guyana", -240, false), ["FKST"] = ("Atlantic/Stanley", -180, false),
            ["EAST"] = ("Pacific/Easter", -360, false), ["EASST"] = ("Pacific/Easter", -300, true),
            ["AZOT"] = ("Atlantic/Azores", -60, false), ["AZOST"] = ("Atlantic/Azores", 0, true), ["CVT"] = ("Atlantic/Cape_Verde", -60, false),
            ["MVT"] = ("Indian/Maldives", 300, false), ["MUT"] = ("Indian/Mauritius", 240, false), ["RET"] = ("Indian/Reunion", 240, false),
            ["SCT"] = ("Indian/Mahe", 240, false),
            ["FJT"] = ("Pacific/Fiji", 720, false), ["TOT"] = ("Pacific/Tongatapu", 780, false), ["PGT"] = ("Pacific/Port_Moresby", 600, false),
            ["SBT"] = ("Pacific/Guadalcanal", 660, false), ["VUT"] = ("Pacific/Efate", 660, false), ["NCT"] = ("Pacific/Noumea", 660, false),
            ["MHT"] = ("Pacific/Majuro", 720, false), ["CKT"] = ("Pacific/Rarotonga", -600, false), ["TAHT"] = ("Pacific/Tahiti", -600, false),
            ["SST"] = ("Pacific/Pago_Pago", -660, false), ["HDT"] = ("America/Adak", -540, true), ["NFT"] = ("Pacific/Norfolk", 660, false),
            ["CHAST"] = ("Pacific/Chatham", 765, false), ["CHADT"] = ("Pacific/Chatham", 825, true), ["LHST"] = ("Australia/Lord_Howe", 630, false),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    // Abbreviations that name other zones too: which is meant is the one nearest the story's own clock ("2315 hrs PST" in
    // a Kashmir story is Pakistan's, "IST" in a Tel Aviv story Israel's, "AST" in a Gulf story Arabia's).
    private static readonly FrozenDictionary<string, (string Zone, int Offset, bool Daylight)[]> OtherMeanings =
        new Dictionary<string, (string, int, bool)[]>(StringComparer.Ordinal)
        {
            ["IST"] = [("Asia/Jerusalem", 120, false), ("Europe/Dublin", 60, true)],
            ["PST"] = [("Asia/Karachi", 300, false), ("Asia/Manila", 480, false)],
            ["CST"] = [("Asia/Shanghai", 480, false), ("America/Havana", -300, false)],
            ["BST"] = [("Asia/Dhaka", 360, false)],
            ["AST"] = [("Asia/Riyadh", 180, false)],
            ["AMT"] = [("America/Manaus", -240, false)],
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>An abbreviation that several zones share, read as the one whose offset is nearest the story's zone on that day.</summary>
    public static ZoneSpec ForStory(ZoneSpec spec, TimeZoneInfo? storyZone, DateTime local)
    {
        if (spec.Kind != ZoneKind.Abbreviation || storyZone is null || spec.Abbreviation is not { } abbr || !OtherMeanings.TryGetValue(abbr, out var others))
            return spec;
        var story = storyZone.GetUtcOffset(local).TotalMinutes;
        var best = spec;
        var distance = Math.Abs(spec.OffsetMinutes - story);
        foreach (var (zone, offset, daylight) in others)
        {
            if (Math.Abs(offset - story) < distance)
                (best, distance) = (new ZoneSpec(ZoneKind.Abbreviation, offset, zone, abbr, daylight), Math.Abs(offset - story));
        }

        return best;
    }

    private static readonly FrozenDictionary<string, string> NamedZones = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Eastern"] = "America/New_York", ["Central"] = "America/Chicago", ["Mountain"] = "America/Denver", ["Pacific"] = "America/Los_Angeles",
        ["Greenwich"] = "Etc/UTC", ["Zulu"] = "Etc/UTC", ["Universal"] = "Etc/UTC", ["Coordinated Universal"] = "Etc/UTC",
        ["Central European"] = "Europe/Paris", ["Eastern European"] = "Europe/Kyiv", ["British"] = "Europe/London",
        // CLDR's long names of the zones news writes out ("0540 Newfoundland time", "Arabia Standard Time").
        ["Western European"] = "Europe/Lisbon", ["Atlantic"] = "America/Halifax", ["Newfoundland"] = "America/St_Johns",
        ["Alaska"] = "America/Anchorage", ["Hawaii"] = "Pacific/Honolulu", ["Hawaii-Aleutian"] = "Pacific/Honolulu",
        ["West Africa"] = "Africa/Lagos", ["Central Africa"] = "Africa/Maputo", ["East Africa"] = "Africa/Nairobi",
        ["South Africa"] = "Africa/Johannesburg", ["Arabia"] = "Asia/Riyadh", ["Arabian"] = "Asia/Riyadh", ["Gulf"] = "Asia/Dubai",
        ["India"] = "Asia/Kolkata", ["Indian"] = "Asia/Kolkata", ["Australian Eastern"] = "Australia/Sydney",
        ["Australian Central"] = "Australia/Adelaide", ["Australian Western"] = "Australia/Perth", ["New Zealand"] = "Pacific/Auckland",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamedLookup = NamedZones.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, (string? Zone, int Offset, bool Daylight)>.AlternateLookup<ReadOnlySpan<char>> AbbrLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.Ordinal);

    public static bool TryAbbreviation(ReadOnlySpan<char> word, out ZoneSpec spec)
    {
        if (AbbrLookup.TryGetValue(word, out var a))
        {
            spec = a.Zone is null
                ? new ZoneSpec(ZoneKind.Fixed, a.Offset, null, word.ToString())
                : new ZoneSpec(ZoneKind.Abbreviation, a.Offset, a.Zone, word.ToString(), word is "ET" or "CT" or "PT" ? null : a.Daylight); // generic "ET" is right all year
            return true;
        }
        spec = default;
        return false;
    }

    /// <summary>"Kyiv", "Eastern", "Central European": the IANA zone the words before "time" name.</summary>
    public static string? NamedZone(ReadOnlySpan<char> name) =>
        NamedLookup.TryGetValue(name, out var id) ? id : Gazetteer.TimeZoneOfPlace(name);

    /// <summary>NATO zone letters: Z = UTC, A–M (no J) east, N–Y west.</summary>
    public static bool TryMilitaryLetter(char c, out int offsetMinutes)
    {
        offsetMinutes = c switch
        {
            'Z' => 0,
            >= 'A' and <= 'I' => (c - 'A' + 1) * 60,
            >= 'K' and <= 'M' => (c - 'K' + 10) * 60,
            >= 'N' and <= 'Y' => -(c - 'N' + 1) * 60,
            _ => int.MinValue,
        };
        return offsetMinutes != int.MinValue;
    }

    public static TimeZoneInfo? Find(string ianaId) => Cache.GetOrAdd(ianaId, static id =>
    {
        // tzdata renamed Kiev to Kyiv in 2022; older machines only know the old name.
        foreach (var candidate in id == "Europe/Kyiv" ? new[] { id, "Europe/Kiev" } : [id])
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(candidate);
            }
            catch (TimeZoneNotFoundException)
            {
            }
            catch (InvalidTimeZoneException)
            {
            }
        }
        return null;
    });

    /// <summary>
    /// Converts a wall-clock time in <paramref name="zone"/> to UTC. In the spring-forward gap the clock is read
    /// one hour later (as clocks show it); in the autumn overlap <paramref name="preferDaylight"/> picks the
    /// occurrence (the abbreviation says which), else the first (daylight) one, as a reader would.
    /// </summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone, bool? preferDaylight, out bool inGap)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        inGap = zone.IsInvalidTime(local);
        if (inGap) local = local.AddHours(1);
        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var offset = preferDaylight == false ? offsets.Min() : offsets.Max();
            return new DateTimeOffset(local, offset).ToUniversalTime();
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
