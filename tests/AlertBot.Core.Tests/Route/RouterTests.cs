using AlertBot.Core.Route;

namespace AlertBot.Core.Tests.Route;

public sealed class RouterTests
{
    private const string Headline = "Drone strike hits fuel depot near Kharkiv";
    private const string Body = "Officials said the Wagner-linked unit withdrew at 0400 UTC. No casualties were reported.";

    [Theory]
    // chat topics | include keywords | exclude keywords | article topics | expected
    [InlineData("all", "", "", "ukraine", true)]
    [InlineData("all", "", "", "", true)]
    [InlineData("ukraine", "", "", "ukraine,russia", true)]
    [InlineData("sahel", "", "", "ukraine", false)]
    [InlineData("", "", "", "ukraine", false)]
    [InlineData("sahel", "kharkiv", "", "ukraine", true)] // keyword in the headline
    [InlineData("sahel", "wagner", "", "ukraine", true)] // keyword in the body, at a word boundary (Wagner-linked)
    [InlineData("", "fuel depot", "", "", true)] // a phrase
    [InlineData("sahel", "depots", "", "ukraine", false)] // whole words only
    [InlineData("sahel", "khar", "", "ukraine", false)]
    [InlineData("ukraine", "", "drone", "ukraine", false)] // exclude beats a topic
    [InlineData("all", "", "casualties", "ukraine", false)] // exclude beats all, found in the body
    [InlineData("", "kharkiv", "wagner", "", false)] // exclude beats a keyword
    [InlineData("ukraine", "", "missile", "ukraine", true)] // an exclude that is absent changes nothing
    [InlineData("ukraine", "", "DRONE", "ukraine", false)] // case does not matter
    public void Route_TopicsKeywordsAndExcludes_DecideWhetherTheChatGetsTheArticle(
        string topics, string keywords, string excludes, string articleTopics, bool expected)
    {
        var chat = Chat(topics) with { Keywords = Set(keywords), Excludes = Set(excludes) };

        var target = Router.Route(chat, Set(articleTopics), Headline, Body);

        Assert.Equal(expected, target is not null);
        Assert.Equal(expected, Router.Wants(chat, Set(articleTopics), Headline, Body));
    }

    [Theory]
    // chat topics | topic=thread pairs | article topics | expected thread (0 = main chat)
    [InlineData("africa,europe", "africa=11,europe=12", "sudan,africa", 11)]
    [InlineData("africa,europe", "africa=11,europe=12", "europe", 12)]
    [InlineData("africa,europe", "africa=11,europe=12", "africa,europe", 11)] // once, in the first matching topic's thread
    [InlineData("all,africa", "africa=11", "africa", 11)] // a topic's thread wins over "all"
    [InlineData("all,africa", "africa=11", "ukraine", 0)] // "all" without a thread: the main chat
    [InlineData("all,africa", "all=5,africa=11", "ukraine", 5)]
    [InlineData("africa,ukraine", "africa=11", "ukraine", 0)] // a topic without a thread: the main chat
    public void Route_ForumThreads_AlertGoesToTheMatchingTopicsThread(string topics, string threads, string articleTopics, int expected)
    {
        var map = threads.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var chat = Chat(topics) with { TopicThreads = map };

        var target = Router.Route(chat, Set(articleTopics), Headline, Body);

        Assert.NotNull(target);
        Assert.Equal(expected == 0 ? null : expected, target.Value.ThreadId);
    }

    [Fact]
    public void Route_DisabledChat_GetsNothing()
    {
        var chat = Chat("all") with { Enabled = false, Keywords = Set("kharkiv") };

        Assert.Null(Router.Route(chat, Set("ukraine"), Headline, Body));
    }

    private static ChatSettings Chat(string topics) => new()
    {
        Id = 1,
        Kind = ChatKind.Supergroup,
        Title = "t",
        Topics = Set(topics),
    };

    private static HashSet<string> Set(string csv) =>
        csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
