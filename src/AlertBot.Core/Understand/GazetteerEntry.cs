namespace AlertBot.Core.Understand;

/// <summary>What a gazetteer tag names.</summary>
public enum TagKind
{
    Country,
    Region,
    Actor,
}

/// <summary>One subscribable tag: <c>ukraine</c>, <c>sahel</c>, <c>wagner</c>.</summary>
/// <param name="Tag">Lower-case, hyphenated tag (the <c>/subscribe</c> argument).</param>
/// <param name="Kind">Country, region or actor.</param>
/// <param name="DisplayName">How people write it: "Middle East".</param>
/// <param name="Regions">Region tags a country belongs to (mali → sahel, west-africa, africa).</param>
/// <param name="TimeZoneId">IANA zone of the country's capital, for "local time"; null for regions and actors.</param>
public sealed record GazetteerEntry(string Tag, TagKind Kind, string DisplayName, IReadOnlyList<string> Regions, string? TimeZoneId);
