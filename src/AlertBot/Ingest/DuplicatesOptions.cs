using System.ComponentModel.DataAnnotations;

namespace AlertBot.Ingest;

/// <summary>Near-duplicates across sources: the same event from two origins within a window makes one alert.</summary>
public sealed class DuplicatesOptions
{
    public const string Section = "Duplicates";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Estimated Jaccard similarity of word 3-shingles (MinHash) at or above which two articles are one story.
    /// Below about 0.4 the band index finds fewer candidates (see NearDuplicates).
    /// </summary>
    [Range(0.3, 1.0)]
    public double Threshold { get; set; } = 0.5;

    /// <summary>
    /// Within one origin, the similarity at or above which a new article is a re-scrape of a recent story (an update of
    /// it, not a new alert). Higher than <see cref="Threshold"/>: one agency's numbered look-alike items ("Flash Update
    /// 3", "Flash Update 4") share their template and place names and must stay apart (the README has measured pairs).
    /// Below <see cref="Threshold"/> it counts as <see cref="Threshold"/>: one origin's items never merge more readily
    /// than two origins' reports.
    /// </summary>
    [Range(0.5, 1.0)]
    public double SameOriginThreshold { get; set; } = 0.8;

    /// <summary>How far back an earlier report counts as the same event.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(12);
}
