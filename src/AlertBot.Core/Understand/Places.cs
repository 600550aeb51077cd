using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace AlertBot.Core.Understand;

/// <summary>What a gazetteer place is.</summary>
public enum PlaceKind
{
    City,
    Admin1,
    Region,
    Sea,
    Strait,
    Gulf,
    Disputed,
    Country,
}

/// <summary>A place of the gazetteer: a town, a first-level region, a sea, a disputed area, or a country (its centroid).</summary>
/// <param name="Name">How the data writes it ("Goma", "North Kivu", "Red Sea").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2, or null for a sea or a region of several countries.</param>
/// <param name="Admin1">The first-level region a town is in, or null.</param>
/// <param name="Zone">IANA time zone of the place.</param>
public sealed record Place(string Name, PlaceKind Kind, string? CountryCode, string? Admin1, double Lat, double Lon, long Population, string Zone)
{
    /// <summary>The subscribable tag: lower-case ASCII, hyphenated ("goma", "north-kivu", "red-sea").</summary>
    public string Tag => field ??= Kind == PlaceKind.Admin1 ? Places.RegionTag(Name) : Places.Slug(Name);

    // Equality over the place's own members only. The generated one also compared the tag's backing field, so a
    // place's hash code changed when its tag was first read: a place used as a dictionary key before that got a
    // second entry, and the first article to name a place twice listed it twice (later ones did not).
    public bool Equals(Place? other) =>
        ReferenceEquals(this, other) || (other is not null && Name == other.Name && Kind == other.Kind && CountryCode == other.CountryCode
            && Admin1 == other.Admin1 && Lat.Equals(other.Lat) && Lon.Equals(other.Lon) && Population == other.Population && Zone == other.Zone);

    public override int GetHashCode() => HashCode.Combine(Name, Kind, CountryCode, Admin1, Lat, Lon, Population, Zone);
}

/// <summary>
/// The gazetteer's places, from <c>Data/places.tsv.gz</c> (GeoNames-derived, built by <c>tools/gazetteer/build.py</c>)
/// and <c>Data/countries.tsv</c>, read once from the assembly's embedded resources on first use. No other I/O.
/// Names are matched as written (proper nouns, case-sensitive, with their ASCII and English alternates); lookups
/// for commands (<see cref="Lookup"/>) fold case and diacritics.
/// </summary>
public static class Places
{
    private static readonly Lazy<PlaceIndex> Index = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every place, in the data's order.</summary>
    public static IReadOnlyList<Place> All => Index.Value.All;

    /// <summary>Loads the data now (a host can call it at start so the first article does not pay for it).</summary>
    public static int Preload() => Index.Value.All.Count;

    /// <summary>Places written exactly <paramref name="name"/> (or one of its alternates), most populous first.</summary>
    /// <summary>
    /// The places written <paramref name="name"/>, or — for a name with accents the data spells in ASCII only
    /// ("Mocímboa da Praia" for "Mocimboa da Praia") — the places of its unaccented spelling.
    /// </summary>
    internal static bool TryNamed(ReadOnlySpan<char> name, out Place[] places)
    {
        var index = Index.Value;
        if (index.TryNamed(name, out places))
            return true;
        if (!System.Text.Ascii.IsValid(name))
            return index.TryNamed(WithoutMarks(name), out places);
        // "Birgunj", "Nepalgunj": the English spelling of GeoNames' "-ganj".
        return name.EndsWith("gunj", StringComparison.Ordinal) && index.TryNamed(string.Concat(name[..^4], "ganj"), out places);
    }

