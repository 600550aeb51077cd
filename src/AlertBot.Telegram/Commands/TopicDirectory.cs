using AlertBot.Core.Route;
using AlertBot.Core.Understand;

namespace AlertBot.Telegram.Commands;

/// <summary>
/// The topics a chat may subscribe to: the operator's catalogue, the gazetteer's countries, regions and actors
/// (listed by /topics), and every town, first-level region and sea of <see cref="Places"/> by its tag (<c>goma</c>,
/// <c>north-kivu</c>, <c>red-sea</c>) — tens of thousands, so searched (<see cref="Search"/>), never listed.
/// </summary>
public sealed class TopicDirectory
{
    private readonly SortedDictionary<string, string> _topics = new(StringComparer.Ordinal);

    public TopicDirectory(IEnumerable<Topic> catalog, IEnumerable<string> builtInTags)
    {
        foreach (var tag in builtInTags)
            _topics[tag.ToLowerInvariant()] = "";
        foreach (var topic in catalog)
            _topics[topic.Name.ToLowerInvariant()] = topic.Description;
        Catalog = catalog.Select(t => t.Name.ToLowerInvariant()).ToList();
    }

    /// <summary>The operator's own topics, shown first.</summary>
    public IReadOnlyList<string> Catalog { get; }

    /// <summary>The operator's topics and the gazetteer's countries, regions and actors: what /topics lists. Places are not listed.</summary>
    public IEnumerable<string> All => _topics.Keys;

    public bool IsKnown(string topic) => topic == ChatSettings.AllTopics || _topics.ContainsKey(topic) || Places.IsPlaceTag(topic);

    /// <summary>
    /// The topic a person's spelling stands for: a listed topic as it is, a place by its tag ("hodeidah" →
    /// "al-hudaydah", "kiev" → "kyiv", "north kivu" → "north-kivu"); null when nothing is called so.
    /// </summary>
    public string? Canonical(string typed)
    {
        var topic = typed.Trim().ToLowerInvariant();
        if (topic.Length == 0)
            return null;
        if (topic == ChatSettings.AllTopics || _topics.ContainsKey(topic))
            return topic;
        var slug = Places.Slug(topic);
        if (slug.Length == 0)
            return null;
        if (_topics.ContainsKey(slug))
            return slug;
        return Places.CanonicalTag(slug);
    }

    public string Describe(string topic) => _topics.TryGetValue(topic, out var d) && d.Length > 0 ? d : "";

