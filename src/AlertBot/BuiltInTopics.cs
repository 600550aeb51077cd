namespace AlertBot;

/// <summary>The gazetteer's countries and regions, subscribable by their lower-case tag.</summary>
internal static class BuiltInTopics
{
    public static IReadOnlyCollection<string> Tags => [];
}
