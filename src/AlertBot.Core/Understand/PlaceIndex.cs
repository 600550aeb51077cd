using System.Globalization;

namespace AlertBot.Core.Understand;

/// <summary>
/// The loaded gazetteer, kept compact (measured: <c>AlertBot.Benchmarks -- places</c>): the places as rows of small
/// numbers in arrays (no object or string per place: a name is a range of one shared text, a country, region or zone
/// an index into one table of those strings, coordinates ten-thousandths of a degree), one open-addressed table from
/// each written name to its places, for understanding, and the slug map, for commands (<see cref="Places.Lookup"/>,
/// tags), built on first use as sorted arrays. A place becomes a <see cref="Place"/> when first asked for, and stays
/// that one object.
/// </summary>
internal sealed class PlaceIndex
{
    /// <summary>The longest name in words ("Bab el-Mandeb Strait" is 3), so the scanner knows how far to look.</summary>
    public const int MaxWords = 5;

    /// <summary>Places kept under one written name, the likeliest first.</summary>
    public const int MaxCandidates = 24;

    // The data writes coordinates with four decimals (tools/gazetteer/build.py, fmt_coord): n / 10,000.0 is, correctly
    // rounded, the double that parsing the text gives.
    private const double CoordinateScale = 10_000.0;

    // Rows: one a place, in the data's order.
    private readonly int[] _nameOf; // the place's own name, an entry of the name table
    private readonly byte[] _kind;
    private readonly short[] _country, _admin1, _zone; // indices into _strings, -1 for none
    private readonly int[] _lat, _lon; // ten-thousandths of a degree
    private readonly int[] _population;
    private readonly string[] _strings; // country codes, first-level regions and zones, each once

    // Names: every distinct name and alternate once, entry e of _names; its places' rows are
    // _candidates[_candidateStart[e].._candidateStart[e + 1]], the likeliest first.
    private readonly NameTable _names;
    private readonly int[] _candidateStart;
    private readonly int[] _candidates;

    // Objects made on first use, then kept: a place is always the same Place, a name always the same array.
    private readonly Place?[] _places;
    private readonly Place[]?[] _named;

    private readonly Lazy<SlugMap> _slugs;

