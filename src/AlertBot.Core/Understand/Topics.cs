namespace AlertBot.Core.Understand;

/// <summary>What a story is about: its tags (main and passing), its places, its main location, and the clock "local time" means.</summary>
internal sealed record StoryPlaces(List<string> Tags, List<string> PassingTags, string? MainZone, List<PlaceRef> Places, PlaceRef? Location, List<PlaceMention> Mentions);

/// <summary>Where the story names a place (paragraph −1 for the headline), and that place's zone.</summary>
/// <summary>A place written in the text, with its clock; <paramref name="Qualifier"/> when it only says which town the one before is ("Princeton, Indiana").</summary>
internal readonly record struct PlaceMention(int Paragraph, int Start, int End, string Zone, bool Qualifier = false);

/// <summary>
/// Gazetteer tags of a story and the place whose clock "local time" means. A tag is a main topic when it comes from
/// the headline or the lede, or when the story comes back to it; a single later mention is passing (shown, not routed):
/// a Mali story that mentions "Belarusian fighters" once is not a Europe story. Actors (wagner, rsf) are always main.
/// A town's clock outweighs its country's: "Goma" is UTC+2 though DR Congo's capital is UTC+1.
/// </summary>
internal static class Topics
{
    private const int HeadlineWeight = 3;
    private const int LedeWeight = 2;

    // Votes for what "local time" means, per weighted mention: a town, region or sea the story names counts most, a
    // country's or capital's name less; a people's adjective ("Chinese warships") only when nothing else is named.
    private const int PlaceVote = 4;
    private const int NameVote = 1;

    private sealed class Tally
    {
        public int Score;
        public int Mentions;
        public bool Lead; // in the headline or the lede
        public int First = int.MaxValue;

        /// <summary>The place's first spelling in the story ("Hodeidah", not the gazetteer's "Al Ḩudaydah").</summary>
        public string? Written;
    }

    private struct State
    {
        public Dictionary<string, Tally> Tags;
        public Dictionary<string, int> ZoneCounts;
        public Dictionary<string, int> DemonymZoneCounts; // "Chinese warships": who acts, the clock only when no place is named
        public Dictionary<string, int> ClockZoneCounts; // "7 a.m. Beijing time": a clock's zone, not where the story is
        public int Weight;
        public int Paragraph;
        public string Text; // the headline or paragraph being scanned
    }

    /// <param name="published">The publication instant, and <paramref name="publisherOffset"/> the offset its stamp was
    /// written with: between places the story weighs about equally, the publisher's own clock says which is local.</param>
    /// <param name="letterhead">How many of the last <paramref name="paragraphs"/> are a release's letterhead, not story:
    /// where the issuer is, weighed as the lede is.</param>
    public static StoryPlaces Find(string headline, IReadOnlyList<string> paragraphs, DateTimeOffset? published = null, TimeSpan? publisherOffset = null, int letterhead = 0)
    {
        var firstLetterhead = paragraphs.Count - letterhead;
        int WeightOf(int paragraph) => paragraph < 0 ? HeadlineWeight : paragraph == 0 || paragraph >= firstLetterhead ? LedeWeight : 1;
        var state = new State { Tags = new(StringComparer.Ordinal), ZoneCounts = new(StringComparer.Ordinal), DemonymZoneCounts = new(StringComparer.Ordinal), ClockZoneCounts = new(StringComparer.Ordinal), Weight = HeadlineWeight, Paragraph = -1, Text = headline };
        Gazetteer.Scan(headline, ref state, OnHit);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            state.Weight = WeightOf(p);
            state.Paragraph = p;
            state.Text = paragraphs[p];
            Gazetteer.Scan(paragraphs[p], ref state, OnHit);
        }

