using AlertBot.Core.Route;
using AlertBot.Core.Understand;

namespace AlertBot.Testing;

/// <summary>
/// A generated audience of private subscribers, as a large bot would have: a few topics each (countries, regions,
/// the operator's topics, some "all"), own keywords (words, phrases, odd ones like "#tag" or "c++"), excluded words,
/// circles (/near) around real towns of every size from 1 to 2,000 km, forum threads and disabled chats now and
/// then. Seeded, so a test and a benchmark see the same chats. Shared (linked) by the Core tests, the benchmarks and
/// the load harness.
/// </summary>
internal static class Audience
{
    /// <summary>Words of flash news, in the articles and in the keywords.</summary>
    public static readonly string[] Vocabulary =
    [
        "drone", "strike", "missile", "convoy", "attack", "border", "crossing", "protest", "election", "ceasefire",
        "troops", "refugees", "explosion", "earthquake", "flood", "wildfire", "hostage", "embassy", "sanctions", "pipeline",
        "port", "airport", "railway", "bridge", "dam", "refinery", "fuel", "depot", "power", "grid", "outage", "curfew",
        "wagner", "militia", "rebels", "army", "navy", "coast", "guard", "police", "riot", "strike", "union", "court",
        "president", "minister", "parliament", "coup", "junta", "opposition", "journalist", "aid", "famine", "cholera",
        "kharkiv", "kyiv", "odesa", "bamako", "kidal", "gao", "niamey", "khartoum", "goma", "mogadishu", "sanaa", "aden",
        "gaza", "rafah", "beirut", "damascus", "aleppo", "idlib", "tripoli", "benghazi", "juba", "kinshasa", "addis",
        "1530", "utc", "monday", "june", "2024", "officials", "said", "killed", "wounded", "evacuated", "shelling",
    ];

    private static readonly string[] OddKeywords = ["#breaking", "c++", "fuel depot", "border crossing", "Kharkiv's", "u.n.", "ⓐlert", "étude", "İstanbul", "STRASSE", "-", "ΐ"];

    private static readonly string[] OperatorTopics = ["energy", "aviation", "maritime", "health", "cyber", "elections", "sahel", "horn", "levant", "black-sea"];

    public static IReadOnlyList<Place> Towns { get; } = [.. Places.All.Where(p => p.Kind == PlaceKind.City)];

    private static readonly string[] PlaceTopics =
        [.. Places.All.Where(p => p.Kind != PlaceKind.City).Select(p => p.Tag).Distinct(StringComparer.Ordinal).Take(400)];

    /// <summary>The topic names chats choose from.</summary>
    public static IReadOnlyList<string> Topics { get; } = [.. PlaceTopics, .. OperatorTopics];

    public static List<ChatSettings> Generate(int count, int seed = 20)
    {
        var random = new Random(seed);
        var chats = new List<ChatSettings>(count);
        for (var i = 0; i < count; i++)
        {
            var topics = new HashSet<string>(StringComparer.Ordinal);
            if (random.NextDouble() < 0.01)
                topics.Add(ChatSettings.AllTopics);
            for (var t = random.Next(0, 4); t > 0; t--)
                topics.Add(Topics[Skewed(random, Topics.Count)]);
            var keywords = Words(random, random.Next(0, 4));
            var excludes = Words(random, random.NextDouble() < 0.3 ? random.Next(1, 3) : 0);
            var near = new List<NearCircle>();
            for (var c = random.NextDouble() < 0.6 ? random.Next(1, 3) : 0; c > 0; c--)
            {
                var town = Towns[random.Next(Towns.Count)];
                // Mostly 5 to 300 km around a town; one in thirty up to 2,000 km.
                var radius = random.NextDouble() < 1.0 / 30
                    ? Math.Round(300 + (random.NextDouble() * 1700), 1)
                    : Math.Round(Math.Exp(Math.Log(5) + (random.NextDouble() * Math.Log(300 / 5.0))), 1);
                near.Add(new NearCircle(town.Name, town.Lat, town.Lon, Math.Max(NearCircle.MinRadiusKm, radius)));
            }

            var threads = new Dictionary<string, int>(StringComparer.Ordinal);
            if (random.NextDouble() < 0.02)
            {
                foreach (var topic in topics.Where(_ => random.NextDouble() < 0.7))
                    threads[topic] = random.Next(2, 500);
            }

            chats.Add(new ChatSettings
            {
                Id = 100_000_000 + i,
                Kind = ChatKind.Private,
                Title = "Subscriber " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Enabled = random.NextDouble() >= 0.005,
                Topics = topics,
                Keywords = keywords,
                Excludes = excludes,
                Near = near,
                TopicThreads = threads,
            });
        }

        return chats;
    }

    /// <summary>
    /// An article's text and topics: ordinary words (of 50,000) with a few flash-news words among them, punctuation,
    /// now and then an odd word or character; topics of any country or region, the location a random town.
    /// </summary>
    /// <param name="casedSymbols">
    /// Let "ⓐlert" into the text too: a symbol with a case, which makes the index check every chat with keywords
    /// one by one (the equivalence tests want it; real news has none, so benchmarks leave it out).
    /// </param>
    public static (string Headline, string Body, HashSet<string> Topics, PlaceRef? Location) Article(Random random, bool casedSymbols = false)
    {
        string Text(int words)
        {
            var parts = new List<string>(words);
            for (var w = 0; w < words; w++)
            {
                var r = random.NextDouble();
                var odd = OddKeywords[random.Next(OddKeywords.Length)];
                if (!casedSymbols && odd.Any(c => !char.IsLetterOrDigit(c) && char.ToUpperInvariant(c) != char.ToLowerInvariant(c)))
                    odd = "#breaking";
                var word = r < 0.01 ? odd
                    : r < 0.06 ? Vocabulary[random.Next(Vocabulary.Length)]
                    : "w" + random.Next(50_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (random.NextDouble() < 0.3)
                    word = char.ToUpperInvariant(word[0]) + word[1..];
                parts.Add(word + (random.NextDouble() < 0.1 ? "," : random.NextDouble() < 0.05 ? "-linked" : ""));
            }

            return string.Join(' ', parts) + ".";
        }

        var topics = new HashSet<string>(StringComparer.Ordinal);
        for (var t = random.Next(0, 4); t > 0; t--)
            topics.Add(Topics[random.Next(Topics.Count)]);
        PlaceRef? location = null;
        if (random.NextDouble() < 0.8)
        {
            var town = Towns[random.Next(Towns.Count)];
            location = new PlaceRef(town.Name, town.CountryCode, town.Lat, town.Lon, town.Zone, town.Tag);
        }

        return (Text(random.Next(4, 12)), Text(random.Next(50, 600)), topics, location);
    }

    private static HashSet<string> Words(Random random, int count)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < count; k++)
        {
            var r = random.NextDouble();
            words.Add(r < 0.05 ? OddKeywords[random.Next(OddKeywords.Length)]
                : r < 0.15 ? Vocabulary[random.Next(Vocabulary.Length)] + " " + Vocabulary[random.Next(Vocabulary.Length)]
                : r < 0.5 ? Vocabulary[random.Next(Vocabulary.Length)]
                : "w" + random.Next(50_000).ToString(System.Globalization.CultureInfo.InvariantCulture)); // a rarer word of the chat's own
        }

        return words;
    }

    /// <summary>A few popular topics, a long tail: index i with weight about 1/(i+1).</summary>
    private static int Skewed(Random random, int count) => Math.Min(count - 1, (int)Math.Floor(Math.Exp(random.NextDouble() * Math.Log(count + 1)) - 1));
}