    private PlaceIndex(Rows rows, NameTable names, int[] candidateStart, int[] candidates)
    {
        _nameOf = rows.NameOf;
        _kind = rows.Kind;
        _country = rows.Country;
        _admin1 = rows.Admin1;
        _zone = rows.Zone;
        _lat = rows.Lat;
        _lon = rows.Lon;
        _population = rows.Population;
        _strings = rows.Strings;
        _names = names;
        _candidateStart = candidateStart;
        _candidates = candidates;
        _places = new Place?[_nameOf.Length];
        _named = new Place[]?[names.Count];
        All = new PlaceList(this);
        _slugs = new Lazy<SlugMap>(BuildSlugs, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Every place, in the data's order.</summary>
    public IReadOnlyList<Place> All { get; }

    public HashSet<string> CommonWords { get; private init; } = [];
    public Dictionary<string, string> CountryTags { get; private init; } = [];
    public Dictionary<string, string> CountryNames { get; private init; } = [];
    public Dictionary<string, string> CodesByTag { get; private init; } = [];
    public Dictionary<string, Place> Countries { get; private init; } = [];

    /// <summary>The places written exactly <paramref name="name"/> (or so as an alternate), the likeliest first.</summary>
    public bool TryNamed(ReadOnlySpan<char> name, out Place[] places)
    {
        var e = _names.Find(name);
        if (e < 0)
        {
            places = null!;
            return false;
        }

        places = Volatile.Read(ref _named[e]) ?? Share(ref _named[e], PlacesOf(_candidates.AsSpan(_candidateStart[e], _candidateStart[e + 1] - _candidateStart[e])));
        return true;
    }

    /// <summary>The places whose name or alternate has this slug ("kharkiv", "kiev", "hodeidah", "north-kivu"), best first: a new array each call.</summary>
    public bool TryGetSlug(ReadOnlySpan<char> slug, out Place[] places)
    {
        var map = _slugs.Value;
        var e = map.Find(slug);
        places = e < 0 ? null! : PlacesOf(map.Rows(e));
        return e >= 0;
    }

    /// <summary>Up to <paramref name="max"/> names whose slugs start with <paramref name="wanted"/> (the most populous of the first 200), then those within two edits.</summary>
    public IReadOnlyList<string> Suggest(string wanted, int max)
    {
        var map = _slugs.Value;
        var prefix = Enumerable.Range(0, map.Count).Where(e => map.StartsWith(e, wanted)).Take(200)
            .OrderByDescending(e => _population[map.First(e)]).Select(e => NameOf(map.First(e)));
        return prefix.Concat(Near()).Distinct(StringComparer.Ordinal).Take(max).ToList();

        IEnumerable<string> Near()
        {
            var key = new char[wanted.Length + 2];
            var near = new List<(int Row, int Distance)>();
            for (var e = 0; e < map.Count; e++)
            {
                var bytes = map.Key(e);
                if (Math.Abs(bytes.Length - wanted.Length) > 2)
                    continue;
                for (var i = 0; i < bytes.Length; i++)
                    key[i] = (char)bytes[i];
                var distance = Places.Levenshtein(key.AsSpan(0, bytes.Length), wanted, 2);
                if (distance <= 2)
                    near.Add((map.First(e), distance));
            }

            return near.OrderBy(n => n.Distance).ThenByDescending(n => _population[n.Row]).Select(n => NameOf(n.Row));
        }
    }

    /// <summary>
    /// The town of at least <paramref name="minPopulation"/> people nearest to a point and under
    /// <paramref name="underKm"/> from it (of equally near ones, the first in the data's order), or null.
    /// </summary>
    public Place? NearestTown(double lat, double lon, double underKm, long minPopulation)
    {
        // A degree of latitude is 111.2 km of great circle: a town farther north or south than this is farther away.
        var degrees = underKm / 111.0;
        var (best, bestKm) = (-1, underKm);
        for (var r = 0; r < _nameOf.Length; r++)
        {
            if ((PlaceKind)_kind[r] != PlaceKind.City || _population[r] < minPopulation)
                continue;
            var townLat = _lat[r] / CoordinateScale;
            if (Math.Abs(townLat - lat) > degrees)
                continue;
            var km = Places.DistanceKm(lat, lon, townLat, _lon[r] / CoordinateScale);
            if (km < bestKm)
                (best, bestKm) = (r, km);
        }

        return best < 0 ? null : PlaceAt(best);
    }

    /// <summary>
    /// The places whose own tag <paramref name="score"/> scores (lower is better), best first and of one score the
    /// most populous (then the data's order); only those become <see cref="Place"/> objects.
    /// </summary>
    public IEnumerable<Place> ByTagScore(Places.TagScore score)
    {
        var map = _slugs.Value;
        var tag = new char[map.MaxLength];
        var found = new List<(int Row, int Score)>();
        for (var r = 0; r < _nameOf.Length; r++)
        {
            System.Text.Ascii.ToUtf16(map.Key(map.OwnTag[r]), tag, out var length);
            if (score(tag.AsSpan(0, length)) is { } s)
                found.Add((r, s));
        }

        return found.OrderBy(f => f.Score).ThenByDescending(f => _population[f.Row]).Select(f => PlaceAt(f.Row));
    }

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

    private Place PlaceAt(int row) => Volatile.Read(ref _places[row]) ?? Share(ref _places[row], Make(row));

    private Place Make(int row) => new(NameOf(row), (PlaceKind)_kind[row], StringAt(_country[row]), StringAt(_admin1[row]),
        _lat[row] / CoordinateScale, _lon[row] / CoordinateScale, _population[row], StringAt(_zone[row]) ?? "");

    private string NameOf(int row) => _names.Text(_nameOf[row]);

    private string? StringAt(short i) => i < 0 ? null : _strings[i];

    private Place[] PlacesOf(ReadOnlySpan<int> rows)
    {
        var places = new Place[rows.Length];
        for (var i = 0; i < rows.Length; i++)
            places[i] = PlaceAt(rows[i]);
        return places;
    }

    private static T Share<T>(ref T? slot, T made) where T : class => Interlocked.CompareExchange(ref slot, made, null) ?? made;

    /// <summary>Two rows that would be equal places (<see cref="Place.Equals(Place?)"/>): the data has a few twice.</summary>
    private static bool SameRow(Rows r, int a, int b) =>
        a == b || (r.NameOf[a] == r.NameOf[b] && r.Kind[a] == r.Kind[b] && r.Country[a] == r.Country[b] && r.Admin1[a] == r.Admin1[b]
            && r.Lat[a] == r.Lat[b] && r.Lon[a] == r.Lon[b] && r.Population[a] == r.Population[b] && r.Zone[a] == r.Zone[b]);

    /// <param name="all">The whole places file, read field by field as spans: nothing is allocated per place or name
    /// but the table entries themselves.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static PlaceIndex Build(string all, TextReader countriesTsv, TextReader commonWords)
    {
        var strings = new Dictionary<string, short>(StringComparer.Ordinal);
        var shared = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        var stringList = new List<string>();
        short Intern(ReadOnlySpan<char> s)
        {
            if (s.IsEmpty)
                return -1;
            if (shared.TryGetValue(s, out var v))
                return v;
            var str = s.ToString();
            var i = checked((short)stringList.Count);
            stringList.Add(str);
            strings[str] = i;
            return i;
        }

        var rows = new Rows(65_536);
        var names = new NameTable(80_000, 800_000);
        var pairs = new NamePairs(90_000); // (name, row) in the order the file gives them
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
            var name = names.Add(line[fields[0]]);
            var row = rows.Add(name, kind, Intern(line[fields[3]]), Intern(line[fields[4]]), Coordinate(line[fields[5]]), Coordinate(line[fields[6]]),
                checked((int)long.Parse(line[fields[7]], CultureInfo.InvariantCulture)), Intern(line[fields[8]].TrimEnd('\r')));
            pairs.Add(name, row);
            foreach (var altRange in line[fields[1]].Split(','))
            {
                var alt = line[fields[1]][altRange].Trim();
                if (!alt.IsEmpty)
                    pairs.Add(names.Add(alt), row);
            }
        }

        rows.Trim(stringList.ToArray());
        names.Trim();
        // Each name's places, the likeliest first; a name many places share ("Victoria", "Santa Cruz") keeps its
        // likeliest few: the story's countries choose among them, and resolving one mention stays cheap.
        var (candidateStart, candidates) = pairs.Lists(names.Count, list => Ranked(rows, list, MaxCandidates));

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
                countryZones[f[0]] = f[4].Split(',')[0];
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
        var sums = new Dictionary<short, (double Lat, double Lon, int N, double TownLat, double TownLon, int Towns, long People, int Biggest)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var code = rows.Country[r];
            var kind = (PlaceKind)rows.Kind[r];
            if (code < 0 || kind is not (PlaceKind.Admin1 or PlaceKind.City))
                continue;
            var s = sums.TryGetValue(code, out var known) ? known : (0, 0, 0, 0, 0, 0, 0, -1);
            var (lat, lon) = (rows.Lat[r] / CoordinateScale, rows.Lon[r] / CoordinateScale);
            if (kind == PlaceKind.Admin1)
                s = s with { Lat = s.Lat + lat, Lon = s.Lon + lon, N = s.N + 1 };
            else
                s = s with { TownLat = s.TownLat + lat, TownLon = s.TownLon + lon, Towns = s.Towns + 1, People = s.People + rows.Population[r], Biggest = s.Biggest < 0 || rows.Population[r] > rows.Population[s.Biggest] ? r : s.Biggest };
            sums[code] = s;
        }

        var countries = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var (index, s) in sums)
        {
            var code = rows.Strings[index];
            var (lat, lon) = s.N > 0 ? (s.Lat / s.N, s.Lon / s.N) : (s.TownLat / s.Towns, s.TownLon / s.Towns);
            var zone = countryZones.GetValueOrDefault(code) ?? (s.Biggest >= 0 ? (rows.Zone[s.Biggest] < 0 ? "" : rows.Strings[rows.Zone[s.Biggest]]) : "Etc/UTC");
            countries[code] = new Place(countryNames.GetValueOrDefault(code) ?? code, PlaceKind.Country, code, null, Math.Round(lat, 4), Math.Round(lon, 4), s.People, zone);
        }

