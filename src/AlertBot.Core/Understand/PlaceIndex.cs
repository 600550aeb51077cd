using System.Collections.Frozen;
using System.Globalization;

namespace AlertBot.Core.Understand;

/// <summary>The loaded gazetteer: places by written name, by first word (for scanning), by folded name and by tag.</summary>
internal sealed class PlaceIndex
{
    public required Place[] All { get; init; }
    public required FrozenDictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> ByName { get; init; }
    public required FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> ByFirstWord { get; init; }
    public required FrozenDictionary<string, Place[]> ByFolded { get; init; }
    public required FrozenDictionary<string, Place[]> ByTag { get; init; }
    public required (string Name, string Folded, long Population)[] FoldedNames { get; init; }
    public required FrozenSet<string> CommonWords { get; init; }
    public required FrozenDictionary<string, string> CountryTags { get; init; }
    public required FrozenDictionary<string, string> CountryNames { get; init; }
    public required FrozenDictionary<string, string> CodesByTag { get; init; }
    public required FrozenDictionary<string, Place> Countries { get; init; }

    /// <summary>A country written by a person ("Ukraine", "drc", "UA") → its ISO code, or null.</summary>
    public string? CountryCodeOf(string country)
    {
        var c = country.Trim();
        if (c.Length == 2 && CountryNames.ContainsKey(c.ToUpperInvariant()))
            return c.ToUpperInvariant();
        var slug = Places.Slug(c);
        foreach (var (code, tag) in CountryTags)
        {
            if (tag == slug || Places.Slug(CountryNames[code]) == slug)
                return code;
        }

        return Gazetteer.TagOfName(c) is { } known ? CountryTags.FirstOrDefault(kv => kv.Value == known).Key : null;
    }

    public static PlaceIndex Build(TextReader placesTsv, TextReader countriesTsv, TextReader commonWords)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string s) => strings.TryGetValue(s, out var v) ? v : strings[s] = s;

        var places = new List<Place>(60_000);
        var names = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var header = true;
        while (placesTsv.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (header)
            {
                header = false; // the column names
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 9)
                continue;
            var kind = f[2] switch
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
                f[0],
                kind,
                f[3].Length == 0 ? null : Intern(f[3]),
                f[4].Length == 0 ? null : Intern(f[4]),
                double.Parse(f[5], CultureInfo.InvariantCulture),
                double.Parse(f[6], CultureInfo.InvariantCulture),
                long.Parse(f[7], CultureInfo.InvariantCulture),
                Intern(f[8]));
            places.Add(place);
            Add(names, f[0], place);
            foreach (var alt in f[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                Add(names, alt, place);
        }

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

        // A country as a place: the mean of its first-level regions' centroids (its towns' when it has none).
        var countries = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var group in places.Where(p => p.CountryCode is not null && p.Kind is PlaceKind.Admin1 or PlaceKind.City).GroupBy(p => p.CountryCode!))
        {
            var parts = group.Where(p => p.Kind == PlaceKind.Admin1).ToList();
            if (parts.Count == 0)
                parts = group.ToList();
            var zone = countryZones.GetValueOrDefault(group.Key) ?? group.OrderByDescending(p => p.Population).First().Zone;
            var name = countryNames.GetValueOrDefault(group.Key) ?? group.Key;
            countries[group.Key] = new Place(name, PlaceKind.Country, group.Key, null, Math.Round(parts.Average(p => p.Lat), 4), Math.Round(parts.Average(p => p.Lon), 4), group.Sum(p => p.Kind == PlaceKind.City ? p.Population : 0), zone);
        }

        var common = new HashSet<string>(StringComparer.Ordinal);
        while (commonWords.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                common.Add(line.Trim());
        }

        var byName = names.ToFrozenDictionary(kv => kv.Key, kv => Ranked(kv.Value), StringComparer.Ordinal);
        var byFirst = names.Keys
            .GroupBy(FirstWord, StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray(), StringComparer.Ordinal);
        var folded = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var (name, list) in names)
        {
            foreach (var p in list)
                Add(folded, Places.Fold(name), p);
        }

        var byTag = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            if (p.Tag.Length > 0)
                Add(byTag, p.Tag, p);
        }

        return new PlaceIndex
        {
            All = places.ToArray(),
            ByName = byName.GetAlternateLookup<ReadOnlySpan<char>>(),
            ByFirstWord = byFirst.GetAlternateLookup<ReadOnlySpan<char>>(),
            ByFolded = folded.ToFrozenDictionary(kv => kv.Key, kv => Ranked(kv.Value), StringComparer.Ordinal),
            ByTag = byTag.ToFrozenDictionary(kv => kv.Key, kv => Ranked(kv.Value), StringComparer.Ordinal),
            FoldedNames = names.Select(kv => (kv.Key, Places.Fold(kv.Key), kv.Value.Max(p => p.Population))).ToArray(),
            CommonWords = common.ToFrozenSet(StringComparer.Ordinal),
            CountryTags = countryTags.ToFrozenDictionary(StringComparer.Ordinal),
            CountryNames = countryNames.ToFrozenDictionary(StringComparer.Ordinal),
            CodesByTag = countryTags.GroupBy(kv => kv.Value).ToFrozenDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal),
            Countries = countries.ToFrozenDictionary(StringComparer.Ordinal),
        };
    }

    private static Place[] Ranked(List<Place> list) =>
        list.Distinct().OrderByDescending(Weight).ToArray();

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

    private static void Add(Dictionary<string, List<Place>> map, string key, Place place)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = new List<Place>(1);
        if (!list.Contains(place))
            list.Add(place);
    }

    private static string FirstWord(string s)
    {
        var end = 0;
        while (end < s.Length && char.IsLetter(s[end])) end++;
        return s[..end];
    }
}
