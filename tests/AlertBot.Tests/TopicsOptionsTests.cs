using AlertBot.Core.Route;

namespace AlertBot.Tests;

/// <summary>The operator's topics are checked at start: one row per mistake, each with the message that names it.</summary>
public sealed class TopicsOptionsTests
{
    public static TheoryData<Topic[], string> BadTopics => new()
    {
        { [Make("", keywords: ["port"])], "Topics:0:Name is required." },
        { [Make("port watch", keywords: ["port"])], "Topics:0:Name 'port watch' must be one word of letters, digits and hyphens" },
        { [Make("-port", keywords: ["port"])], "Topics:0:Name '-port' must be one word" },
        { [Make("port_watch", keywords: ["port"])], "Topics:0:Name 'port_watch' must be one word" },
        { [Make("All", keywords: ["port"])], "Topics:0:Name 'All' is reserved" },
        { [Make("a", keywords: ["port"]), Make("b", places: ["nowhere-land"])], "Topics:1:Places:0 'nowhere-land' is no tag the gazetteer knows" },
        { [Make("a", actors: ["sahel", "nobody-at-all"])], "Topics:0:Actors:1 'nobody-at-all' is no tag the gazetteer knows" },
        { [Make("a", keywords: ["port", " "])], "Topics:0:Keywords:1 is empty." },
        { [Make("a")], "Topics:0 ('a') has no Keywords, Places or Actors: it would match nothing." },
        { [Make("ukraine-war", keywords: ["Kyiv"]), Make("Ukraine-War", places: ["ukraine"])], "Topics: 'ukraine-war' is defined 2 times." },
    };

    [Theory]
    [MemberData(nameof(BadTopics))]
    public void BadTopic_IsNamed(Topic[] topics, string message)
    {
        var failures = Validate(topics);

        Assert.Contains(failures, f => f.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void SeveralMistakes_AreAllListed()
    {
        var failures = Validate([Make("two words"), Make("b", places: ["nowhere-land"], keywords: [""])]);

        Assert.Equal(4, failures.Count);
    }

    [Fact]
    public void GoodTopics_PlacesTownsActorsAndMixedCase_Pass()
    {
        // The shipped examples, a town's place tag, an actor, and a name in capitals (routing lower-cases it).
        Assert.Empty(Validate([
            Make("africa-security", places: ["sahel", "africa"]),
            Make("ukraine-war", places: ["ukraine"], keywords: ["Kyiv", "Donbas"]),
            Make("Front-Towns", places: ["kyiv", "Kharkiv"]),
            Make("mercenaries", actors: ["wagner"]),
        ]));
    }

    private static List<string> Validate(Topic[] topics)
    {
        var result = new TopicsOptionsValidator().Validate(null, new TopicsOptions { Topics = [.. topics] });
        return result.Failed ? [.. result.Failures] : [];
    }

    private static Topic Make(string name, string[]? keywords = null, string[]? places = null, string[]? actors = null)
    {
        var topic = new Topic { Name = name };
        foreach (var k in keywords ?? []) topic.Keywords.Add(k);
        foreach (var p in places ?? []) topic.Places.Add(p);
        foreach (var a in actors ?? []) topic.Actors.Add(a);
        return topic;
    }
}
