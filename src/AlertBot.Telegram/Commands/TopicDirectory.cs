using AlertBot.Core.Route;

namespace AlertBot.Telegram.Commands;

/// <summary>The topics a chat may subscribe to: the operator's catalogue plus the gazetteer's countries and regions.</summary>
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

    public IEnumerable<string> All => _topics.Keys;

    public bool IsKnown(string topic) => topic == ChatSettings.AllTopics || _topics.ContainsKey(topic);

    public string Describe(string topic) => _topics.TryGetValue(topic, out var d) && d.Length > 0 ? d : "";

    /// <summary>Up to three known topics that start like <paramref name="guess"/>, for a helpful refusal.</summary>
    public IEnumerable<string> Suggest(string guess) =>
        _topics.Keys.Where(k => k.StartsWith(guess.Length > 2 ? guess[..3] : guess, StringComparison.Ordinal)).Take(3);
}
