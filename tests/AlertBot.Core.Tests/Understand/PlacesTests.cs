using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>The gazetteer's places in stories: towns, regions, seas, their countries, zones, salience and disambiguation.</summary>
public sealed class PlacesTests
{
    private static readonly ArticleUnderstander Understander = new();

    private static Understanding Understand(string headline, params string[] paragraphs) =>
        Understander.Understand(new SourceDocument("p.txt", Encoding.UTF8.GetBytes(headline + "\n\n" + string.Join("\n\n", paragraphs)
            + "\n\nOfficials said more details would follow as the situation develops on the ground.")));

    [Theory]
    [InlineData("Rebels shelled Goma overnight, residents said.", "goma", "drc", "north-kivu", "Africa/Lubumbashi")]
    [InlineData("Drones hit a depot in Kramatorsk, officials said.", "kramatorsk", "ukraine", "donetsk", "Europe/Kyiv")]
    [InlineData("The RSF shelled El Fasher again, witnesses said.", "el-fasher", "sudan", "northern-darfur", "Africa/Khartoum")]
    [InlineData("A tanker was hit in the Red Sea off Hodeidah.", "hodeidah", "yemen", null, "Asia/Aden")]
    [InlineData("Militants attacked an army post near Djibo.", "djibo", "burkina-faso", null, "Africa/Ouagadougou")]
    public void Town_ImpliesItsCountryAndRegion_AndIsTheLocation(string sentence, string town, string country, string? region, string zone)
    {
        var u = Understand("Flash Report From The Front Line", sentence);

        Assert.Contains(Places.CanonicalTag(town)!, u.Topics);
        Assert.Contains(country, u.Topics);
        if (region is not null)
            Assert.Contains(region, u.Topics);
        Assert.Equal(Places.CanonicalTag(town), u.Location?.Tag);
        Assert.Equal(zone, u.Location?.Zone);
    }

