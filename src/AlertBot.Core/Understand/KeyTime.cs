using System.Globalization;

namespace AlertBot.Core.Understand;

/// <summary>One moment the story names, normalised to UTC.</summary>
/// <param name="Utc">The instant in UTC (midnight UTC of the day when <paramref name="IsDateOnly"/>).</param>
/// <param name="IsDateOnly">The text gave a date but no clock time.</param>
/// <param name="Text">The source's own wording, e.g. "1530 EST on November 13th, 2023".</param>
/// <param name="Event">A short phrase saying what happened then.</param>
public sealed record KeyTime(DateTimeOffset Utc, bool IsDateOnly, string Text, string Event)
{
    /// <summary><c>yyyy-MM-ddTHH:mmZ</c>, or <c>yyyy-MM-dd</c> for a date-only key time (the preview contract).</summary>
    public string UtcText => IsDateOnly
        ? Utc.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Utc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
