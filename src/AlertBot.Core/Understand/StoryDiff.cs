namespace AlertBot.Core.Understand;

/// <summary>What a newer version of a story adds to the version chats already have.</summary>
/// <param name="NewKeyTimes">Key times the earlier version did not name (by instant and wording).</param>
/// <param name="NewParagraphs">Story paragraphs the earlier version did not have.</param>
public sealed record StoryDiff(bool HeadlineChanged, IReadOnlyList<KeyTime> NewKeyTimes, IReadOnlyList<string> NewParagraphs)
{
    public bool IsEmpty => !HeadlineChanged && NewKeyTimes.Count == 0 && NewParagraphs.Count == 0;

    public static StoryDiff Compare(Understanding before, Understanding after)
    {
        var knownTimes = before.KeyTimes.Select(k => (k.Utc, k.IsDateOnly)).ToHashSet();
        var newTimes = after.KeyTimes.Where(k => !knownTimes.Contains((k.Utc, k.IsDateOnly))).ToList();
        var knownParagraphs = Paragraphs(before.Body).Select(Normalise).ToHashSet(StringComparer.Ordinal);
        var newParagraphs = Paragraphs(after.Body).Where(p => !knownParagraphs.Contains(Normalise(p))).ToList();
        var headlineChanged = !string.Equals(Normalise(before.Headline), Normalise(after.Headline), StringComparison.Ordinal);
        return new StoryDiff(headlineChanged, newTimes, newParagraphs);
    }

    private static string[] Paragraphs(string body) =>
        body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Normalise(string s) => string.Join(' ', NearDuplicates.Words(s));
}
