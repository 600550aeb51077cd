namespace AlertBot.Core.Understand;

/// <summary>An article exactly as a source delivered it: raw bytes plus whatever metadata the source knows.</summary>
/// <param name="Name">File name, feed item id or push id; used to guess the format and in messages.</param>
/// <param name="Content">The original bytes. Never modified.</param>
public sealed record SourceDocument(string Name, ReadOnlyMemory<byte> Content)
{
    /// <summary>A MIME type when the source knows it (HTTP push, feeds); otherwise the format is guessed.</summary>
    public string? ContentType { get; init; }

    /// <summary>Publication time from metadata (feed, JSON, file time); anchors relative days.</summary>
    public DateTimeOffset? Published { get; init; }

    public string? Url { get; init; }

    /// <summary>The source's own id for the story (feed GUID, push id), when it has one.</summary>
    public string? Id { get; init; }
}
