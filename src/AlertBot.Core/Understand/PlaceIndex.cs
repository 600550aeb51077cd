using System.Globalization;

namespace AlertBot.Core.Understand;

/// <summary>
/// The loaded gazetteer. Kept small and quick to build (measured: <c>AlertBot.Benchmarks -- places</c>): the places and
/// one map from each written name to its places, for understanding; the map from every spelling's slug, for
/// commands (<see cref="Places.Lookup"/>, tags), is built on first use.
/// </summary>
internal sealed class PlaceIndex
{
    /// <summary>The longest name in words ("Bab el-Mandeb Strait" is 3), so the scanner knows how far to look.</summary>
    public const int MaxWords = 5;

    /// <summary>Places kept under one written name, the likeliest first.</summary>
    public const int MaxCandidates = 24;

    private readonly Lazy<Dictionary<string, Place[]>> _bySlug;

    private PlaceIndex(Place[] all, Dictionary<string, Place[]> byName)
    {
        All = all;
        ByNameMap = byName;
        ByName = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _bySlug = new Lazy<Dictionary<string, Place[]>>(BuildSlugs, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Place[] All { get; }
    public Dictionary<string, Place[]> ByNameMap { get; }
    public Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> ByName { get; }

    /// <summary>Slug of every name and alternate ("kharkiv", "kiev", "hodeidah", "north-kivu") → its places, best first.</summary>
    public Dictionary<string, Place[]> BySlug => _bySlug.Value;

    public HashSet<string> CommonWords { get; private init; } = [];
    public Dictionary<string, string> CountryTags { get; private init; } = [];
    public Dictionary<string, string> CountryNames { get; private init; } = [];
    public Dictionary<string, string> CodesByTag { get; private init; } = [];
    public Dictionary<string, Place> Countries { get; private init; } = [];

    /// <summary>A country written by a person ("Ukraine", "drc", "UA") → its ISO code, or null.</summary>
    public string? CountryCodeOf(string country)
    {
        var c = country.Trim();
        if (c.Length == 2 && CountryNames.ContainsKey(c.ToUpperInvariant()))
            return c.ToUpperInvariant();
        var slug = Places.Slug(c);
        if (CodesByTag.TryGetValue(slug, out var code))
            return code;
        foreach (var (iso, name) in CountryNames)
        {
            if (Places.Slug(name) == slug)
                return iso;
        }

        return Gazetteer.TagOfName(c) is { } known && CodesByTag.TryGetValue(known, out var byTag) ? byTag : null;
    }

    /// <param name="all">The whole places file, read field by field as spans: only names are allocated, and the values
    /// many rows share (country, region, zone) once each. The garbage of a line-and-split parse stayed committed.</param>
    public static PlaceIndex Build(string all, TextReader countriesTsv, TextReader commonWords)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        string Intern(ReadOnlySpan<char> s)
        {
            if (shared.TryGetValue(s, out var v))
                return v;
            var str = s.ToString();
            strings[str] = str;
            return str;
        }

        var places = new List<Place>(60_000);
        var names = new Dictionary<string, Place[]>(80_000, StringComparer.Ordinal);
        var byName = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var header = true;
        Span<Range> fields = stackalloc Range[10];
        foreach (var lineRange in all.AsSpan().Split('\n'))
        {
            var line = all.AsSpan(lineRange);
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (header)
            {
                header = false; // the column names
                continue;
            }

            if (line.Split(fields, '\t') < 9)
                continue;
            var kind = line[fields[2]] switch
            {
                "city" => PlaceKind.City,
                "admin1" => PlaceKind.Admin1,
                "region" => PlaceKind.Region,
                "sea" => PlaceKind.Sea,
                "strait" => PlaceKind.Strait,
                "gulf" => PlaceKind.Gulf,
                _ => PlaceKind.Disputed,
            };
            var place = new Place(
                line[fields[0]].ToString(),
                kind,
                line[fields[3]].IsEmpty ? null : Intern(line[fields[3]]),
                line[fields[4]].IsEmpty ? null : Intern(line[fields[4]]),
                double.Parse(line[fields[5]], CultureInfo.InvariantCulture),
                double.Parse(line[fields[6]], CultureInfo.InvariantCulture),
                long.Parse(line[fields[7]], CultureInfo.InvariantCulture),
                Intern(line[fields[8]].TrimEnd('\r')));
            places.Add(place);
            Place[]? own = null; // the one-place array this place's names share while no other place has them
            AddName(names, place.Name, place, ref own);
            foreach (var altRange in line[fields[1]].Split(','))
            {
                var alt = line[fields[1]][altRange].Trim();
                if (!alt.IsEmpty)
                    AddName(names, byName.TryGetValue(alt, out var known, out _) ? known : alt.ToString(), place, ref own);
            }
        }

        // Sized for the data as it grows (60,000 rows, 74,000 names): no table left a third empty.
        names.TrimExcess();

        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryZones = new Dictionary<string, string>(StringComparer.Ordinal);
        header = true;
        while (countriesTsv.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (header)
            {
                header = false;
                continue;
            }

            var f = line.Split('\t');
            countryNames[f[0]] = f[1];
            if (f.Length > 4 && f[4].Length > 0)
                countryZones[f[0]] = Intern(f[4].Split(',')[0]);
        }

        var countryTags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in countryNames)
            countryTags[code] = Gazetteer.TagOfName(name) ?? Places.Slug(name);
        // A tag names the country whose own name it is: "united-states" is US, not Guam (a territory the old tag
        // table files under it); a territory's tag is its sovereign's only when no country has that name.
        var codesByTag = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, tag) in countryTags)
        {
            if (Places.Slug(countryNames[code]) == tag)
                codesByTag[tag] = code;
        }
        foreach (var (code, tag) in countryTags)
            codesByTag.TryAdd(tag, code);

        // A country as a place: the mean of its first-level regions' centroids (its towns' when it has none).
        var sums = new Dictionary<string, (double Lat, double Lon, int N, double TownLat, double TownLon, int Towns, long People, Place? Biggest)>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            if (p.CountryCode is not { } code || p.Kind is not (PlaceKind.Admin1 or PlaceKind.City))
                continue;
            var s = sums.GetValueOrDefault(code);
            if (p.Kind == PlaceKind.Admin1)
                s = s with { Lat = s.Lat + p.Lat, Lon = s.Lon + p.Lon, N = s.N + 1 };
            else
                s = s with { TownLat = s.TownLat + p.Lat, TownLon = s.TownLon + p.Lon, Towns = s.Towns + 1, People = s.People + p.Population, Biggest = s.Biggest is null || p.Population > s.Biggest.Population ? p : s.Biggest };
            sums[code] = s;
        }

        var countries = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var (code, s) in sums)
        {
            var (lat, lon) = s.N > 0 ? (s.Lat / s.N, s.Lon / s.N) : (s.TownLat / s.Towns, s.TownLon / s.Towns);
            var zone = countryZones.GetValueOrDefault(code) ?? s.Biggest?.Zone ?? "Etc/UTC";
            countries[code] = new Place(countryNames.GetValueOrDefault(code) ?? code, PlaceKind.Country, code, null, Math.Round(lat, 4), Math.Round(lon, 4), s.People, zone);
        }

        var common = new HashSet<string>(StringComparer.Ordinal);
        while (commonWords.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                common.Add(line.Trim());
        }

        foreach (var (name, list) in names)
        {
            if (list.Length > 1)
                names[name] = Ranked(list);
        }

        // A name many places share ("Victoria", "Santa Cruz") keeps its likeliest few: the story's countries choose
        // among them, and resolving one mention stays cheap.
        foreach (var (name, list) in names)
        {
            if (list.Length > MaxCandidates)
                names[name] = list[..MaxCandidates];
        }

        return new PlaceIndex(places.ToArray(), names)
        {
            CommonWords = common,
            CountryTags = countryTags,
            CountryNames = countryNames,
            CodesByTag = codesByTag,
            Countries = countries,
        };
    }

    /// <remarks>
    /// Built once, on the first command look-up, and kept: each place's own tag is the key of its slug (the string
    /// <see cref="Place.Tag"/> holds, not a second copy), and a slug of one place shares that place's one-place array
    /// of <see cref="ByNameMap"/>. Lists grow as arrays, as in <see cref="AddName"/>. Measured on 63,568 places
    /// (working set after an aggressive collection, before and after the first look-up): 11.9 MB before, 7.0 MB.
    /// </remarks>
    private Dictionary<string, Place[]> BuildSlugs()
    {
        var slugs = new Dictionary<string, Place[]>(ByNameMap.Count, StringComparer.Ordinal);
        var lookup = slugs.GetAlternateLookup<ReadOnlySpan<char>>();
        var singles = new Dictionary<Place, Place[]>(All.Length, ReferenceEqualityComparer.Instance);
        foreach (var list in ByNameMap.Values)
        {
            if (list.Length == 1)
                singles.TryAdd(list[0], list);
        }

        foreach (var (name, list) in ByNameMap)
        {
            var slug = Places.Slug(name);
            if (slug.Length == 0)
                continue;
            var key = lookup.TryGetValue(slug, out var existing, out _) ? existing : list.FirstOrDefault(p => p.Tag == slug)?.Tag ?? slug;
            foreach (var p in list)
            {
                var own = singles.GetValueOrDefault(p);
                AddName(slugs, key, p, ref own);
            }
        }

        // Each place under its own tag too ("donetsk" for Donetsk Oblast, "north-kivu").
        foreach (var p in All)
        {
            var own = singles.GetValueOrDefault(p);
            AddName(slugs, lookup.TryGetValue(p.Tag, out var existing, out _) ? existing : p.Tag, p, ref own);
        }

        foreach (var (slug, list) in slugs)
        {
            if (list.Length > 1)
                slugs[slug] = Ranked(list);
        }

        return slugs;
    }

    private static Place[] Ranked(IEnumerable<Place> list)
    {
        var array = list.Distinct().ToArray();
        if (array.Length > 1)
            Array.Sort(array, (a, b) => Weight(b).CompareTo(Weight(a)));
        return array;
    }

    /// <summary>
    /// Most names are one place's: the place's names share one array of it (<paramref name="own"/>), grown into a new
    /// array when a second place has the name. Nothing writes into these arrays after the build.
    /// </summary>
    private static void AddName(Dictionary<string, Place[]> names, string name, Place place, ref Place[]? own)
    {
        if (!names.TryGetValue(name, out var existing))
        {
            names[name] = own ??= [place];
        }
        else if (!ReferenceEquals(existing[^1], place))
        {
            var grown = new Place[existing.Length + 1];
            existing.CopyTo(grown, 0);
            grown[^1] = place;
            names[name] = grown;
        }
    }

    /// <summary>
    /// How likely a bare name means this place. A town counts five times its people against a first-level region of
    /// that name, so "Kharkiv" (1.4 million) is the city before its oblast (2.1 million, written "Kharkiv region"),
    /// while "Virginia" is the state before a town of 9,000. The hand-made regions, seas and disputed areas
    /// ("Red Sea", "Darfur", "Crimea") come before any town or state of that name.
    /// </summary>
    private static long Weight(Place p) => p.Kind switch
    {
        PlaceKind.City => p.Population * 5,
        PlaceKind.Admin1 => p.Population,
        _ => 50_000_000,
    };

}
