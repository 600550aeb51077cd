namespace AlertBot.Core.Understand;

/// <summary>What a format reader found: headline, story paragraphs (noise removed) and metadata.</summary>
internal sealed class ArticleParts
{
    public string Headline { get; set; } = "";
    public List<string> Paragraphs { get; set; } = [];
    public DateTimeOffset? Published { get; set; }

    /// <summary>The UTC offset the publication stamp was written with ("2025-01-15T10:05:00+01:00" → +1 h), when it was not UTC.</summary>
    public TimeSpan? PublishedOffset { get; set; }

    /// <summary>The publication's other reading when it was written as a numeric date that reads both ways ("05/04/2026").</summary>
    public DateTimeOffset? PublishedOtherWay { get; set; }

    /// <summary>Whether the publication was a stamp in the text with a clock and no zone ("[21.07.2026 16:02]"): the story's local time.</summary>
    public bool PublishedZoneless { get; set; }
    public string? Url { get; set; }
    public string? Author { get; set; }
    public string? Id { get; set; }
    public List<string> Warnings { get; } = [];

    /// <summary>
    /// The issuer's letterhead above a release's headline ("HIDALGO COUNTY SHERIFF'S OFFICE / 711 El Cibolo Rd, Edinburg,
    /// TX"): not story text, but where the issuer is, which the story's places and clock may need.
    /// </summary>
    public List<string> Letterhead { get; } = [];

    /// <summary>Why the document is no article whatever its text says (a shop's product record), or null.</summary>
    public string? NotArticle { get; set; }

    /// <summary>Takes a written publication stamp unless one is known already; keeps the offset it was written with.</summary>
    public void SetPublished(string? written)
    {
        if (Published is not null) return;
        Published = Dates.ParseLoose(written, out var otherWay, out var zoneless);
        PublishedOtherWay = otherWay;
        PublishedZoneless = zoneless;
        PublishedOffset = Published is null ? null : Dates.WrittenOffset(written);
    }
}
