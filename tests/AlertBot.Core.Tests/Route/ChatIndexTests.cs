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
    // Several runs of letters and digits: each must be a run of the text before the text is searched.
    [InlineData("fuel depot", "depot near the fuel tanks", false)] // every run there, not the phrase
    [InlineData("fuel depot", "fuel", false, "depot")] // one run in the headline, the other in the body
    [InlineData("fuel depot", "", true, "at the FUEL DEPOT")]
    [InlineData("fuel depot", "a fuel depots fire", false)]
    [InlineData("fuel-depot", "Fuel-Depot fire", true)]
    [InlineData("fuel-depot", "fuel depot fire", false)] // a hyphen is not a space
    [InlineData("u.n. envoy", "the U.N. envoy said", true)]
    [InlineData("u.n.", "UN envoy", false)]
    [InlineData("kharkiv's", "KHARKIV'S mayor", true)]
    [InlineData("c++ bug", "a C++ bug", true)]
    [InlineData("c++ bug", "a C bug", false)]
    [InlineData("#breaking news", "#BREAKING News: convoy hit", true)]
    [InlineData("#breaking", "breaking news", false)]
    [InlineData("київ сьогодні", "Київ Сьогодні: тривога", true)]
    [InlineData("київ сьогодні", "сьогодні у Київ", false)]
    [InlineData("東京 地震", "東京 地震 速報", true)]
    [InlineData("東京地震", "東京で地震", false)]
    [InlineData("İstanbul airport", "istanbul airport closed", false)] // İ is not I ignoring case, as ContainsWord compares
    [InlineData("straße closed", "STRASSE closed", false)]
    [InlineData("ιota x", "\u0345ota x", true)] // the text's cased symbol: its runs cannot vouch
    [InlineData("\u0345ota x", "ιota x", true)] // the keyword's cased symbol: neither can its runs
    [InlineData("\U00010400bc def", "\U00010428bc def", true)] // Deseret capital and small letter: a surrogate pair with a case
    public void Route_OddKeywords_SameAsRouter(string keyword, string headline, bool expected, string body = "")
    {
        var chat = new ChatSettings
        {
            Id = 1,
            Kind = ChatKind.Private,
            Title = "t",
            Keywords = new HashSet<string>([keyword], StringComparer.Ordinal),
        };
        var none = new HashSet<string>(StringComparer.Ordinal);

        var scan = Router.Route(chat, none, headline, body) is not null;
        var indexed = new ChatIndex([chat]).Route(none, headline, body).Count == 1;

        Assert.Equal(scan, indexed);
        Assert.Equal(expected, indexed);
    }

    [Theory]
    // excluded word | headline | body | expected: excluded
    [InlineData("fuel depot", "Fuel Depot burns", "", true)]
    [InlineData("fuel depot", "depot and fuel", "", false)]
    [InlineData("fuel depot", "fuel", "depot", false)]
    [InlineData("c++", "", "a C++ bug", true)]
    [InlineData("#ad", "#AD: buy now", "", true)]
    [InlineData("#ad", "ad hoc talks", "", false)]
    [InlineData("pre-war", "PRE-WAR borders", "", true)]
    [InlineData("pre-war", "pre war borders", "", false)]
    [InlineData("київ сьогодні", "", "КИЇВ СЬОГОДНІ", true)]
    [InlineData("ιota x", "\u0345ota x", "", true)]
    [InlineData("\u0345ota x", "ιota x", "", true)]
    public void Route_OddExcludes_SameAsRouter(string exclude, string headline, string body, bool excluded)
    {
        var chat = new ChatSettings
        {
            Id = 1,
            Kind = ChatKind.Private,
            Title = "t",
            Topics = new HashSet<string>([ChatSettings.AllTopics], StringComparer.Ordinal),
            Excludes = new HashSet<string>([exclude], StringComparer.Ordinal),
        };
        var none = new HashSet<string>(StringComparer.Ordinal);

        var scan = Router.Route(chat, none, headline, body) is null;
        var indexed = new ChatIndex([chat]).Route(none, headline, body).Count == 0;

        Assert.Equal(scan, indexed);
        Assert.Equal(excluded, indexed);
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