    [Theory]
    // One country, two zones: Goma is UTC+2, Kinshasa UTC+1 (2025-01-26).
    [InlineData("Rebels entered Goma, in eastern DR Congo, at 0900 local time on January 26, 2025.", "2025-01-26T07:00Z")]
    [InlineData("Protesters marched in Kinshasa, DR Congo, at 0900 local time on January 26, 2025.", "2025-01-26T08:00Z")]
    // A town the old list did not know: its own zone, with the offset of that date.
    [InlineData("Sirens sounded in Kaohsiung, Taiwan, at 0730 local time on 3 March 2025.", "2025-03-02T23:30Z")]
    [InlineData("Shelling hit Nikopol at 0510 local time on 30 March 2025, the governor said.", "2025-03-30T02:10Z")]
    public void LocalTime_IsTheTownsZone(string sentence, string expected)
    {
        var u = Understand("Flash Report From The Front Line", sentence);
        Assert.Equal(expected, string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
    }

    [Theory]
    [InlineData("Reading the statement aloud, the minister said the border was closed.", "reading")]
    [InlineData("Split decisions are rare, the commander said of the Bosnia talks.", "split")]
    [InlineData("Hope faded for the missing crew off Sevastopol, the navy said.", "hope")]
    // A month or a weekday, though villages bear the name.
    [InlineData("The bid was extended to Nov. 6, the bank said.", "nov")]
    [InlineData("The bid was extended from Nov 6 to Dec 2, the bank said.", "tajikistan")]
    public void EverydayWord_WithoutAPlacesContext_IsNoPlace(string sentence, string notTag)
    {
        Assert.DoesNotContain(notTag, Understand("Flash Report From The Front Line", sentence).Topics);
    }

    [Fact]
    public void EverydayWord_AfterAPlacesPreposition_IsThePlace()
    {
        var u = Understand("Police Cordon Off Street After Blast", "A suspected device exploded in Reading, England, police said.");
        Assert.Equal("reading", u.Location?.Tag);
        Assert.Equal("GB", Places.Lookup(u.Location!.Name)[0].CountryCode);
    }

    [Theory]
    [InlineData("Storms hit Paris, Texas, overnight, the county said.", "US")]
    [InlineData("Police cleared a camp in Paris, France, on Sunday.", "FR")]
    [InlineData("Police cleared a camp in Paris on Sunday.", "FR")]
    public void SameName_CountryWrittenAfterIt_OrTheMostPopulous(string sentence, string country)
    {
        var u = Understand("Flash Report From The Front Line", sentence);
        Assert.Equal("Paris", u.Location?.Name);
        Assert.Equal(Places.CountryName(country), u.Location?.Country);
    }

    [Fact]
    public void PassingMention_IsShownNotRouted()
    {
        // A Mali story that names Belarusian fighters once, late: not a Europe story.
        var u = Understand(
            "Malian Army Says It Repelled Attack Near Gao",
            "Malian soldiers repelled an attack on a base near Gao on Sunday, the army said.",
            "The attackers fled north towards the desert, leaving vehicles behind, a local official said.",
            "Analysts said foreign instructors, among them Belarusian fighters, had trained some of the units.");

        Assert.Contains("mali", u.Topics);
        Assert.Contains("gao", u.Topics);
        Assert.DoesNotContain("belarus", u.Topics);
        Assert.DoesNotContain("europe", u.Topics);
        Assert.Contains("belarus", u.PassingTopics);
    }

    [Fact]
    public void CountryOnlyStory_IsLocatedAtTheCountry()
    {
        var u = Understand("Flash Report From The Front Line", "The army of Niger said it had closed the border with Benin.");
        Assert.Equal("Niger", u.Location?.Name);
        Assert.InRange(u.Location!.Lat, 11, 24);
        Assert.InRange(u.Location.Lon, 0, 16);
    }

    [Theory]
    // The place is named as the story spells it, with the gazetteer's country, coordinates and zone.
    [InlineData("A missile hit the port of Hodeidah, the Houthis said. Ships left Hodeidah at dawn.", "Hodeidah", "Yemen")]
    [InlineData("Shelling hit Zaporizhzhia overnight, officials in Zaporizhzhia said.", "Zaporizhzhia", "Ukraine")]
    // Capitals are not a spelling: the gazetteer's name stands for them.
    [InlineData("Drones hit Kharkiv overnight. In KHARKIV, the governor said, two people died.", "Kharkiv", "Ukraine")]
    public void Location_IsNamedAsTheStorySpellsIt(string sentence, string name, string country)
    {
        var u = Understand("Flash Report From The Front Line", sentence);
        Assert.Equal(name, u.Location?.Name);
        Assert.Equal(country, u.Location?.Country);
    }

    [Theory]
    // A country's tag locates the country of that name, not a territory filed under the same tag.
    [InlineData("Officials in Washington and New York said the United States would respond.", "United States", 25, 50)]
    [InlineData("The army of Niger said it had closed the border with Benin.", "Niger", 11, 24)]
    public void CountryOnlyStory_IsLocatedAtTheCountryOfThatName(string sentence, string country, double minLat, double maxLat)
    {
        var u = Understand("Flash Report From The Front Line", sentence);
        Assert.Equal(country, u.Places.First(p => p.Name == p.Country).Name);
        Assert.InRange(u.Places.First(p => p.Name == p.Country).Lat, minLat, maxLat);
    }

    [Theory]
    [InlineData("kharkiv", "Kharkiv", "UA")]
    [InlineData("KHARKIV", "Kharkiv", "UA")]
    [InlineData("Kiev", "Kyiv", "UA")]
    [InlineData("rzeszow", "Rzeszów", "PL")]
    [InlineData("paris, texas", "Paris", "US")]
    [InlineData("goma", "Goma", "CD")]
    public void Lookup_FoldsCaseAndAccents_AndTakesACountryAfterAComma(string query, string name, string country)
    {
        var found = Places.Lookup(query);
        Assert.NotEmpty(found);
        Assert.Equal(name, found[0].Name);
        Assert.Equal(country, found[0].CountryCode);
    }

    [Theory]
    [InlineData("hodeidah", "al-hudaydah")]
    [InlineData("kiev", "kyiv")]
    [InlineData("goma", "goma")]
    [InlineData("north-kivu", "north-kivu")]
    [InlineData("red-sea", "red-sea")]
    [InlineData("nowhere-at-all", null)]
    public void CanonicalTag_TakesAnySpellingOfThePlace(string written, string? tag)
    {
        Assert.Equal(tag, Places.CanonicalTag(written));
    }

    [Fact]
    public void Suggest_OffersTheClosestNames()
    {
        Assert.Empty(Places.Lookup("Kharkivv"));
        Assert.Contains("Kharkiv", Places.Suggest("Kharkivv"));
    }

    [Fact]
    public void DistanceKm_IsGreatCircle()
    {
        var kyiv = Places.Lookup("Kyiv")[0];
        var kharkiv = Places.Lookup("Kharkiv")[0];
        Assert.InRange(Places.DistanceKm(kyiv.Lat, kyiv.Lon, kharkiv.Lat, kharkiv.Lon), 405, 415); // 410 km centre to centre
        Assert.Equal(0, Places.DistanceKm(10, 20, 10, 20), 6);
    }

    [Fact]
    public void EveryPlace_HasAValidZone_AndEveryGazetteerCountryAnIsoCode()
    {
        Assert.True(Places.All.Count > 50_000);
        foreach (var zone in Places.All.Select(p => p.Zone).Distinct())
            Assert.True(TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _), zone);
        foreach (var country in Gazetteer.All.Where(e => e.Kind == TagKind.Country))
            Assert.True(Places.CountryCodeOfTag(country.Tag) is not null, country.Tag);
    }

    [Theory]
    [InlineData("Goma", PlaceKind.City, "CD", "North Kivu")]
    [InlineData("North Kivu", PlaceKind.Admin1, "CD", null)]
    [InlineData("Red Sea", PlaceKind.Sea, null, null)]
    public void Place_KeepsItsHashCode_WhenItsTagIsFirstRead(string name, PlaceKind kind, string? country, string? admin1)
    {
        // A place fresh from the data, its tag not read yet, as the first story to name it finds it.
        var place = new Place(name, kind, country, admin1, -1.68, 29.22, 670_000, "Africa/Lubumbashi");
        var seen = new Dictionary<Place, int> { [place] = 1 };

        Assert.NotEmpty(place.Tag);

        Assert.True(seen.ContainsKey(place));
        Assert.Equal(new Place(name, kind, country, admin1, -1.68, 29.22, 670_000, "Africa/Lubumbashi"), place);
    }
}
