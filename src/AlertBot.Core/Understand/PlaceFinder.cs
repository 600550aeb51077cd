namespace AlertBot.Core.Understand;

/// <summary>
/// Finds the gazetteer's places in a story and decides which it is about.
/// <list type="bullet">
/// <item>A name counts as written: capitalised, a whole word or words. One that is also an everyday word ("Reading",
/// "Split", "Hope") counts only after a place's preposition ("in", "near", "outside", "from"…) or a verb whose object is a
/// place ("shelled", "entered", "passed"…), or before ", Country".</item>
/// <item>With several places of one name, the one in a country the story names (or a region written after a comma:
/// "Paris, Texas") wins, else the most populous. A small place (under 15,000 people) counts only in a country the
/// story names or after a place's preposition, so a capitalised word that happens to name a village is not a place.</item>
/// <item>Salience: the headline weighs 3, the lede 2, each later mention 1. Places of the headline or lede, and places
/// the story comes back to, are its main places; a single later mention is passing.</item>
/// </list>
/// </summary>
internal static class PlaceFinder
{
    private const long SmallPlace = 15_000;

    // A village: outside the countries a story names, no place of the story even after "in" or "off".
    private const long Hamlet = 5_000;

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "near", "outside", "at", "from", "to", "into", "around", "toward", "towards", "across", "over", "of", "off", "via", "through", "between", "and",
        // The same in the languages wire desks file in: "près de Tillabéri", "dans la région de", "cerca de", "perto de",
        // "em Epitaciolândia", "vicino a", "bei Cobasna".
        "de", "du", "des", "près", "dans", "à", "vers", "sur", "entre", "depuis", "en", "cerca", "desde", "hacia", "del", "em", "perto", "do", "da",
        "no", "na", "presso", "vicino", "di", "tra", "fra", "bei", "nahe", "nach", "aus", "von", "im",
    };

    // Verbs whose object is a place in a flash story: "shelled Goma", "passed Wellington", "retook Ber". Weaker than a
    // preposition (the object may be a camp or a person named like a far-off town): context only for a place in a
    // country the story names, or a city.
    private static readonly HashSet<string> PlaceVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "hit", "hits", "struck", "strikes", "shelled", "shells", "bombed", "bombard", "bombarded", "attacked", "attacks", "targeted", "raided",
        "stormed", "entered", "enters", "captured", "captures", "seized", "seizes", "retook", "recaptured", "liberated", "besieged",
        "surrounded", "encircled", "evacuated", "reached", "reaches", "left", "leaves", "passed", "passes", "approached", "overflew",
    };

    private const long City = 100_000;

    // Farther than this from every country a story names, a small town abroad is a namesake (see Resolve).
    private const double FarAwayKm = 3_000;

    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July", "Aug", "August",
        "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December",
        "Mon", "Monday", "Tue", "Tues", "Tuesday", "Wed", "Wednesday", "Thu", "Thur", "Thurs", "Thursday", "Fri", "Friday",
        "Sat", "Saturday", "Sun", "Sunday",
    };

    // Nouns that make the name before them a place: "(Hajnówka section)", "the Podlasie task force" is not one, but "the
    // Bobrowniki crossing", "the Kharkiv region", "Kupiansk district" are.
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "section", "sector", "district", "region", "area", "province", "border", "crossing", "checkpoint", "airport", "port", "harbour", "harbor",
        "outskirts", "municipality", "governorate", "oblast", "prefecture", "valley", "corridor", "frontline", "front", "garrison", "enclave",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNounLookup = PlaceNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a lower-case word of <see cref="PlaceNouns"/> follows the name.</summary>
    private static bool PlaceNounFollows(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1])) return false;
        var next = end + 1;
        while (next < text.Length && char.IsLetter(text[next])) next++;
        return PlaceNounLookup.Contains(text.AsSpan(end + 1, next - end - 1));
    }

    /// <summary>"Trinidad" of "Trinidad and Tobago", "Guinea" of "Guinea-Bissau": a word of a country's longer name.</summary>
    private static bool NamesPartOf(string name, string countryCode)
    {
        var full = Places.CountryName(countryCode);
        if (full is null || full.Length <= name.Length || !full.StartsWith(name, StringComparison.Ordinal)) return false;
        return full[name.Length] is ' ' or '-';
    }

    /// <summary>A month or weekday name or abbreviation ("Sept", "Tuesday").</summary>
    internal static bool IsCalendarWord(string word) => CalendarWords.Contains(word);

    internal sealed class Hit(string name, Place[] candidates, int paragraph, int position, bool located, string? qualifier, bool byVerb = false, bool inLongerName = false, bool speaks = false, bool insidePlace = false)
    {
        public bool InsidePlace { get; } = insidePlace; // "Honiara's Chinatown": after another place's possessive
        public bool Speaks { get; } = speaks; // "Moscow says", "Washington warned": a government by its capital, not a place
        public bool ByVerb { get; } = byVerb; // its context is a verb ("shelled Goma"), not a preposition
        public bool InLongerName { get; } = inLongerName; // "Abu Shouk", "Gagarin Airport": a capitalised word runs on
        public string Name { get; } = name;
        public Place[] Candidates { get; } = candidates;
        public int Paragraph { get; } = paragraph; // -1 for the headline
        public int Position { get; } = position;
        public bool Located { get; } = located; // after "in/near/…" or before ", Country"
        public string? Qualifier { get; } = qualifier; // "Texas" in "Paris, Texas"
        public Place? Chosen { get; set; }

        /// <summary>"Vermilion Bay", "Rush Lake": the name runs on into a landform's word, so it names another, longer place.</summary>
        public bool BeforeFeature { get; init; }

        /// <summary>"the Mexican side of the Rio Grande,": "the" and the name alone name a river or a thing, not a town.</summary>
        public bool NamesAThing { get; init; }
    }

    /// <summary>Every place name of the headline (paragraph −1) and paragraphs, before disambiguation.</summary>
    public static List<Hit> Scan(string headline, IReadOnlyList<string> paragraphs)
    {
        var hits = new List<Hit>();
        ScanText(headline, -1, hits);
        for (var p = 0; p < paragraphs.Count; p++)
            ScanText(paragraphs[p], p, hits);
        return hits;
    }

    /// <summary>Chooses each hit's place, given the countries (ISO codes) the story names itself.</summary>
    public static void Resolve(List<Hit> hits, HashSet<string> storyCountries)
    {
        // Unambiguous names add their country to the story's own, so "Goma … Bunia" agree on one country.
        var countries = new HashSet<string>(storyCountries, StringComparer.Ordinal);
        foreach (var h in hits)
        {
            // (Not a small town far from every country the story names: "in Nabua" in a story of Fiji.)
            if (h.Located && !h.ByVerb && !h.InLongerName && h.Candidates.Length == 1 && h.Candidates[0].CountryCode is { } c && h.Candidates[0].Population >= SmallPlace
                && !(h.Candidates[0].Population < City && FarFromAll(h.Candidates[0], storyCountries)))
                countries.Add(c);
        }

        foreach (var h in hits)
        {
            Place? chosen = null;
            if (h.Qualifier is { } q)
            {
                chosen = h.Candidates.FirstOrDefault(p => Qualifies(p, q));
            }

            chosen ??= h.Candidates.FirstOrDefault(p => p.CountryCode is { } c && countries.Contains(c));
            if (chosen is null)
            {
                // Outside the story's countries a name needs a place's context ("in Lai", not "Lai was sworn in"):
                // a capitalised word is more often a person than a foreign town.
                var biggest = h.Candidates[0];
                var needsContext = countries.Count > 0 && biggest.Kind is PlaceKind.City or PlaceKind.Admin1;
                // "struck Abu Shouk" is not Mount Abu: a verb's object outside the story's countries must be a city, and a
                // name that runs on into another capitalised word names something else.
                var located = h.Located && !(h.ByVerb && biggest.Population < City);
                if (!h.InLongerName && (located || (!needsContext && (biggest.Population >= SmallPlace || biggest.Kind is not (PlaceKind.City or PlaceKind.Admin1)))))
                    chosen = biggest;
            }

            // A village abroad is not where a story set in named countries happens: "seized off Cedros" in a Trinidad story
            // is Trinidad's Cedros (missing from the data), not a Mexican village of a thousand people. A small town next
            // to a named country ("near Ménaka", 9,000 people, by the border with Niger) still counts.
            if (chosen is { Kind: PlaceKind.City } small && small.CountryCode is { } sc && !countries.Contains(sc)
                && (small.Population < SmallPlace && !h.Located || small.Population < Hamlet && countries.Count > 0))
                chosen = null;
            // A town abroad far from every country the story names is a namesake: "in Nabua" in a story of Fiji and Suva is
            // Fiji's Nabua (missing from the data), not a Philippine town of 80,000 seven thousand kilometres away. A
            // town near a named country ("near Ménaka" in a story of Niger) is not far.
            if (chosen is { Kind: PlaceKind.City, Population: < City } far && far.CountryCode is { } fc && !countries.Contains(fc) && h.Qualifier is null && FarFromAll(far, countries))
                chosen = null;
            // "Trinidad" in a story of Trinidad and Tobago is the island of that country, not a town of that name abroad.
            if (h.Qualifier is null && countries.FirstOrDefault(c => NamesPartOf(h.Name, c)) is { } whole && Places.Country(whole) is { } country)
                chosen = country;
            // "Honiara's Chinatown": a district of the place before it, no place of its own. "between Kenora and Vermilion
            // Bay": a longer place the data lacks, not Alberta's Vermilion.
            if (h.InsidePlace || h.BeforeFeature || h.NamesAThing && chosen is { Kind: PlaceKind.City })
                chosen = null;
            // "Treasury Secretary Scott Bessent": a small town's name running into another capitalised word in the body is a
            // person's or a thing's name, whatever country the story is about.
            if (chosen is { Kind: PlaceKind.City, Population: < City } && h.InLongerName && !h.Located && h.Paragraph >= 0)
                chosen = null;
            h.Chosen = chosen;
        }
    }

    /// <summary>
    /// Whether countries are named and the place is farther than <see cref="FarAwayKm"/> from each of them — a territory
    /// of a named country is not far (Nouméa in a story of Paris, Guam in a story of Washington).
    /// </summary>
    private static bool FarFromAll(Place place, HashSet<string> countries) =>
        countries.Count > 0 && !(place.CountryCode is { } code && Territories.TryGetValue(code, out var sovereign) && countries.Contains(sovereign))
        && countries.All(k => Places.Country(k) is not { } named || Places.DistanceKm(named.Lat, named.Lon, place.Lat, place.Lon) > FarAwayKm);

    // Territories with ISO codes of their own, and the country they belong to.
    private static readonly Dictionary<string, string> Territories = new(StringComparer.Ordinal)
    {
        ["NC"] = "FR", ["PF"] = "FR", ["WF"] = "FR", ["PM"] = "FR", ["BL"] = "FR", ["MF"] = "FR", ["TF"] = "FR", ["RE"] = "FR", ["YT"] = "FR",
        ["GP"] = "FR", ["MQ"] = "FR", ["GF"] = "FR", ["GU"] = "US", ["PR"] = "US", ["AS"] = "US", ["MP"] = "US", ["VI"] = "US", ["UM"] = "US",
        ["GL"] = "DK", ["FO"] = "DK", ["AW"] = "NL", ["CW"] = "NL", ["SX"] = "NL", ["BQ"] = "NL", ["BM"] = "GB", ["KY"] = "GB", ["VG"] = "GB",
        ["TC"] = "GB", ["MS"] = "GB", ["AI"] = "GB", ["GI"] = "GB", ["FK"] = "GB", ["SH"] = "GB", ["PN"] = "GB", ["IO"] = "GB", ["GG"] = "GB",
        ["JE"] = "GB", ["IM"] = "GB", ["CK"] = "NZ", ["NU"] = "NZ", ["TK"] = "NZ", ["NF"] = "AU", ["CX"] = "AU", ["CC"] = "AU", ["HK"] = "CN",
        ["MO"] = "CN", ["SJ"] = "NO", ["AX"] = "FI",
    };

    private static void ScanText(string text, int paragraph, List<Hit> hits)
    {
        Span<int> ends = stackalloc int[PlaceIndex.MaxWords];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsUpper(c) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '\'')))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            var matched = 0;
            // The name may run over several words ("Bab el-Mandeb", "Mocimboa da Praia", "Port-au-Prince"): the
            // longest written run the gazetteer knows.
            var words = WordEnds(text, i, ends);
            for (var w = words - 1; w >= 0 && matched == 0; w--)
            {
                var after = ends[w];
                if (after - i < 3)
                    continue;
                // "Trinidad and Tobago", "Papua New Guinea": a country's name of several words is the country, not its parts.
                if (w > 0 && Gazetteer.TagOfTagName(text.AsSpan(i, after - i)) is { } longName && Places.CountryCodeOfTag(longName) is not null
                    && !Places.TryNamed(text.AsSpan(i, after - i), out _))
                {
                    matched = after - i;
                    break;
                }
                if (!Places.TryNamed(text.AsSpan(i, after - i), out var candidates) || candidates.Length == 0)
                    continue;
                var name = text[i..after];
                // "Venezuela" is the country, not the Cuban town of that name; "Panama" is the country, not its capital
                // of the same name (the city is "Panama City"); "Taipei" (a name the country's tag also answers to) is
                // still that country's city.
                if (Gazetteer.TagOfTagName(name) is { } tag && Places.CountryCodeOfTag(tag) is var tagCountry
                    && (tagCountry != candidates[0].CountryCode || string.Equals(Places.CountryName(tagCountry), name, StringComparison.OrdinalIgnoreCase)))
                {
                    matched = name.Length;
                    break;
                }

                var located = Located(text, i, after, candidates, out var qualifier, out var byVerb);
                // An everyday word is a place only where a place is expected; in a headline, where every word is
                // capitalised, only before ", Country" ("Police Cordon Off Street" names no town).
                if (name.IndexOf(' ') < 0 && Places.IsCommonWord(name) && (!located || (paragraph < 0 && qualifier is null)))
                    break;
                // "Nov. 6", "Sat": a month or a weekday, however a village of that name is spelt.
                if (CalendarWords.Contains(name))
                    break;
                hits.Add(new Hit(name, candidates, paragraph, i, located, qualifier, byVerb, RunsOn(text, after), !located && Speaks(text, after), AfterPlacePossessive(text, i))
                {
                    BeforeFeature = FeatureFollows(text, after),
                    NamesAThing = AfterTheAlone(text, i, after),
                });
                matched = name.Length;
            }

            i = matched > 0 ? i + matched : end;
        }
    }

    /// <summary>The ends of up to <paramref name="ends"/>.Length words from <paramref name="start"/>: letters joined by "-" or "'", words by one space.</summary>
    private static int WordEnds(string text, int start, Span<int> ends)
    {
        var n = 0;
        var i = start;
        while (n < ends.Length)
        {
            var s = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > s && !IsPossessive(text, i)))) i++;
            if (i == s)
                break;
            ends[n++] = i;
            if (i + 1 >= text.Length || text[i] != ' ' || !char.IsLetter(text[i + 1]))
                break;
            i++;
        }

        return n;
    }

    /// <summary>"Honiara's Chinatown", "Kharkiv’s Saltivka": the words before <paramref name="start"/> are a place's possessive.</summary>
    private static bool AfterPlacePossessive(string text, int start)
    {
        var e = start - 1;
        if (e < 3 || text[e] != ' ' || text[e - 1] != 's' || text[e - 2] is not ('\'' or '’')) return false;
        return EndsWithPlace(text, e - 2);
    }

    /// <summary>"'s" (or "’s") ending a word at <paramref name="i"/>: "Wellington's south coast" names Wellington.</summary>
    private static bool IsPossessive(string text, int i) =>
        i + 1 < text.Length && text[i + 1] == 's' && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "says", "said", "warns", "warned", "accuses", "accused", "denies", "denied", "claims", "claimed", "insists", "insisted",
        "confirms", "confirmed", "condemns", "condemned", "announces", "announced", "responds", "responded", "vows", "vowed",
        "Says", "Warns", "Accuses", "Denies", "Claims", "Confirms", "Condemns", "Vows",
    };

    /// <summary>"Moscow says", "Washington warned": the name is the speaker, a government by its capital.</summary>
    private static bool Speaks(string text, int end)
    {
        var i = end;
        if (i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] == 's') return false;
        while (i < text.Length && text[i] == ' ') i++;
        var j = i;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        return j > i && SpeechVerbs.Contains(text[i..j]);
    }

    /// <summary>"Texas" for Paris, Texas; "United States" or "US" for any American place.</summary>
    internal static bool Qualifies(Place p, string qualifier)
    {
        if (p.Admin1 is { } admin1 && qualifier.StartsWith(admin1, StringComparison.OrdinalIgnoreCase)
                && (qualifier.Length == admin1.Length || qualifier[admin1.Length] == ' ') // "Donetsk Oblast"
            || string.Equals(Places.CountryName(p.CountryCode), qualifier, StringComparison.OrdinalIgnoreCase))
            return true;
        var tag = Gazetteer.TagOfName(qualifier);
        return tag is not null && (Places.CountryTag(p.CountryCode) == tag || (p.Admin1 is { } a && Places.RegionTag(a) == tag));
    }

    private static bool IsConjunction(string text, int start, out int before)
    {
        var e = start;
        while (e > 0 && text[e - 1] == ' ') e--;
        var s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        before = s;
        return text.AsSpan(s, e - s) is "and" or "or";
    }

    /// <summary>The words before <paramref name="end"/> end with a name the gazetteer knows ("Goma" in "Goma and").</summary>
    private static bool EndsWithPlace(string text, int end)
    {
        var e = end;
        while (e > 0 && text[e - 1] is ' ' or ',') e--;
        for (var s = e - 1; s >= 0 && e - s <= 40; s--)
        {
            if (!char.IsLetter(text[s]) && text[s] is not (' ' or '-' or '\''))
                break;
            if (char.IsUpper(text[s]) && (s == 0 || !char.IsLetter(text[s - 1])) && Places.TryNamed(text.AsSpan(s, e - s), out var found) && found.Length > 0)
                return true;
        }

        return Gazetteer.TagOfName(LastWord(text, e)) is not null;
    }

    private static string LastWord(string text, int end)
    {
        var s = end;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return text[s..end];
    }

    // Landforms and waters that open or close a place's own name: "Vermilion Bay", "Rush Lake", "Cedar Falls".
    private static readonly HashSet<string> FeatureWords = new(StringComparer.Ordinal)
    {
        "Bay", "Lake", "Lakes", "River", "Falls", "Beach", "Harbour", "Harbor", "Point", "Springs", "Creek", "Hills", "Valley", "Sound",
        "Inlet", "Cove", "Heights", "Landing", "Junction", "Crossing", "Ridge", "Rapids", "Narrows", "Mountain", "Mount", "Peak", "Pass",
        // "Hidalgo County" (Texas) is no state of Mexico: a county, parish or borough the data lacks.
        "County", "Parish", "Borough",
    };

    /// <summary>
    /// "the Rio Grande,", "the Amazon.": "the" right before the name and no word of its own after it (as "the Kharkiv
    /// region" has) — a river, a ship, a building named like a town.
    /// </summary>
    private static bool AfterTheAlone(string text, int start, int end)
    {
        if (start < 4 || !text.AsSpan(start - 4, 4).SequenceEqual("the ") || start > 4 && char.IsLetter(text[start - 5])) return false;
        return end >= text.Length || !(text[end] == ' ' && end + 1 < text.Length && char.IsLower(text[end + 1]));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FeatureWordLookup = FeatureWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word right after the name is a landform's (<see cref="FeatureWords"/>).</summary>
    private static bool FeatureFollows(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1])) return false;
        var next = end + 1;
        while (next < text.Length && char.IsLetter(text[next])) next++;
        return FeatureWordLookup.Contains(text.AsSpan(end + 1, next - end - 1));
    }

    /// <summary>A capitalised word right after the name ("Abu Shouk"), other than a region's word ("Kharkiv Oblast").</summary>
    private static bool RunsOn(string text, int end)
    {
        // "San Juan de Lurigancho", "Mocímboa da Praia", "Bandar-e Abbas": a Romance joiner and a capitalised word go on
        // with the name.
        if (end + 4 < text.Length && text[end] == ' ' && text.AsSpan(end + 1) is var rest
            && (rest.StartsWith("de ") || rest.StartsWith("da ") || rest.StartsWith("do ") || rest.StartsWith("del ") || rest.StartsWith("di "))
            && rest.IndexOf(' ') is var sp and > 0 && sp + 1 < rest.Length && char.IsUpper(rest[sp + 1]))
            return true;
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]))
            return false;
        var next = end + 1;
        while (next < text.Length && char.IsLetter(text[next])) next++;
        return text.AsSpan(end + 1, next - end - 1) is not ("Oblast" or "Region" or "Province" or "Governorate" or "District" or "City" or "State"
            or "County" or "Prefecture" or "Department" or "Krai" or "Raion" or "Island" or "Islands");
    }

    // The press's abbreviations of US states (AP style) and Canadian provinces (Canadian Press style) after a town:
    // "PORT AUX BASQUES, N.L.", "Paris, Tenn.". Two-letter postal codes are left out: "IN", "OR", "ME" are words.
    private static readonly Dictionary<string, string> RegionAbbreviations = new(StringComparer.Ordinal)
    {
        ["Ala."] = "Alabama", ["Ariz."] = "Arizona", ["Ark."] = "Arkansas", ["Calif."] = "California", ["Colo."] = "Colorado",
        ["Conn."] = "Connecticut", ["Del."] = "Delaware", ["Fla."] = "Florida", ["Ga."] = "Georgia", ["Ill."] = "Illinois",
        ["Ind."] = "Indiana", ["Kan."] = "Kansas", ["Kans."] = "Kansas", ["Ky."] = "Kentucky", ["La."] = "Louisiana",
        ["Md."] = "Maryland", ["Mass."] = "Massachusetts", ["Mich."] = "Michigan", ["Minn."] = "Minnesota", ["Miss."] = "Mississippi",
        ["Mo."] = "Missouri", ["Mont."] = "Montana", ["Neb."] = "Nebraska", ["Nev."] = "Nevada", ["N.H."] = "New Hampshire",
        ["N.J."] = "New Jersey", ["N.M."] = "New Mexico", ["N.Y."] = "New York", ["N.C."] = "North Carolina", ["N.D."] = "North Dakota",
        ["Okla."] = "Oklahoma", ["Ore."] = "Oregon", ["Pa."] = "Pennsylvania", ["R.I."] = "Rhode Island", ["S.C."] = "South Carolina",
        ["S.D."] = "South Dakota", ["Tenn."] = "Tennessee", ["Vt."] = "Vermont", ["Va."] = "Virginia", ["Wash."] = "Washington",
        ["W.Va."] = "West Virginia", ["Wis."] = "Wisconsin", ["Wyo."] = "Wyoming", ["D.C."] = "District of Columbia",
        ["N.L."] = "Newfoundland and Labrador", ["Nfld."] = "Newfoundland and Labrador", ["N.S."] = "Nova Scotia",
        ["N.B."] = "New Brunswick", ["P.E.I."] = "Prince Edward Island", ["Que."] = "Quebec", ["Ont."] = "Ontario",
        ["Man."] = "Manitoba", ["Sask."] = "Saskatchewan", ["Alta."] = "Alberta", ["B.C."] = "British Columbia",
        ["Y.T."] = "Yukon", ["N.W.T."] = "Northwest Territories",
    };

    /// <summary>"N.L." after "Port aux Basques, ": the region an abbreviation names, or null.</summary>
    private static string? AbbreviatedRegion(string text, int at)
    {
        var e = at;
        while (e < text.Length && e - at <= 7 && (char.IsAsciiLetter(text[e]) || text[e] == '.')) e++;
        return e > at && text[e - 1] == '.' && (e == text.Length || !char.IsLetter(text[e]))
               && RegionAbbreviations.TryGetValue(text[at..e], out var region) ? region : null;
    }

    /// <summary>After "in/near/…" or a verb whose object is a place (<paramref name="byVerb"/>), or followed by ", Name" (which is then its qualifier).</summary>
    private static bool Located(string text, int start, int end, Place[] candidates, out string? qualifier, out bool byVerb)
    {
        qualifier = null;
        byVerb = false;
        if (end + 2 < text.Length && text[end] == ',' && text[end + 1] == ' ' && AbbreviatedRegion(text, end + 2) is { } region
            && candidates.Any(p => Qualifies(p, region)))
        {
            qualifier = region;
        }
        else if (end + 2 < text.Length && text[end] == ',' && text[end + 1] == ' ' && char.IsUpper(text[end + 2]))
        {
            var qEnd = end + 2;
            while (qEnd < text.Length && (char.IsLetter(text[qEnd]) || (text[qEnd] == ' ' && qEnd + 1 < text.Length && char.IsUpper(text[qEnd + 1])))) qEnd++;
            var q = text[(end + 2)..qEnd].Trim();
            // "Paris, Texas", "Goma, North Kivu": the region or country must be one of the name's own, or the comma only
            // runs on into another place ("Humanitarian Affairs Officer, Yangon").
            if ((Gazetteer.TagOfName(q) is not null || Places.TryNamed(q, out _)) && candidates.Any(p => Qualifies(p, q)))
                qualifier = q;
        }

        // "and" and "or" join places ("in Goma and Bunia"): context only after a place, not after "Arrow 3 and".
        if (qualifier is null && IsConjunction(text, start, out var before) && !EndsWithPlace(text, before))
            return false;

        var e = start;
        while (e > 0 && text[e - 1] == ' ') e--;
        var s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        // A place's noun after the name, unless the name ends a longer one ("the Paso Canoas crossing" is not Brazil's Canoas).
        if (qualifier is not null || (e > s && PlacePrepositions.Contains(text[s..e])) || PlaceNounFollows(text, end) && !(e > s && char.IsUpper(text[s])))
            return true;
        byVerb = e > s && PlaceVerbs.Contains(text[s..e]);
        return byVerb;
    }
}