        var common = new HashSet<string>(StringComparer.Ordinal);
        while (commonWords.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                common.Add(line.Trim());
        }

        return new PlaceIndex(rows, names, candidateStart, candidates)
        {
            CommonWords = common,
            CountryTags = countryTags,
            CountryNames = countryNames,
            CodesByTag = codesByTag,
            Countries = countries,
        };
    }

    /// <summary>"50.4501" → 504501: the data's four decimals as an integer (more would not round-trip, and throw).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int Coordinate(ReadOnlySpan<char> s)
    {
        var negative = s.Length > 0 && s[0] == '-';
        var value = 0;
        var decimals = -1;
        foreach (var c in negative ? s[1..] : s)
        {
            if (c == '.' && decimals < 0)
            {
                decimals = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c) || decimals >= 4)
                throw new FormatException($"a gazetteer coordinate is not degrees with up to four decimals: \"{s}\"");
            value = checked(value * 10 + (c - '0'));
            if (decimals >= 0)
                decimals++;
        }

        for (var d = Math.Max(decimals, 0); d < 4; d++)
            value *= 10;
        return negative ? -value : value;
    }

    /// <remarks>
    /// Built once, on the first command look-up, and kept: the slugs of all names and of each place's own tag, as one
    /// ASCII text, their place rows, and an order to search them in. Lists are made as the name table's were, so the
    /// order of places under a slug is the one a dictionary of arrays gave (one collection then hands the build's
    /// garbage back, as after the load).
    /// </remarks>
    private SlugMap BuildSlugs()
    {
        var keys = new Dictionary<string, int>(_names.Count + _nameOf.Length / 2, StringComparer.Ordinal);
        var ordered = new List<string>();
        var pairs = new NamePairs(_candidates.Length + _nameOf.Length);
        int KeyOf(string slug)
        {
            if (keys.TryGetValue(slug, out var k))
                return k;
            keys[slug] = ordered.Count;
            ordered.Add(slug);
            return ordered.Count - 1;
        }

        for (var e = 0; e < _names.Count; e++)
        {
            var slug = Places.Slug(_names.Text(e));
            if (slug.Length == 0)
                continue;
            var k = KeyOf(slug);
            for (var c = _candidateStart[e]; c < _candidateStart[e + 1]; c++)
                pairs.Add(k, _candidates[c]);
        }

        // Each place under its own tag too ("donetsk" for Donetsk Oblast, "north-kivu").
        var ownTag = new int[_nameOf.Length];
        for (var r = 0; r < _nameOf.Length; r++)
        {
            var name = NameOf(r);
            ownTag[r] = KeyOf((PlaceKind)_kind[r] == PlaceKind.Admin1 ? Places.RegionTag(name) : Places.Slug(name));
            pairs.Add(ownTag[r], r);
        }

        var rows = new Rows(_nameOf, _kind, _country, _admin1, _zone, _lat, _lon, _population, _strings);
        var (listStart, lists) = pairs.Lists(ordered.Count, list => Ranked(rows, list, int.MaxValue));
        var map = new SlugMap(ordered, listStart, lists, ownTag);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return map;
    }

    /// <summary>The places of one name without repeats (equal rows once), the likeliest first, at most <paramref name="max"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int Ranked(Rows rows, Span<int> list, int max)
    {
        if (list.Length == 1)
            return 1;
        var n = 0;
        for (var i = 0; i < list.Length; i++)
        {
            var seen = false;
            for (var j = 0; j < n && !seen; j++)
                seen = SameRow(rows, list[j], list[i]);
            if (!seen)
                list[n++] = list[i];
        }

        // The sort a Place[] had (the same introsort, the same comparisons), so places of equal weight keep their order.
        if (n > 1)
            list[..n].Sort((a, b) => Weight(rows, b).CompareTo(Weight(rows, a)));
        return Math.Min(n, max);
    }

    /// <summary>
    /// How likely a bare name means this place. A town counts five times its people against a first-level region of
    /// that name, so "Kharkiv" (1.4 million) is the city before its oblast (2.1 million, written "Kharkiv region"),
    /// while "Virginia" is the state before a town of 9,000. The hand-made regions, seas and disputed areas
    /// ("Red Sea", "Darfur", "Crimea") come before any town or state of that name.
    /// </summary>
    private static long Weight(Rows rows, int r) => (PlaceKind)rows.Kind[r] switch
    {
        PlaceKind.City => rows.Population[r] * 5L,
        PlaceKind.Admin1 => rows.Population[r],
        _ => 50_000_000,
    };

    /// <summary>The places' columns while they are read, then the index's own arrays.</summary>
    private sealed class Rows
    {
        public Rows(int capacity)
        {
            NameOf = new int[capacity];
            Kind = new byte[capacity];
            Country = new short[capacity];
            Admin1 = new short[capacity];
            Zone = new short[capacity];
            Lat = new int[capacity];
            Lon = new int[capacity];
            Population = new int[capacity];
            Strings = [];
        }

        public Rows(int[] nameOf, byte[] kind, short[] country, short[] admin1, short[] zone, int[] lat, int[] lon, int[] population, string[] strings)
        {
            (NameOf, Kind, Country, Admin1, Zone, Lat, Lon, Population, Strings) = (nameOf, kind, country, admin1, zone, lat, lon, population, strings);
            Count = nameOf.Length;
        }

        public int[] NameOf, Lat, Lon, Population;
        public byte[] Kind;
        public short[] Country, Admin1, Zone;
        public string[] Strings;
        public int Count;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public int Add(int name, PlaceKind kind, short country, short admin1, int lat, int lon, int population, short zone)
        {
            if (Count == NameOf.Length)
                Resize(Count * 2);
            (NameOf[Count], Kind[Count], Country[Count], Admin1[Count], Zone[Count]) = (name, (byte)kind, country, admin1, zone);
            (Lat[Count], Lon[Count], Population[Count]) = (lat, lon, population);
            return Count++;
        }

        public void Trim(string[] strings)
        {
            Resize(Count);
            Strings = strings;
        }

        private void Resize(int size)
        {
            Array.Resize(ref NameOf, size);
            Array.Resize(ref Kind, size);
            Array.Resize(ref Country, size);
            Array.Resize(ref Admin1, size);
            Array.Resize(ref Zone, size);
            Array.Resize(ref Lat, size);
            Array.Resize(ref Lon, size);
            Array.Resize(ref Population, size);
        }
    }

    /// <summary>(list, row) pairs in the order they come, a row not twice in a row to one list; then each list's rows, in that order.</summary>
    private sealed class NamePairs(int capacity)
    {
        private int[] _list = new int[capacity], _row = new int[capacity];
        private int[] _last = [];
        private int _count;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public void Add(int list, int row)
        {
            if (list >= _last.Length)
            {
                var grown = new int[Math.Max(list + 1, _last.Length * 2)];
                grown.AsSpan().Fill(-1);
                _last.CopyTo(grown, 0);
                _last = grown;
            }

            if (_last[list] == row)
                return;
            _last[list] = row;
            if (_count == _list.Length)
            {
                Array.Resize(ref _list, _count * 2);
                Array.Resize(ref _row, _count * 2);
            }

            (_list[_count], _row[_count]) = (list, row);
            _count++;
        }

        /// <summary>Each list's rows, cut to what <paramref name="keep"/> leaves of them (it may reorder them in place).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public (int[] Start, int[] Rows) Lists(int lists, Func<Span<int>, int> keep)
        {
            var start = new int[lists + 1];
            for (var i = 0; i < _count; i++)
                start[_list[i] + 1]++;
            for (var l = 0; l < lists; l++)
                start[l + 1] += start[l];
            var rows = new int[_count];
            var fill = start[..^1];
            for (var i = 0; i < _count; i++)
                rows[fill[_list[i]]++] = _row[i];
            // Each list in place, then packed: what a list does not keep is dropped.
            var packed = 0;
            var kept = new int[lists + 1];
            for (var l = 0; l < lists; l++)
            {
                var list = rows.AsSpan(start[l], start[l + 1] - start[l]);
                var n = list.Length == 0 ? 0 : keep(list);
                list[..n].CopyTo(rows.AsSpan(packed));
                packed += n;
                kept[l + 1] = packed;
            }

            return (kept, packed == rows.Length ? rows : rows[..packed]);
        }
    }

    /// <summary>Distinct names as one text, found by an open-addressed hash table (FNV-1a over the characters).</summary>
    private sealed class NameTable(int capacity, int chars)
    {
        private char[] _chars = new char[chars];
        private int[] _start = new int[capacity + 1];
        private int[] _buckets = new int[BucketsFor(capacity)]; // entry + 1; 0 is empty

        public int Count { get; private set; }

        public string Text(int e) => new(_chars, _start[e], _start[e + 1] - _start[e]);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public int Find(ReadOnlySpan<char> name)
        {
            var mask = _buckets.Length - 1;
            for (var b = Hash(name) & mask; ; b = (b + 1) & mask)
            {
                var e = _buckets[b] - 1;
                if (e < 0)
                    return -1;
                if (name.SequenceEqual(_chars.AsSpan(_start[e], _start[e + 1] - _start[e])))
                    return e;
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public int Add(ReadOnlySpan<char> name)
        {
            var found = Find(name);
            if (found >= 0)
                return found;
            if (Count + 1 >= _start.Length)
                Array.Resize(ref _start, _start.Length * 2);
            var at = _start[Count];
            if (at + name.Length > _chars.Length)
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, at + name.Length));
            name.CopyTo(_chars.AsSpan(at));
            _start[Count + 1] = at + name.Length;
            var e = Count++;
            if (2 * Count > _buckets.Length)
                Rehash(_buckets.Length * 2);
            else
                Place(e);
            return e;
        }

        public void Trim()
        {
            Array.Resize(ref _chars, _start[Count]);
            Array.Resize(ref _start, Count + 1);
            if (BucketsFor(Count) < _buckets.Length)
                Rehash(BucketsFor(Count));
        }

        private static int BucketsFor(int count) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count + count / 2));

        private void Rehash(int size)
        {
            _buckets = new int[size];
            for (var e = 0; e < Count; e++)
                Place(e);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private void Place(int e)
        {
            var mask = _buckets.Length - 1;
            var b = Hash(_chars.AsSpan(_start[e], _start[e + 1] - _start[e])) & mask;
            while (_buckets[b] != 0)
                b = (b + 1) & mask;
            _buckets[b] = e + 1;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private static int Hash(ReadOnlySpan<char> s)
        {
            var h = 2166136261u;
            foreach (var c in s)
                h = (h ^ c) * 16777619u;
            return (int)(h ^ (h >> 15));
        }
    }

    /// <summary>The slugs (lower-case ASCII) as one text in the order they were first met, each with its place rows, and their ordinal order for a binary search.</summary>
    private sealed class SlugMap
    {
        private readonly byte[] _text;
        private readonly int[] _start;
        private readonly int[] _listStart;
        private readonly int[] _rows;
        private readonly int[] _sorted;

        public SlugMap(List<string> slugs, int[] listStart, int[] rows, int[] ownTag)
        {
            OwnTag = ownTag;
            _start = new int[slugs.Count + 1];
            for (var i = 0; i < slugs.Count; i++)
                _start[i + 1] = _start[i] + slugs[i].Length;
            _text = new byte[_start[^1]];
            for (var i = 0; i < slugs.Count; i++)
            {
                MaxLength = Math.Max(MaxLength, slugs[i].Length);
                if (System.Text.Encoding.ASCII.GetBytes(slugs[i], _text.AsSpan(_start[i])) != slugs[i].Length || !System.Text.Ascii.IsValid(slugs[i]))
                    throw new InvalidOperationException($"a slug is not ASCII: \"{slugs[i]}\"");
            }

            _listStart = listStart;
            _rows = rows;
            _sorted = new int[slugs.Count];
            for (var i = 0; i < _sorted.Length; i++)
                _sorted[i] = i;
            Array.Sort(_sorted, (a, b) => string.CompareOrdinal(slugs[a], slugs[b]));
        }

        public int Count => _sorted.Length;

        /// <summary>Each row's own tag (<see cref="Place.Tag"/>), as an entry.</summary>
        public int[] OwnTag { get; }

        public int MaxLength { get; private set; }

        public ReadOnlySpan<byte> Key(int e) => _text.AsSpan(_start[e], _start[e + 1] - _start[e]);

        public ReadOnlySpan<int> Rows(int e) => _rows.AsSpan(_listStart[e], _listStart[e + 1] - _listStart[e]);

        public int First(int e) => _rows[_listStart[e]];

        public bool StartsWith(int e, string prefix)
        {
            var key = Key(e);
            if (key.Length < prefix.Length)
                return false;
            for (var i = 0; i < prefix.Length; i++)
            {
                if (key[i] != prefix[i])
                    return false;
            }

            return true;
        }

        public int Find(ReadOnlySpan<char> slug)
        {
            int lo = 0, hi = _sorted.Length - 1;
            while (lo <= hi)
            {
                var mid = lo + ((hi - lo) >> 1);
                var c = Compare(Key(_sorted[mid]), slug);
                if (c == 0)
                    return _sorted[mid];
                if (c < 0)
                    lo = mid + 1;
                else
                    hi = mid - 1;
            }

            return -1;
        }

        private static int Compare(ReadOnlySpan<byte> key, ReadOnlySpan<char> slug)
        {
            var n = Math.Min(key.Length, slug.Length);
            for (var i = 0; i < n; i++)
            {
                if (key[i] != slug[i])
                    return key[i] - slug[i];
            }

            return key.Length - slug.Length;
        }
    }

    /// <summary><see cref="All"/>: each place made on first use.</summary>
    private sealed class PlaceList(PlaceIndex index) : IReadOnlyList<Place>
    {
        public Place this[int i] => (uint)i < (uint)Count ? index.PlaceAt(i) : throw new ArgumentOutOfRangeException(nameof(i));

        public int Count => index._nameOf.Length;

        public IEnumerator<Place> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
                yield return index.PlaceAt(i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