        // Towns, regions and seas, chosen in the light of the countries the story names.
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in state.Tags.Keys)
        {
            if (Places.CountryCodeOfTag(tag) is { } code)
                named.Add(code);
        }

        var hits = PlaceFinder.Scan(headline, paragraphs);
        PlaceFinder.Resolve(hits, named);
        // The dateline's town, which the scan does not read in capitals ("PRINCETON, Indiana —"): the region after its comma
        // only says which town it is, and a clock of that sentence is the town's, not the region's.
        Place? filed = null;
        int filedParagraph = -1, filedEnd = 0, filedQualifier = -1;
        for (var p = 0; p < Math.Min(2, paragraphs.Count); p++)
        {
            if (DatelinePlace(paragraphs[p], out filedEnd, out filedQualifier) is not { } f) continue;
            (filed, filedParagraph) = (f, p);
            break;
        }

        var placeScores = new Dictionary<Place, Tally>();
        var mentions = new List<PlaceMention>();
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            if (h.Chosen is not { } place)
                continue;
            var qualifier = i > 0 && QualifiesTheOneBefore(hits[i - 1], h);
            if (!qualifier && filed is not null && h.Paragraph == filedParagraph && h.Position == filedQualifier)
            {
                mentions.Add(new PlaceMention(filedParagraph, 0, filedEnd, filed.Zone));
                qualifier = true;
            }
            // "Moscow says": the government speaks; its country is a topic, its capital no place of the story.
            if (h.Speaks)
            {
                if (Places.CountryTag(place.CountryCode) is { } speakerCountry)
                    Count(TallyOf(state.Tags, speakerCountry), WeightOf(h.Paragraph), h.Paragraph, h.Position);
                continue;
            }
            var weight = WeightOf(h.Paragraph);
            var text = h.Paragraph < 0 ? headline : paragraphs[h.Paragraph];
            // "at the Paso Canoas crossing on the border with Panama": the neighbour across the border is a topic of the
            // story, but its clock is not the story's.
            if (AcrossTheBorder(text, h.Position))
            {
                Count(TallyOf(state.Tags, place.Tag), weight, h.Paragraph, h.Position);
                continue;
            }
            var clockZone = IsClockZone(text, h.Position, h.Position + h.Name.Length);
            // "11:05 Kyiv time" names a clock, "Chisinau, 30 March 2025" or "Jayapura –" the desk that filed the story:
            // neither is where it happened. The country still counts, and the clock votes for the story's zone.
            if (clockZone || IsFilingPlace(text, h.Paragraph, h.Position, h.Name.Length))
            {
                if (Places.CountryTag(place.CountryCode) is { } ofCountry)
                    Count(TallyOf(state.Tags, ofCountry), weight, h.Paragraph, h.Position);
                if (clockZone)
                    state.ClockZoneCounts[place.Zone] = state.ClockZoneCounts.GetValueOrDefault(place.Zone) + PlaceVote * weight;
                else
                {
                    mentions.Add(new PlaceMention(h.Paragraph, h.Position, h.Position + h.Name.Length, place.Zone, qualifier));
                    state.ZoneCounts[place.Zone] = state.ZoneCounts.GetValueOrDefault(place.Zone) + PlaceVote;
                }
                continue;
            }

            var tally = placeScores.TryGetValue(place, out var t) ? t : placeScores[place] = new Tally();
            Count(tally, weight, h.Paragraph, h.Position);
            // A dateline's capitals ("KHARKIV, Ukraine") are not a spelling; the gazetteer's name stands for them.
            if (tally.Written is null && h.Name.Any(char.IsLower))
                tally.Written = h.Name;
            Count(TallyOf(state.Tags, place.Tag), weight, h.Paragraph, h.Position);
            var votes = state.ZoneCounts;
            mentions.Add(new PlaceMention(h.Paragraph, h.Position, h.Position + h.Name.Length, place.Zone, qualifier));
            if (place.Kind == PlaceKind.City && place.Admin1 is { } admin1 && Places.RegionTag(admin1) is { Length: > 0 } regionTag && regionTag != place.Tag)
                Count(TallyOf(state.Tags, regionTag), weight, h.Paragraph, h.Position);
            if (Places.CountryTag(place.CountryCode) is { } countryTag)
                Count(TallyOf(state.Tags, countryTag), weight, h.Paragraph, h.Position);
            votes[place.Zone] = votes.GetValueOrDefault(place.Zone) + PlaceVote * weight;
        }

        var main = new List<string>();
        var passing = new List<string>();
        foreach (var (tag, tally) in state.Tags.OrderBy(kv => kv.Value.First))
        {
            (IsActor(tag) || tally.Lead || tally.Mentions >= 2 ? main : passing).Add(tag);
        }

        // A story whose headline and lede name no place is still about the places it names: with no main place, its
        // passing ones route ("a bus torched in San Juan de Lurigancho … in Metropolitan Lima and Callao").
        if (passing.Count > 0 && main.TrueForAll(IsActor))
        {
            main.AddRange(passing);
            passing.Clear();
        }
        AddRegions(main, main);
        AddRegions(passing, main);

        // "PESHAWAR: …", "JAMMU: …", "KHARKIV, Ukraine (Reuters) -": the filing place is no topic and no location, but its
        // clock is the writer's, worth one mention.
        if (filed is not null)
            state.ZoneCounts[filed.Zone] = state.ZoneCounts.GetValueOrDefault(filed.Zone) + PlaceVote;
        var zoneVotes = state.ZoneCounts.Count > 0 ? state.ZoneCounts : state.ClockZoneCounts.Count > 0 ? state.ClockZoneCounts : state.DemonymZoneCounts;
        var mainZone = MainZone(zoneVotes, published, publisherOffset);

        var ranked = placeScores.OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Value.First).ToList();
        var places = ranked.Select(kv => Ref(kv.Key, kv.Value.Written)).ToList();
        // The most specific of the most salient: a town the story names nearly as often as its sea or region.
        PlaceRef? location = null;
        if (ranked.Count > 0)
        {
            var top = ranked[0].Value.Score;
            var town = ranked.FirstOrDefault(kv => kv.Key.Kind == PlaceKind.City && 2 * kv.Value.Score >= top);
            var (at, tallied) = town.Key is null ? ranked[0] : town;
            location = Ref(at, tallied.Written);
        }
        // A story that names only countries is located at its main country.
        foreach (var tag in main)
        {
            if (Places.CountryCodeOfTag(tag) is { } code && Places.Country(code) is { } country && places.All(p => p.Tag != country.Tag))
                places.Add(Ref(country));
        }

        location ??= places.Count > 0 ? places[0] : null;
        return new StoryPlaces(main, passing.Where(t => !main.Contains(t)).ToList(), mainZone, places, location, mentions);
    }

    /// <summary>
    /// The zone with the most votes; but among zones within a quarter of the best, one whose offset at publication is the
    /// offset the publisher wrote its stamp with ("+01:00" from a Polish command, in a story that names Russia and
    /// Ukraine as often as Poland) wins.
    /// </summary>
    private static string? MainZone(Dictionary<string, int> votes, DateTimeOffset? published, TimeSpan? publisherOffset)
    {
        string? best = null;
        var top = 0;
        foreach (var (zone, count) in votes)
        {
            if (count > top)
                (best, top) = (zone, count); // on a tie, the zone named first
        }

        if (best is null || publisherOffset is not { } offset || published is not { } at)
            return best;
        string? publisher = null;
        var publisherVotes = 0;
        foreach (var (zone, count) in votes)
        {
            if (4 * count >= 3 * top && count > publisherVotes && Zones.Find(zone) is { } tz && tz.GetUtcOffset(at) == offset)
                (publisher, publisherVotes) = (zone, count);
        }

        return publisher ?? best;
    }

    /// <summary>The place as the story spells it (a reader knows "Hodeidah"), with the gazetteer's country, coordinates and zone.</summary>
    private static PlaceRef Ref(Place p, string? written = null) =>
        new(written ?? p.Name, p.Kind == PlaceKind.Country ? p.Name : Places.CountryName(p.CountryCode), p.Lat, p.Lon, p.Zone, p.Tag);

    /// <summary>A country's regions, and regions of regions (mali → sahel, west-africa → africa), each once, after the tags.</summary>
    private static void AddRegions(List<string> tags, List<string> mainTags)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            if (!Gazetteer.TryGet(tags[i], out var entry)) continue;
            foreach (var r in entry.Regions)
                if (!tags.Contains(r) && (ReferenceEquals(tags, mainTags) || !mainTags.Contains(r))) tags.Add(r);
        }
    }

    /// <summary>
    /// The place a wire dateline in capitals names ("PORT SUDAN, Sudan, Feb 5 -", "JAMMU:"): the town of that name in the
    /// region or country written after its comma ("PRINCETON, Indiana —" is Indiana's Princeton, not New Jersey's bigger
    /// one), else the most populous of that name. <paramref name="nameEnd"/> is where the name ends, and
    /// <paramref name="qualifierAt"/> where the region or country that chose it starts (-1 when none did).
    /// </summary>
    private static Place? DatelinePlace(string lede, out int nameEnd, out int qualifierAt)
    {
        (nameEnd, qualifierAt) = (0, -1);
        var end = 0;
        while (end < lede.Length && end < 40 && (char.IsUpper(lede[end]) || lede[end] is ' ' or '-' or '\'' or '.' || (lede[end] == '/' && end > 0)))
        {
            if (lede[end] == '/') break; // "JAMMU/SRINAGAR": the first
            end++;
        }

        var name = lede.AsSpan(0, end).TrimEnd();
        if (name.Length < 3 || end >= lede.Length || lede[end] is not (',' or ':' or '/' or '(' or ' ' or '—' or '–'))
            return null;
        // Capitals to the gazetteer's spelling: "EL FASHER" → "El Fasher".
        var title = new System.Text.StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
            title.Append(i == 0 || !char.IsLetter(name[i - 1]) ? name[i] : char.ToLowerInvariant(name[i]));
        // "PORT-AU-PRINCE" is "Port-au-Prince": a name the title case misses is found by its slug.
        IReadOnlyList<Place> candidates = Places.TryNamed(title.ToString(), out var named) ? named : Places.Lookup(title.ToString());
        nameEnd = name.Length;
        if (lede[end] == ',' && end + 2 < lede.Length && lede[end + 1] == ' ' && char.IsUpper(lede[end + 2]))
        {
            var qEnd = end + 2;
            while (qEnd < lede.Length && (char.IsLetter(lede[qEnd]) || (lede[qEnd] == ' ' && qEnd + 1 < lede.Length && char.IsUpper(lede[qEnd + 1])))) qEnd++;
            var q = lede[(end + 2)..qEnd];
            if (candidates.FirstOrDefault(p => p.Kind == PlaceKind.City && PlaceFinder.Qualifies(p, q)) is { } town)
            {
                qualifierAt = end + 2;
                return town;
            }
        }

        return candidates.Count > 0 && candidates[0].Population >= 15_000 ? candidates[0] : null;
    }

    /// <summary>
    /// A name that only says which clock a time is on ("10.15pm Kabul time", "11:05 Kyiv time") tells nothing of where the
    /// story is (if anything, that its own clock is another), nor does a page's note on its clock ("all times Beirut"):
    /// it counts only in a story that names no place otherwise.
    /// </summary>
    /// <summary>
    /// "Princeton, Indiana": the state, province or country written after a town to say which one it is, not a second
    /// place of the story; its clock is the town's, not the region's (Indiana keeps Eastern time, Princeton Central).
    /// </summary>
    private static bool QualifiesTheOneBefore(PlaceFinder.Hit before, PlaceFinder.Hit h) =>
        before is { Qualifier: { } q } && before.Paragraph == h.Paragraph && h.Position > before.Position
        && h.Position - (before.Position + before.Name.Length) is > 0 and <= 3 && q.StartsWith(h.Name, StringComparison.OrdinalIgnoreCase);

    private static bool IsClockZone(string text, int start, int end) =>
        text.AsSpan(end).StartsWith(" time", StringComparison.OrdinalIgnoreCase) && (end + 5 == text.Length || !char.IsLetter(text[end + 5]))
        // "all times Beirut", "times are Kyiv's": a page's note on its clock.
        || text.AsSpan(0, start).TrimEnd().EndsWith("times", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(0, start).TrimEnd().EndsWith("times are", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(0, start).TrimEnd().EndsWith("times in", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A dateline in the story's first lines: the name opens a line (or a "|" field) and a date follows its comma
    /// ("Chisinau, 30 March 2025", "Yangon, 14 April 2025"), or a dash or colon opens the story ("Jayapura – Fighters…").
    /// </summary>
    internal static bool IsFilingPlace(string text, int paragraph, int start, int length)
    {
        if (paragraph is < 0 or > 2)
            return false;
        var b = start;
        while (b > 0 && text[b - 1] is ' ' or '*' or '_') b--;
        if (b > 0 && text[b - 1] is not ('|' or '\n'))
            return false;
        var i = start + length;
        while (i < text.Length && text[i] is '*' or '_') i++;
        var rest = text.AsSpan(i);
        if (rest.StartsWith(", "))
        {
            rest = rest[2..];
            var w = 0;
            while (w < rest.Length && char.IsLetterOrDigit(rest[w])) w++;
            return w > 0 && (char.IsDigit(rest[0]) || PlaceFinder.IsCalendarWord(rest[..w].ToString()));
        }

        rest = rest.TrimStart(' ');
        if (rest.StartsWith("(") && rest.IndexOf(')') is var close and > 0 and < 40)
            rest = rest[(close + 1)..].TrimStart(' ');
        return rest.Length > 1 && rest[0] is '–' or '—' or '-' or ':' && rest[1] == ' ';
    }

    private static Tally TallyOf(Dictionary<string, Tally> tags, string tag) =>
        tags.TryGetValue(tag, out var t) ? t : tags[tag] = new Tally();

    private static void Count(Tally t, int weight, int paragraph, int position)
    {
        t.Score += weight;
        t.Mentions++;
        t.Lead |= paragraph <= 0;
        t.First = Math.Min(t.First, (paragraph + 1) * 100_000 + position);
    }

    // What names the country on the other side: "the border with", "its frontier with", "bordering"; the same in Spanish,
    // French and Portuguese ("la frontera con", "la frontière avec", "a fronteira com").
    private static readonly string[] BorderWords =
        ["border with", "borders with", "frontier with", "boundary with", "bordering", "frontera con", "frontière avec", "fronteira com", "confine con", "grenze zu"];

    private static bool AcrossTheBorder(string text, int position)
    {
        var before = text.AsSpan(0, position).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) before = before[..^4].TrimEnd();
        foreach (var words in BorderWords)
        {
            if (before.EndsWith(words, StringComparison.OrdinalIgnoreCase)
                && (before.Length == words.Length || !char.IsLetter(before[^(words.Length + 1)])))
                return true;
        }
        return false;
    }

    private static bool IsActor(string tag) => Gazetteer.TryGet(tag, out var entry) && entry.Kind == TagKind.Actor;

    private static readonly string[] FlagWords = ["-flagged", "-flag", "-registered", "-owned"];

    private static bool FlagSuffix(string text, int end)
    {
        var rest = text.AsSpan(end);
        foreach (var w in FlagWords)
        {
            if (rest.StartsWith(w, StringComparison.OrdinalIgnoreCase) && (rest.Length == w.Length || !char.IsLetter(rest[w.Length])))
                return true;
        }
        return false;
    }

    private static void OnHit(ref State state, Gazetteer.Alias alias, int position)
    {
        // "a Liberia-flagged tanker", "a Malta-registered bulk carrier": the flag a ship flies, neither a topic nor a place.
        if (FlagSuffix(state.Text, position + alias.Text.Length))
            return;
        Count(TallyOf(state.Tags, alias.Tag), state.Weight, state.Paragraph, position);
        // The country across the border ("on the border with Panama") is a topic; its clock is not the story's (see Find).
        if (alias.IsPlace && alias.TimeZoneId is { } zone && !AcrossTheBorder(state.Text, position))
        {
            // A country named near a clock is as often the actor as the place ("U.S. forces struck … at 10:15 a.m. local"):
            // it votes for the story's clock but says nothing of one sentence's.
            var counts = alias.IsDemonym ? state.DemonymZoneCounts : IsClockZone(state.Text, position, position + alias.Text.Length) ? state.ClockZoneCounts : state.ZoneCounts;
            counts[zone] = counts.GetValueOrDefault(zone) + (alias.IsDemonym ? 1 : NameVote) * state.Weight;
        }
    }
}
