using AlertBot.Core.Understand;

namespace AlertBot.Core.Route;

/// <summary>Decides which topics an article belongs to and which chats get it. Pure and thread-safe.</summary>
public sealed class Router
{
    private readonly IReadOnlyList<Topic> _catalog;

    public Router(IEnumerable<Topic> catalog)
    {
        _catalog = catalog.Where(t => !string.IsNullOrWhiteSpace(t.Name))
            .ToList();
    }

    public IReadOnlyList<Topic> Catalog => _catalog;

    /// <summary>Every topic name the article answers to: its gazetteer tags plus matching operator topics.</summary>
    public IReadOnlySet<string> TopicsOf(Understanding article)
    {
        var topics = new HashSet<string>(article.Topics, StringComparer.Ordinal);
        foreach (var topic in _catalog)
        {
            if (Matches(topic, article))
                topics.Add(topic.Name.ToLowerInvariant());
        }

        return topics;
    }

    /// <summary>
    /// Whether <paramref name="chat"/> gets the article, and where: its topics match, one of its keywords is in the
    /// headline or body, or the story's main <paramref name="location"/> is inside one of its circles (/near) — never
    /// when one of its excluded words is. Null when the chat does not get it; otherwise the forum thread of the first
    /// matching topic that has one (ordinal order), else the main chat.
    /// </summary>
    /// <param name="location">
    /// The story's main place (<see cref="Understanding.Location"/>). Only a town is a point a circle can hold: a story
    /// located at a whole country, region or sea matches no circle (its centre is not where anything happened), and
    /// the places a story mentions in passing never do, so a faraway town named once does not ping a chat.
    /// </param>
    public static RouteTarget? Route(ChatSettings chat, IReadOnlySet<string> articleTopics, string headline, string body, PlaceRef? location = null) =>
        Route(chat, articleTopics, headline, body, location, RouteHints.None);

    /// <param name="hints">What the caller already knows of this chat and article (<see cref="ChatIndex"/>); each one only skips work.</param>
    internal static RouteTarget? Route(ChatSettings chat, IReadOnlySet<string> articleTopics, string headline, string body, PlaceRef? location, RouteHints hints)
    {
        if (!chat.Enabled || hints.Excluded)
            return null;
        if (hints.MayBeExcluded)
        {
            foreach (var word in chat.Excludes)
            {
                if (hints.Text?.Contains(word) ?? (ContainsWord(headline, word) || ContainsWord(body, word)))
                    return null;
            }
        }

        var matched = false;
        int? thread = null;
        if (chat.TopicThreads.Count == 0)
        {
            // No threads to choose between: any matching topic will do, in any order.
            foreach (var topic in chat.Topics)
            {
                if (topic == ChatSettings.AllTopics || articleTopics.Contains(topic))
                {
                    matched = true;
                    break;
                }
            }
        }
        else
        {
            foreach (var topic in chat.Topics.Order(StringComparer.Ordinal))
            {
                if (topic != ChatSettings.AllTopics && !articleTopics.Contains(topic))
                    continue;
                matched = true;
                if (thread is null && topic != ChatSettings.AllTopics && chat.TopicThreads.TryGetValue(topic, out var t))
                    thread = t;
            }
        }

        if (!matched && hints.KeywordFound)
            matched = true;
        if (!matched && hints.KeywordMayBeFound)
        {
            foreach (var word in chat.Keywords)
            {
                if (hints.Text?.Contains(word) ?? (ContainsWord(headline, word) || ContainsWord(body, word)))
                {
                    matched = true;
                    break;
                }
            }
        }

        if (!matched && chat.Near.Count > 0 && location is not null && (hints.LocationIsTown ?? IsTown(location)))
        {
            foreach (var circle in chat.Near)
            {
                if (circle.Contains(location.Lat, location.Lon))
                {
                    matched = true;
                    break;
                }
            }
        }

        if (!matched)
            return null;
        // "all" may itself be kept in a thread; a specific topic's thread wins over it.
        if (thread is null && chat.Topics.Contains(ChatSettings.AllTopics) && chat.TopicThreads.TryGetValue(ChatSettings.AllTopics, out var all))
            thread = all;
        return new RouteTarget(thread);
    }

    /// <summary>Whether the chat gets the article: <see cref="Route"/> with the article's text.</summary>
    public static bool Wants(ChatSettings chat, IReadOnlySet<string> articleTopics, string headline, string body, PlaceRef? location = null) =>
        Route(chat, articleTopics, headline, body, location) is not null;

    /// <summary>Whether a chat subscribed to <paramref name="chat"/>'s topics should get an article with <paramref name="articleTopics"/> (topics only; no keywords).</summary>
    public static bool Wants(ChatSettings chat, IReadOnlySet<string> articleTopics)
    {
        if (!chat.Enabled)
            return false;
        if (chat.Topics.Contains(ChatSettings.AllTopics))
            return true;
        foreach (var topic in chat.Topics)
        {
            if (articleTopics.Contains(topic))
                return true;
        }

        return false;
    }

    private static bool Matches(Topic topic, Understanding article)
    {
        foreach (var tag in topic.Places.Concat(topic.Actors))
        {
            if (article.Topics.Contains(tag.ToLowerInvariant()))
                return true;
        }

        foreach (var keyword in topic.Keywords)
        {
            if (ContainsWord(article.Headline, keyword) || ContainsWord(article.Body, keyword))
                return true;
        }

        return false;
    }

    /// <summary>Whether the place is one of the gazetteer's towns (not a country's, region's or sea's centre).</summary>
    internal static bool IsTown(PlaceRef place)
    {
        foreach (var p in Places.ByTag(place.Tag))
        {
            if (p.Kind == PlaceKind.City && Math.Abs(p.Lat - place.Lat) < 1e-6 && Math.Abs(p.Lon - place.Lon) < 1e-6)
                return true;
        }

        return false;
    }

    internal static bool ContainsWord(string text, string word)
    {
        if (word.Length == 0)
            return false;
        var start = 0;
        while (true)
        {
            var i = text.IndexOf(word, start, StringComparison.OrdinalIgnoreCase);
            if (i < 0)
                return false;
            var before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            var end = i + word.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
                return true;
            start = i + 1;
        }
    }
}

/// <summary>
/// What <see cref="ChatIndex"/> already knows when it asks <see cref="Router.Route"/> about one chat: one of its
/// excluded words is surely in the text (<paramref name="Excluded"/>) or may be (<paramref name="MayBeExcluded"/>;
/// false: surely none is), one of its keywords surely is (<paramref name="KeywordFound"/>) or may be
/// (<paramref name="KeywordMayBeFound"/>), whether the location is a town, and the article's text with what is known
/// of its words (<see cref="Text"/>). Each hint only skips a check whose answer it already holds.
/// </summary>
internal readonly record struct RouteHints(bool Excluded, bool MayBeExcluded, bool KeywordFound, bool KeywordMayBeFound, bool? LocationIsTown)
{
    public static readonly RouteHints None = new(Excluded: false, MayBeExcluded: true, KeywordFound: false, KeywordMayBeFound: true, LocationIsTown: null);

    /// <summary>The same headline and body, each word searched in them at most once (null: search them).</summary>
    public ArticleText? Text { get; init; }
}

/// <summary>Where in a chat an alert goes: the main chat, or a forum thread.</summary>
public readonly record struct RouteTarget(int? ThreadId);
