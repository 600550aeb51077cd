using AlertBot.Core.Understand;

namespace AlertBot.Core.Route;

/// <summary>
/// The enabled chats, indexed by what can make one of them want an article: its topics, the first word of each of
/// its keywords, the map cells its circles (/near) cover. Routing an article looks up the article's topics, the
/// words of its text and its location, and runs <see cref="Router.Route"/> only on the chats found — the same
/// answer as running it on every chat, in the same (the list's) order, at a cost that follows the chats that can
/// match instead of all of them. Built once per version of the chats (<c>chats.version</c>); immutable, thread-safe.
/// </summary>
public sealed class ChatIndex
{
    public static readonly ChatIndex Empty = new([]);

    private readonly ChatSettings[] _chats;
    private readonly Dictionary<long, int> _byId;

    /// <summary>Chats subscribed to "all".</summary>
    private readonly int[] _all;

    private readonly Dictionary<string, int[]> _byTopic;
    private readonly WordKeys _keywords;
    private readonly WordKeys _excludes;
    private readonly TextRuns _runs;
    private readonly NearGrid _near;

    /// <summary>Per chat, what the common case needs without reading the chat itself (its objects are scattered in memory).</summary>
    private readonly ChatFlags[] _flags;

    /// <summary>Every chat's circles, side by side: chat i's are <c>_circles[_circleStart[i].._circleStart[i + 1]]</c>.</summary>
    private readonly int[] _circleStart;
    private readonly (double Lat, double Lon, double RadiusKm)[] _circles;

    public ChatIndex(IReadOnlyList<ChatSettings> chats)
    {
        _chats = [.. chats];
        _byId = new Dictionary<long, int>(_chats.Length);
        var all = new List<int>();
        var byTopic = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keywords = new WordKeys.Builder();
        var excludes = new WordKeys.Builder();
        var runs = new TextRuns.Builder();
        var near = new NearGrid.Builder();
        _flags = new ChatFlags[_chats.Length];
        _circleStart = new int[_chats.Length + 1];
        var circles = new List<(double, double, double)>();
        for (var i = 0; i < _chats.Length; i++)
        {
            var chat = _chats[i];
            _flags[i] = (chat.Enabled ? ChatFlags.Enabled : 0) | (chat.TopicThreads.Count > 0 ? ChatFlags.Threads : 0);
            _circleStart[i] = circles.Count;
            circles.AddRange(chat.Near.Select(c => (c.Lat, c.Lon, c.RadiusKm)));
            _byId.TryAdd(chat.Id, i);
            if (chat.Topics.Contains(ChatSettings.AllTopics))
                all.Add(i);
            keywords.Add(chat.Keywords, i);
            foreach (var topic in chat.Topics)
            {
                if (topic == ChatSettings.AllTopics)
                    continue;
                if (!byTopic.TryGetValue(topic, out var list))
                    byTopic[topic] = list = [];
                list.Add(i);
            }

            excludes.Add(chat.Excludes, i);
            runs.Add(chat.Keywords);
            runs.Add(chat.Excludes);
            foreach (var circle in chat.Near)
                near.Add(circle, i);
        }

        _circleStart[_chats.Length] = circles.Count;
        _circles = [.. circles];
        _all = [.. all];
        _byTopic = byTopic.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _keywords = keywords.Build();
        _excludes = excludes.Build();
        _runs = runs.Build();
        _near = near.Build();
    }

    /// <summary>The chats, in the order they were given.</summary>
    public IReadOnlyList<ChatSettings> Chats => _chats;

    /// <summary>The chat with this id, or null.</summary>
    public ChatSettings? Find(long chatId) => _byId.TryGetValue(chatId, out var i) ? _chats[i] : null;

    /// <summary>
    /// Every chat that gets the article with where it goes: exactly the chats for which <see cref="Router.Route"/>
    /// is not null, in the order of <see cref="Chats"/>.
    /// </summary>
    public List<(ChatSettings Chat, RouteTarget Target)> Route(IReadOnlySet<string> articleTopics, string headline, string body, PlaceRef? location = null)
    {
        var result = new List<(ChatSettings, RouteTarget)>();
        if (_chats.Length == 0)
            return result;
        var topicFound = new ulong[(_chats.Length + 63) / 64];
        Mark(topicFound, _all);
        foreach (var (topic, chats) in _byTopic)
        {
            // Asking the article's set (not our dictionary) keeps its comparer the judge, as in Router.Route.
            if (articleTopics.Contains(topic))
                Mark(topicFound, chats);
        }

        var candidates = (ulong[])topicFound.Clone();

        // The article's runs are taken once; each word that needs the text searched is searched once, for all its chats.
        var text = _runs.Of(headline, body);
        var keywordMayBeFound = new ulong[candidates.Length];
        var keywordFound = new ulong[candidates.Length];
        _keywords.Mark(text, keywordMayBeFound, keywordFound);
        for (var w = 0; w < candidates.Length; w++)
            candidates[w] |= keywordMayBeFound[w];

        // Chats whose excluded words may be in the text (or surely are); every other candidate skips the check.
        var mayBeExcluded = new ulong[candidates.Length];
        var excluded = new ulong[candidates.Length];
        _excludes.Mark(text, mayBeExcluded, excluded);
        bool? town = location is null ? null : Router.IsTown(location);
        if (location is not null)
            _near.Mark(location.Lat, location.Lon, candidates);

        for (var w = 0; w < candidates.Length; w++)
        {
            var bits = candidates[w];
            while (bits != 0)
            {
                var i = (w * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                var bit = 1UL << (i & 63);
                if ((_flags[i] & ChatFlags.Enabled) == 0 || (excluded[w] & bit) != 0)
                    continue;
                var byTopic = (topicFound[w] & bit) != 0;
                var byKeyword = (keywordFound[w] & bit) != 0;
                if ((mayBeExcluded[w] & bit) != 0 || (_flags[i] & ChatFlags.Threads) != 0 || (!byTopic && !byKeyword && (keywordMayBeFound[w] & bit) != 0))
                {
                    // A word to look for in a text with a symbol that has a case, or a thread to choose: Router.Route
                    // decides, skipping what is known.
                    var hints = new RouteHints(Excluded: false, MayBeExcluded: (mayBeExcluded[w] & bit) != 0, byKeyword, (keywordMayBeFound[w] & bit) != 0, town)
                    {
                        Text = text,
                    };
                    if (Router.Route(_chats[i], articleTopics, headline, body, location, hints) is { } target)
                        result.Add((_chats[i], target));
                }
                else if (byTopic || byKeyword || (town == true && InCircle(i, location!.Lat, location.Lon)))
                {
                    // What Router.Route answers for a chat without threads and with nothing left to look for: the main chat.
                    result.Add((_chats[i], new RouteTarget(null)));
                }
            }
        }

        return result;
    }

    /// <summary>NearCircle.Contains over the chat's circles, from the side-by-side copy.</summary>
    private bool InCircle(int chat, double lat, double lon)
    {
        for (var c = _circleStart[chat]; c < _circleStart[chat + 1]; c++)
        {
            var (cLat, cLon, radius) = _circles[c];
            if (Places.DistanceKm(cLat, cLon, lat, lon) <= radius)
                return true;
        }

        return false;
    }

    internal static void Mark(ulong[] bits, int[] chats)
    {
        foreach (var i in chats)
            bits[i >> 6] |= 1UL << (i & 63);
    }
}

[Flags]
internal enum ChatFlags : byte
{
    Enabled = 1,

    /// <summary>A forum chat with topic threads: which thread an alert goes to is Router.Route's to choose.</summary>
    Threads = 2,
}
