using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

public sealed class GazetteerTests
{
    [Theory]
    [InlineData("ukraine", TagKind.Country, "Ukraine")]
    [InlineData("mali", TagKind.Country, "Mali")]
    [InlineData("sahel", TagKind.Region, "Sahel")]
    [InlineData("middle-east", TagKind.Region, "Middle East")]
    [InlineData("wagner", TagKind.Actor, "Wagner Group")]
    [InlineData("nato", TagKind.Actor, "NATO")]
    [InlineData("hamas", TagKind.Actor, "Hamas")]
    public void Tags_HaveKindAndDisplayName(string tag, TagKind kind, string display)
    {
        Assert.True(Gazetteer.IsKnownTag(tag));
        Assert.Equal(kind, Gazetteer.KindOf(tag));
        Assert.Equal(display, Gazetteer.DisplayNameOf(tag));
    }

    [Fact]
    public void AllTags_AreLowerCaseAndHyphenated()
    {
        Assert.True(Gazetteer.TopicTags.Count > 100);
        Assert.All(Gazetteer.TopicTags, t => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", t));
        Assert.False(Gazetteer.IsKnownTag("Ukraine"));
        Assert.False(Gazetteer.IsKnownTag("atlantis"));
    }

    [Fact]
    public void Countries_ImplyTheirRegions_AndRegionsAreKnownTags()
    {
        Assert.True(Gazetteer.TryGet("mali", out var mali));
        Assert.Equal(["africa", "west-africa", "sahel"], mali.Regions);
        Assert.All(Gazetteer.All.SelectMany(e => e.Regions), r => Assert.Equal(TagKind.Region, Gazetteer.KindOf(r)));
    }

    [Fact]
    public void EveryCountryZone_IsAnIanaZoneThisMachineKnows()
    {
        Assert.All(Gazetteer.All.Where(e => e.TimeZoneId is not null), e => Assert.NotNull(TimeZoneInfo.FindSystemTimeZoneById(e.TimeZoneId!)));
    }

    [Theory]
    [InlineData("Kyiv", "Europe/Kyiv")]
    [InlineData("Khartoum", "Africa/Khartoum")]
    [InlineData("Moscow", "Europe/Moscow")]
    [InlineData("Kidal", "Africa/Bamako")]
    [InlineData("Guyana", "America/Guyana")]
    [InlineData("Chile", "America/Santiago")]
    [InlineData("Mali", "Africa/Bamako")]
    [InlineData("Zorblatt", null)]
    public void Places_MapToIanaZones(string place, string? zone)
    {
        Assert.Equal(zone, Gazetteer.TimeZoneOfPlace(place));
    }

    [Theory]
    [InlineData("Malian troops and Wagner fighters entered Kidal.", "mali,wagner,kidal,africa,west-africa,sahel")]
    [InlineData("Hamas fired rockets from Gaza toward Tel Aviv.", "hamas,palestine,gaza,gaza-strip,israel,tel-aviv,middle-east,levant")]
    [InlineData("The al-Qaeda affiliate JNIM attacked Djibo in Burkina Faso.", "al-qaeda,jnim,burkina-faso,djibo,sahel,africa,west-africa")]
    [InlineData("Ukraine's air force said Russia's missiles hit Kharkiv.", "ukraine,russia,kharkiv,europe,eastern-europe")]
    [InlineData("South Sudan and Sudan traded accusations.", "south-sudan,sudan,africa,east-africa,north-africa")]
    [InlineData("Guyanese soldiers were fired on near the border with Venezuela.", "guyana,venezuela,latin-america,americas")]
    [InlineData("Peruvian police cleared a blockade on the road from Bolivia.", "peru,bolivia,latin-america,americas")]
    [InlineData("Protests spread from Kathmandu across Nepal.", "nepal,kathmandu,bagmati,south-asia,asia")]
    [InlineData("Swiss and Austrian officials met in Vienna.", "switzerland,austria,vienna,europe,western-europe")]
    [InlineData("the us and them; a turkey sandwich; chad is a name in lower case", "")]
    public void Topics_FindCountriesActorsAndImpliedRegions(string body, string expected)
    {
        var u = new ArticleUnderstander().Understand(new SourceDocument("a.txt", System.Text.Encoding.UTF8.GetBytes("Flash Report\n\n" + body + " Officials said more details would follow as the situation develops.")));
        Assert.Equal(expected, string.Join(",", u.Topics));
    }
}
