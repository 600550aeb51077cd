namespace AlertBot.Core.Understand;

/// <summary>What a format reader found: headline, story paragraphs (noise removed) and metadata.</summary>
internal sealed class ArticleParts
{
    public string Headline { get; set; } = "";
    public List<string> Paragraphs { get; set; } = [];
    public DateTimeOffset? Published { get; set; }
    public string? Url { get; set; }
    public string? Author { get; set; }
    public string? Id { get; set; }
    public List<string> Warnings { get; } = [];
}
