using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;

namespace AlertBot;

/// <summary>The operator's topics (section <c>Topics</c>, a list): each a name chats subscribe to and what it matches.</summary>
public sealed partial class TopicsOptions : IValidatableObject
{
    public const string Section = "Topics";

    public List<Topic> Topics { get; set; } = [];

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Slug();

    /// <summary>
    /// Every problem at once: a topic a chat could not subscribe to (no name, not one word, "all", defined twice), or
    /// that could never match (a place or actor the gazetteer does not know, an empty keyword, nothing to match on).
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Topics.Count; i++)
        {
            var topic = Topics[i];
            var at = $"{Section}:{i}";
            if (string.IsNullOrWhiteSpace(topic.Name))
                yield return new ValidationResult($"{at}:Name is required.");
            else if (!Slug().IsMatch(topic.Name))
                yield return new ValidationResult($"{at}:Name '{topic.Name}' must be one word of letters, digits and hyphens (it is what /subscribe takes), e.g. 'africa-security'.");
            else if (topic.Name.Equals(ChatSettings.AllTopics, StringComparison.OrdinalIgnoreCase))
                yield return new ValidationResult($"{at}:Name '{topic.Name}' is reserved: /subscribe {ChatSettings.AllTopics} means every topic.");

            foreach (var (list, tags) in new[] { ("Places", topic.Places), ("Actors", topic.Actors) })
            {
                for (var k = 0; k < tags.Count; k++)
                {
                    var tag = tags[k].ToLowerInvariant();
                    if (!Gazetteer.IsKnownTag(tag) && !Places.IsPlaceTag(tag))
                        yield return new ValidationResult($"{at}:{list}:{k} '{tags[k]}' is no tag the gazetteer knows (a country, region, actor or place tag such as 'sahel' or 'kyiv'), so it would never match.");
                }
            }

            for (var k = 0; k < topic.Keywords.Count; k++)
            {
                if (string.IsNullOrWhiteSpace(topic.Keywords[k]))
                    yield return new ValidationResult($"{at}:Keywords:{k} is empty.");
            }

            if (topic.Keywords.Count + topic.Places.Count + topic.Actors.Count == 0)
                yield return new ValidationResult($"{at} ('{topic.Name}') has no Keywords, Places or Actors: it would match nothing.");
        }

        foreach (var twice in Topics.Where(t => !string.IsNullOrWhiteSpace(t.Name)).GroupBy(t => t.Name.ToLowerInvariant()).Where(g => g.Count() > 1))
            yield return new ValidationResult($"{Section}: '{twice.Key}' is defined {twice.Count()} times.");
    }
}