    /// <summary>"Mocímboa" → "Mocimboa": the letters without their accents, case kept.</summary>
    private static string WithoutMarks(ReadOnlySpan<char> name)
    {
        var decomposed = name.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c is '’' or '‘' or 'ʼ' ? '\'' : c);
        }

        return sb.ToString();
    }

    /// <summary>Whether the name is also an everyday English word ("Reading", "Split", "Mobile"): it needs context to count as a place.</summary>
    internal static bool IsCommonWord(string name) => Index.Value.CommonWords.Contains(name);

    /// <summary>The country a code names, as the gazetteer's country tag when it has one ("CD" → "drc").</summary>
    public static string? CountryTag(string? code) => code is not null && Index.Value.CountryTags.TryGetValue(code, out var tag) ? tag : null;

    /// <summary>The ISO code of a gazetteer country tag ("drc" → "CD"), or null for a tag that is not a country.</summary>
    public static string? CountryCodeOfTag(string tag) => Index.Value.CodesByTag.TryGetValue(tag, out var code) ? code : null;

    /// <summary>The English name of a country code ("CD" → "Democratic Republic of the Congo").</summary>
    public static string? CountryName(string? code) => code is not null && Index.Value.CountryNames.TryGetValue(code, out var name) ? name : null;

    /// <summary>A country as a place: the centroid of its first-level regions, its capital's zone.</summary>
    public static Place? Country(string? code) => code is not null && Index.Value.Countries.TryGetValue(code, out var p) ? p : null;

    /// <summary>Whether a tag is a place's own tag ("goma", "north-kivu", "red-sea"; not the spelling "hodeidah").</summary>
    public static bool IsPlaceTag(string tag) => Index.Value.TryGetSlug(tag, out var p) && p.Any(x => x.Tag == tag);

    /// <summary>
    /// The tag a person's spelling stands for: "hodeidah" → "al-hudaydah", "kiev" → "kyiv", "goma" → "goma"; null when
    /// no place is written so.
    /// </summary>
    public static string? CanonicalTag(string tag)
    {
        if (!Index.Value.TryGetSlug(Slug(tag), out var places) || places.Length == 0)
            return null;
        return places.FirstOrDefault(p => p.Tag == tag)?.Tag ?? places[0].Tag;
    }

    /// <summary>The places whose own tag this is, best first.</summary>
    public static IReadOnlyList<Place> ByTag(string tag) =>
        Index.Value.TryGetSlug(tag, out var p) ? p.Where(x => x.Tag == tag).ToList() : [];

    /// <summary>
    /// Places for a name typed by a person ("kharkiv", "El Fasher", "goma, drc"): case and diacritics do not matter;
    /// the most populous first; a name followed by ", country" keeps only that country's places.
    /// </summary>
    public static IReadOnlyList<Place> Lookup(string query)
    {
        var (name, country) = SplitQuery(query);
        if (name.Length == 0 || !Index.Value.TryGetSlug(Slug(name), out var found))
            return [];
        if (country is null)
            return found;
        var code = Index.Value.CountryCodeOf(country);
        var inCountry = found.Where(p => p.CountryCode == code || string.Equals(p.Admin1, country, StringComparison.OrdinalIgnoreCase)).ToArray();
        return inCountry.Length > 0 ? inCountry : found;
    }

    /// <summary>How well a place's tag matches what a person searched for: lower is better, null for no match.</summary>
    public delegate int? TagScore(ReadOnlySpan<char> tag);

    /// <summary>
    /// The places whose own tag <paramref name="score"/> scores, best first and of one score the most populous: the
    /// search behind /topics, without making a <see cref="Place"/> of every place it looks at. Lazy: nothing is
    /// scored until the first is asked for.
    /// </summary>
    public static IEnumerable<Place> ByTagScore(TagScore score)
    {
        foreach (var p in Index.Value.ByTagScore(score))
            yield return p;
    }

    /// <summary>
    /// The town of at least <paramref name="minPopulation"/> people nearest to a point and under
    /// <paramref name="underKm"/> from it (of equally near ones, the first in the data's order), or null.
    /// </summary>
    public static Place? NearestTown(double lat, double lon, double underKm, long minPopulation = 0) =>
        Index.Value.NearestTown(lat, lon, underKm, minPopulation);

    /// <summary>Up to <paramref name="max"/> known names closest to a name that matched nothing (prefix first, then edit distance).</summary>
    public static IReadOnlyList<string> Suggest(string query, int max = 5)
    {
        var wanted = Slug(SplitQuery(query).Name);
        if (wanted.Length == 0)
            return [];
        return Index.Value.Suggest(wanted, max);
    }

    /// <summary>Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        var dLat = ToRadians(lat2 - lat1);
        var dLon = ToRadians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                + Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// The tag of a first-level region: its name without the word for "region" ("Donetsk Oblast" → "donetsk",
    /// "Bagmati Province" → "bagmati", "North Kivu" → "north-kivu"), so people subscribe to the name they write.
    /// </summary>
    public static string RegionTag(string admin1)
    {
        var name = admin1;
        // "Northern Territory", "Central Province": the direction alone names nothing.
        if (name.Split(' ') is [var first, _] && first is "Northern" or "Southern" or "Eastern" or "Western" or "Central" or "North" or "South" or "East" or "West" or "Capital")
            return Slug(name);
        // Only the words that never name the place themselves: "Free State", "Northern Territory" keep theirs.
        foreach (var suffix in (ReadOnlySpan<string>)[" Oblast", " Province", " Region", " Governorate", " Prefecture", " Department", " Krai", " Raion"])
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name.Length > suffix.Length + 2)
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        return Slug(name);
    }

    /// <summary>"North Kivu" → "north-kivu", "Tillabéri" → "tillaberi", "Port-au-Prince" → "port-au-prince".</summary>
    public static string Slug(string name)
    {
        var folded = Fold(name);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
                sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-')
                sb.Append('-');
        }

        return sb.ToString().Trim('-');
    }

    /// <summary>Lower case without diacritics: "Rzeszów" → "rzeszow", "Tillabéri" → "tillaberi".</summary>
    internal static string Fold(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            sb.Append(c switch { 'ı' => 'i', 'ł' => 'l', 'Ł' => 'l', 'ø' => 'o', 'Ø' => 'o', 'đ' => 'd', 'ß' => 's', '’' or '‘' or 'ʼ' => '\'', _ => char.ToLowerInvariant(c) });
        }

        return sb.ToString().Trim();
    }

    private static (string Name, string? Country) SplitQuery(string query)
    {
        var q = query.Trim();
        var comma = q.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? (q, null) : (q[..comma].Trim(), q[(comma + 1)..].Trim() is { Length: > 0 } c ? c : null);
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;

    /// <summary>The edit distance of two words, or <paramref name="cap"/> + 1 once it is over <paramref name="cap"/>.</summary>
    internal static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int cap)
    {
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var best = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                best = Math.Min(best, cur[j]);
            }

            if (best > cap)
                return cap + 1;
            cur.CopyTo(prev);
        }

        return prev[b.Length];
    }

    private static PlaceIndex Load()
    {
        var assembly = typeof(Places).Assembly;
        using var gz = assembly.GetManifestResourceStream("AlertBot.Core.Understand.Data.places.tsv.gz")
                       ?? throw new InvalidOperationException("the gazetteer data (Data/places.tsv.gz) is not embedded in AlertBot.Core");
        // Decompressed into one buffer and decoded once: no growing builder, half the parse's garbage.
        using var unzipped = new MemoryStream(5 * 1024 * 1024);
        using (var zip = new GZipStream(gz, CompressionMode.Decompress))
            zip.CopyTo(unzipped);
        var places = Encoding.UTF8.GetString(unzipped.GetBuffer(), 0, (int)unzipped.Length);
        using var countries = new StreamReader(assembly.GetManifestResourceStream("AlertBot.Core.Understand.Data.countries.tsv")
                                               ?? throw new InvalidOperationException("Data/countries.tsv is not embedded in AlertBot.Core"), Encoding.UTF8);
        using var common = new StreamReader(assembly.GetManifestResourceStream("AlertBot.Core.Understand.Data.common-words.txt")
                                            ?? throw new InvalidOperationException("Data/common-words.txt is not embedded in AlertBot.Core"), Encoding.UTF8);
        var index = PlaceIndex.Build(places, countries, common);
        // The load leaves the decompressed buffer, its decoded text (about 14 MB together) and the build's outgrown
        // arrays as garbage that an ordinary collection frees but keeps committed; once per process, hand it back so
        // the gazetteer costs its live size only.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return index;
    }
}
