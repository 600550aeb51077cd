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
    private readonly NearGrid _near;

    public ChatIndex(IReadOnlyList<ChatSettings> chats)
    {
        _chats = [.. chats];
        _byId = new Dictionary<long, int>(_chats.Length);
        var all = new List<int>();
        var byTopic = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keywords = new WordKeys.Builder();
        var excludes = new WordKeys.Builder();
        var near = new NearGrid.Builder();
        for (var i = 0; i < _chats.Length; i++)
        {
            var chat = _chats[i];
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
            foreach (var circle in chat.Near)
                near.Add(circle, i);
        }

        _all = [.. all];
        _byTopic = byTopic.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _keywords = keywords.Build();
        _excludes = excludes.Build();
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
        var candidates = new ulong[(_chats.Length + 63) / 64];
        Mark(candidates, _all);
        foreach (var (topic, chats) in _byTopic)
        {
            // Asking the article's set (not our dictionary) keeps its comparer the judge, as in Router.Route.
            if (articleTopics.Contains(topic))
                Mark(candidates, chats);
        }

        _keywords.Mark(headline, candidates);
        _keywords.Mark(body, candidates);

        // Chats whose excluded words may be in the text; for every other candidate Router.Route can skip them.
        var excluded = new ulong[candidates.Length];
        _excludes.Mark(headline, excluded);
        _excludes.Mark(body, excluded);
        if (location is not null)
            _near.Mark(location.Lat, location.Lon, candidates);

        for (var w = 0; w < candidates.Length; w++)
        {
            var bits = candidates[w];
            while (bits != 0)
            {
                var i = (w * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                var chat = _chats[i];
                var mayBeExcluded = (excluded[w] & (1UL << (i & 63))) != 0;
                if (Router.Route(chat, articleTopics, headline, body, location, mayBeExcluded) is { } target)
                    result.Add((chat, target));
            }
        }

        return result;
    }

    internal static void Mark(ulong[] bits, int[] chats)
    {
        foreach (var i in chats)
            bits[i >> 6] |= 1UL << (i & 63);
    }
}
