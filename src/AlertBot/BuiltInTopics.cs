using AlertBot.Core.Understand;

namespace AlertBot;

/// <summary>The gazetteer's countries, regions and actors, subscribable by their lower-case tag (<c>ukraine</c>, <c>sahel</c>).</summary>
internal static class BuiltInTopics
{
    public static IReadOnlyCollection<string> Tags => Gazetteer.TopicTags;
}
