using AlertBot.Core.Route;
using AlertBot.Core.Understand;

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

    [Theory]
    // chat's circles (place:km) | story's main location | chat's excludes | expected
    [InlineData("Kharkiv:50", "Kharkiv", "", true)]
    [InlineData("Kharkiv:50", "Kyiv", "", false)] // about 410 km away
    [InlineData("Kharkiv:500", "Kyiv", "", true)]
    [InlineData("Lviv:20,Kharkiv:50", "Kharkiv", "", true)] // any of its circles
    [InlineData("Kharkiv:50", "Kharkiv", "drone", false)] // an exclude beats a circle
    [InlineData("Kharkiv:50", "", "", false)] // a story with no location is in no circle
    [InlineData("Kyiv:250", "Ukraine", "", false)] // a country's centre (about 165 km from Kyiv) is no point on the map
    [InlineData("", "Kharkiv", "", false)]
    public void Route_Circles_StoryLocatedInsideOneOfThemMatches(string circles, string location, string excludes, bool expected)
    {
        var chat = Chat("sahel") with
        {
            Excludes = Set(excludes),
            Near = circles.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(c => c.Split(':'))
                .Select(c => Places.Lookup(c[0]).First(p => p.Kind == PlaceKind.City) is var p
                    ? new NearCircle(p.Name, p.Lat, p.Lon, double.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture))
                    : throw new InvalidOperationException())
                .ToList(),
        };

        var target = Router.Route(chat, Set("ukraine"), Headline, Body, location.Length == 0 ? null : Ref(location));

        Assert.Equal(expected, target is not null);
        Assert.Equal(expected, Router.Wants(chat, Set("ukraine"), Headline, Body, location.Length == 0 ? null : Ref(location)));
    }

    [Fact]
    public void DistanceKm_KharkivToKyiv_IsAbout410Km()
    {
        var kharkiv = Ref("Kharkiv");
        var kyiv = Ref("Kyiv");

        Assert.InRange(Places.DistanceKm(kharkiv.Lat, kharkiv.Lon, kyiv.Lat, kyiv.Lon), 400, 420);
    }

    /// <summary>A story's main location as the understander gives it: a town, else the country's centre.</summary>
    private static PlaceRef Ref(string name)
    {
        var p = Places.Country(Places.CountryCodeOfTag(name.ToLowerInvariant()) ?? "")
                ?? Places.Lookup(name).First(x => x.Kind == PlaceKind.City);
        return new PlaceRef(p.Name, Places.CountryName(p.CountryCode), p.Lat, p.Lon, p.Zone, p.Tag);
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