    /// <summary>
    /// Up to three known topics that start like <paramref name="guess"/>, for a helpful refusal; when no listed topic
    /// does, the places whose names are closest to it.
    /// </summary>
    public IEnumerable<string> Suggest(string guess)
    {
        var listed = _topics.Keys.Where(k => k.StartsWith(guess.Length > 2 ? guess[..3] : guess, StringComparison.Ordinal)).Take(3).ToList();
        if (listed.Count > 0 || guess.Length < 3)
            return listed;
        return PlaceSuggestions(guess, 6)
            .Select(name => Places.CanonicalTag(Places.Slug(name)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();
    }

    /// <summary>
    /// Place names close to one that matched nothing (<see cref="Places.Suggest"/>); when none is, those close to ever
    /// shorter starts of it, so "Atlantisxyz" still finds "Atlantis".
    /// </summary>
    public static IReadOnlyList<string> PlaceSuggestions(string query, int max)
    {
        var name = query.Trim();
        for (var length = name.Length; length >= 4; length--)
        {
            if (Places.Suggest(name[..length], max) is { Count: > 0 } found)
                return found;
        }

        return [];
    }

    /// <summary>
    /// Topics whose name holds <paramref name="query"/> as a word or the start of one (<c>kivu</c> → <c>north-kivu</c>,
    /// <c>south-kivu</c>): listed topics first, then places — the same name first, then whole words, then the starts of
    /// words, the most populous first. At most <paramref name="max"/>; <see cref="TopicMatch.Place"/> is null for a listed topic.
    /// </summary>
    public IReadOnlyList<TopicMatch> Search(string query, int max = 10)
    {
        var slug = Places.Slug(query);
        if (slug.Length == 0)
            return [];
        var result = new List<TopicMatch>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _topics.Keys
                     .Select(k => (Name: k, Score: Score(k, slug) ?? (_topics[k].Contains(query.Trim(), StringComparison.OrdinalIgnoreCase) ? 5 : null)))
                     .Where(k => k.Score is not null)
                     .OrderBy(k => k.Score).ThenBy(k => k.Name, StringComparer.Ordinal)
                     .Select(k => k.Name))
        {
            if (result.Count < max && seen.Add(name))
                result.Add(new TopicMatch(name, null));
        }

        // Names written another way ("kiev", "hodeidah") are found through the gazetteer's alternates.
        var places = Places.Lookup(query).Concat(Places.ByTagScore(tag => Score(tag, slug)));
        foreach (var place in places)
        {
            if (result.Count >= max)
                break;
            if (place.Kind != PlaceKind.Country && seen.Add(place.Tag))
                result.Add(new TopicMatch(place.Tag, Places.ByTag(place.Tag) is [var first, ..] ? first : place));
        }

        return result;
    }

    /// <summary>"goma — Goma, North Kivu, Democratic Republic of the Congo", "paris — Paris, Île-de-France, France (and 9 other places of this name)", "sahel".</summary>
    public string Label(TopicMatch match)
    {
        if (match.Place is not { } p)
        {
            var description = Describe(match.Topic);
            if (description.Length == 0 && Places.CountryName(Places.CountryCodeOfTag(match.Topic)) is { } country)
                description = country;
            return description.Length == 0 ? match.Topic : $"{match.Topic} — {description}";
        }

        var parts = new List<string> { p.Name };
        if (p.Admin1 is { Length: > 0 } admin1 && admin1 != p.Name)
            parts.Add(admin1);
        if (Places.CountryName(p.CountryCode) is { } name && name != p.Name)
            parts.Add(name);
        // The topic follows every place of that name: say so, so "paris" is known to include Paris, Texas.
        var others = Places.ByTag(match.Topic).Count - 1;
        var more = others switch
        {
            0 => "",
            1 => " (and 1 other place of this name)",
            _ => $" (and {others} other places of this name)",
        };
        return $"{match.Topic} — {string.Join(", ", parts)}{more}";
    }

    /// <summary>
    /// How well a tag holds the query, best first: 0 the same, 1 its first words, 2 whole words later on
    /// ("north-kivu" holds "kivu"), 3 the start of its first word, 4 the start of a later one; null when it does not.
    /// </summary>
    /// <summary>"goma — Goma, North Kivu, …" for a place topic that /topics does not list; null for any other topic.</summary>
    public string? PlaceLabel(string topic) =>
        topic == ChatSettings.AllTopics || _topics.ContainsKey(topic) || Places.ByTag(topic) is not [var place, ..]
            ? null
            : Label(new TopicMatch(topic, place));

    private static int? Score(ReadOnlySpan<char> tag, string slug)
    {
        if (tag.SequenceEqual(slug))
            return 0;
        int? best = null;
        for (var i = tag.IndexOf(slug, StringComparison.Ordinal); i >= 0; i = Next(tag, slug, i))
        {
            if (i > 0 && tag[i - 1] != '-')
                continue;
            var end = i + slug.Length;
            var whole = end == tag.Length || tag[end] == '-';
            var score = (whole, i == 0) switch
            {
                (true, true) => 1,
                (true, false) => 2,
                (false, true) => 3,
                _ => 4,
            };
            best = best is { } b ? Math.Min(b, score) : score;
        }

        return best;

        static int Next(ReadOnlySpan<char> tag, string slug, int i) => tag[(i + 1)..].IndexOf(slug, StringComparison.Ordinal) is var j and >= 0 ? i + 1 + j : -1;
    }
}

/// <summary>A topic found by /topics &lt;query&gt;: its tag, and the place it names when it is one of the gazetteer's.</summary>
public sealed record TopicMatch(string Topic, Place? Place);
