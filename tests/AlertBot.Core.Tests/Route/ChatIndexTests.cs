using AlertBot.Core.Route;
using AlertBot.Testing;

namespace AlertBot.Core.Tests.Route;

public sealed class ChatIndexTests
{
    [Fact]
    public void Route_GeneratedAudience_SameChatsTargetsAndOrderAsAScanOfEveryChat()
    {
        var chats = Audience.Generate(20_000, seed: 7);
        var index = new ChatIndex(chats);
        var random = new Random(11);
        var matched = 0;
        var byCircleOnly = 0;
        for (var a = 0; a < 300; a++)
        {
            var (headline, body, topics, location) = Audience.Article(random, casedSymbols: a % 10 == 0);

            var scan = chats
                .Select(c => (Chat: c, Target: Router.Route(c, topics, headline, body, location)))
                .Where(r => r.Target is not null)
                .Select(r => (r.Chat.Id, r.Target!.Value.ThreadId))
                .ToList();
            var indexed = index.Route(topics, headline, body, location).Select(r => (r.Chat.Id, r.Target.ThreadId)).ToList();

            Assert.Equal(scan, indexed);
            matched += scan.Count;
            byCircleOnly += chats.Count(c => c.Near.Count > 0 && location is not null && Router.Route(c with { Near = [] }, topics, headline, body, location) is null
                && Router.Route(c, topics, headline, body, location) is not null);
        }

        // The population exercises every way in: many matches, some only through a circle.
        Assert.True(matched > 100_000, $"only {matched} matches");
        Assert.True(byCircleOnly > 1_000, $"only {byCircleOnly} matches through a circle alone");
    }

    [Theory]
    // keyword | headline | expected
    [InlineData("#breaking", "#Breaking: convoy hit", true)] // starts with a symbol: never keyed, still found
    [InlineData("c++", "a C++ bug", true)]
    [InlineData("fuel depot", "the Fuel  depot", false)] // two spaces: not the phrase
    [InlineData("fuel depot", "a fuel depot burns", true)]
    [InlineData("ⓐlert", "Ⓐlert now", true)] // a symbol with a case in the keyword and the text
    [InlineData("ιota", "\u0345ota", true)] // U+0345 upper-cases to Ι: the text's cased symbol falls back to a scan
    [InlineData("STRASSE", "strasse closed", true)]
    [InlineData("kyiv", "Kyiv's mayor", true)]
    [InlineData("kyiv", "Kyivstar outage", false)]
    [InlineData("", "anything", false)]
    public void Route_OddKeywords_SameAsRouter(string keyword, string headline, bool expected)
    {
        var chat = new ChatSettings
        {
            Id = 1,
            Kind = ChatKind.Private,
            Title = "t",
            Keywords = new HashSet<string>([keyword], StringComparer.Ordinal),
        };
        var none = new HashSet<string>(StringComparer.Ordinal);

        var scan = Router.Route(chat, none, headline, "") is not null;
        var indexed = new ChatIndex([chat]).Route(none, headline, "").Count == 1;

        Assert.Equal(scan, indexed);
        Assert.Equal(expected, indexed);
    }

    [Theory]
    // circle lat, lon, radius km | point lat, lon (inside the circle)
    [InlineData(0.0, 179.9, 50.0, 0.0, -179.9)] // across the date line
    [InlineData(89.5, 0.0, 120.0, 89.5, 180.0)] // over the pole
    [InlineData(-89.9, 10.0, 30.0, -90.0, 0.0)]
    [InlineData(60.0, 30.0, 2000.0, 50.0, 55.0)]
    [InlineData(70.0, 100.0, 299.0, 70.0, 107.7)] // at the east edge of a 300 km circle far north
    [InlineData(50.0, 36.23, 1.0, 50.008, 36.23)]
    [InlineData(-33.9, 18.4, 2000.0, -51.8, 18.4)] // the south edge of the largest circle
    public void NearGrid_PointInsideACircle_FindsItsChat(double lat, double lon, double radius, double pointLat, double pointLon)
    {
        var circle = new NearCircle("c", lat, lon, radius);
        var grid = new NearGrid.Builder();
        grid.Add(circle, 0);
        var bits = new ulong[1];

        grid.Build().Mark(pointLat, pointLon, bits);

        Assert.True(circle.Contains(pointLat, pointLon), "the case's point must be inside its circle");
        Assert.Equal(1UL, bits[0]);
    }

    [Fact]
    public void Find_KnownAndUnknownIds()
    {
        var chats = Audience.Generate(100);
        var index = new ChatIndex(chats);

        Assert.Same(chats[42], index.Find(chats[42].Id));
        Assert.Null(index.Find(-1));
    }
}
