namespace AlertBot.Core.Understand;

/// <summary>What AlertBot understood of one article: the facts a reader needs in ten seconds.</summary>
public sealed record Understanding
{
    public required string Headline { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<KeyTime> KeyTimes { get; init; }

    /// <summary>Lower-case gazetteer tags (countries, regions, actors), e.g. <c>mali</c>, <c>sahel</c>, <c>wagner</c>.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>False for input that is not a real article (empty, only boilerplate).</summary>
    public required bool IsAlert { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>The cleaned story text (noise removed), paragraphs separated by blank lines.</summary>
    public required string Body { get; init; }

    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }

    /// <summary>The source's own id for the story (JSON id, feed GUID), when it has one.</summary>
    public string? SourceId { get; init; }

    /// <summary>The byline's author, when the source names one.</summary>
    public string? Author { get; init; }

    /// <summary>The format the article was read as.</summary>
    public ArticleFormat Format { get; init; }

    /// <summary>
    /// Tags of places the story only mentions in passing (once, after its lede): shown with the alert, not routed on.
    /// <see cref="Topics"/> holds the tags of its main places.
    /// </summary>
    public IReadOnlyList<string> PassingTopics { get; init; } = [];

    /// <summary>The story's places, the most salient first (headline and lede, then how often it comes back to them).</summary>
    public IReadOnlyList<PlaceRef> Places { get; init; } = [];

    /// <summary>The story's main place, or null when it names none the gazetteer knows.</summary>
    public PlaceRef? Location { get; init; }

    /// <summary>
    /// A revision marker the headline carried (<see cref="RevisionKinds"/>: "correction", "update", "refile"), removed
    /// from <see cref="Headline"/>; null for a first version. Ingest matches such an article to the story it revises.
    /// </summary>
    public string? Revision { get; init; }

    /// <summary>The article's own note on what it changes ("Corrects time of the attack"), taken out of the body.</summary>
    public string? RevisionNote { get; init; }
}

/// <summary>A place a story names, as the gazetteer knows it.</summary>
/// <param name="Name">As the gazetteer writes it ("Goma", "Red Sea", "Ukraine").</param>
/// <param name="Country">The country's English name, or null for a sea or a region of several countries.</param>
/// <param name="Tag">Its subscribable tag ("goma").</param>
/// <param name="Zone">IANA time zone.</param>
public sealed record PlaceRef(string Name, string? Country, double Lat, double Lon, string Zone, string Tag);
