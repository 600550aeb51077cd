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
    [InlineData("Hanga Roa", "Pacific/Easter")]
    [InlineData("Tuba City", "America/Denver")]
    [InlineData("Punta Arenas", "America/Punta_Arenas")]
    [InlineData("Zorblatt", null)]
    public void Places_MapToIanaZones(string place, string? zone)
    {
        Assert.Equal(zone, Gazetteer.TimeZoneOfPlace(place));
    }

    // Zones from tzdata's zone.tab points (islands, newer zones), the Navajo Nation area, and admin1 snapping (CL, AU, CD).
    [Theory]
    [InlineData("Hanga Roa", "CL", "Pacific/Easter")]
    [InlineData("Easter Island", "CL", "Pacific/Easter")]
    [InlineData("Santiago", "CL", "America/Santiago")]
    [InlineData("Punta Arenas", "CL", "America/Punta_Arenas")]
    [InlineData("Magallanes", "CL", "America/Punta_Arenas")]
    [InlineData("Coyhaique", "CL", "America/Coyhaique")]
    [InlineData("Velas", "PT", "Atlantic/Azores")]
    [InlineData("Ponta Delgada", "PT", "Atlantic/Azores")]
    [InlineData("Horta", "PT", "Atlantic/Azores")]
    [InlineData("Lisbon", "PT", "Europe/Lisbon")]
    [InlineData("Adak", "US", "America/Adak")]
    [InlineData("Nome", "US", "America/Nome")]
    [InlineData("Utqiagvik", "US", "America/Anchorage")]
    [InlineData("Tuba City", "US", "America/Denver")]
    [InlineData("Kayenta", "US", "America/Denver")]
    [InlineData("Window Rock", "US", "America/Denver")]
    [InlineData("Flagstaff", "US", "America/Phoenix")]
    [InlineData("Page", "US", "America/Phoenix")]
    [InlineData("Winslow", "US", "America/Phoenix")]
    [InlineData("Pituffik", "GL", "America/Thule")]
    [InlineData("Thule Air Base", "GL", "America/Thule")]
    [InlineData("Nuuk", "GL", "America/Nuuk")]
    [InlineData("Ciudad Juárez", "MX", "America/Ciudad_Juarez")]
    [InlineData("Chihuahua", "MX", "America/Chihuahua")]
    [InlineData("Kalemie", "CD", "Africa/Lubumbashi")]
    [InlineData("Goma", "CD", "Africa/Lubumbashi")]
    [InlineData("Bukavu", "CD", "Africa/Lubumbashi")]
    [InlineData("Kinshasa", "CD", "Africa/Kinshasa")]
    [InlineData("Darwin", "AU", "Australia/Darwin")]
    [InlineData("Katherine", "AU", "Australia/Darwin")]
    [InlineData("Broken Hill", "AU", "Australia/Broken_Hill")]
    [InlineData("Lord Howe Island", "AU", "Australia/Lord_Howe")]
    [InlineData("Sydney", "AU", "Australia/Sydney")]
    [InlineData("Klyuchi", "RU", "Asia/Kamchatka")]
    [InlineData("Derbent", "RU", "Europe/Moscow")]
    [InlineData("Kostanay", "KZ", "Asia/Qostanay")]
    [InlineData("Kerguelen", "TF", "Indian/Kerguelen")]
    public void Places_InCountriesOfSeveralZones_HaveTheirOwnZone(string name, string country, string zone)
    {
        var place = Places.Lookup(name).FirstOrDefault(p => p.CountryCode == country);
        Assert.NotNull(place);
        Assert.Equal(zone, place.Zone);
    }

    // Two towns of one country on different clocks, as "local time" there resolves them on a given day.
    [Theory]
    [InlineData("Tuba City", "Flagstaff", "US", "2026-07-15", -6, -7)]
    [InlineData("Hanga Roa", "Santiago", "CL", "2026-01-15", -5, -3)]
    [InlineData("Punta Arenas", "Santiago", "CL", "2026-07-15", -3, -4)]
    [InlineData("Velas", "Lisbon", "PT", "2026-01-15", -1, 0)]
    [InlineData("Kalemie", "Kinshasa", "CD", "2026-01-15", 2, 1)]
    [InlineData("Adak", "Anchorage", "US", "2026-01-15", -10, -9)]
    [InlineData("Pituffik", "Nuuk", "GL", "2026-01-15", -4, -2)]
    [InlineData("Broken Hill", "Sydney", "AU", "2026-01-15", 10.5, 11)]
    [InlineData("Ciudad Juárez", "Chihuahua", "MX", "2026-01-15", -7, -6)]
    public void TwoTownsOfOneCountry_KeepDifferentClocks(string a, string b, string country, string day, double hoursA, double hoursB)
    {
        var at = DateTimeOffset.Parse(day + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        double Offset(string name) => TimeZoneInfo.FindSystemTimeZoneById(Places.Lookup(name).First(p => p.CountryCode == country).Zone).GetUtcOffset(at).TotalHours;
        Assert.Equal(hoursA, Offset(a));
        Assert.Equal(hoursB, Offset(b));
    }

    // Places blind test sets named that the gazetteer lacked or resolved to a region or another town.
    [Theory]
    [InlineData("Gharm", "TJ", PlaceKind.City)]
    [InlineData("Utqiagvik", "US", PlaceKind.City)]
    [InlineData("Barrow", "US", PlaceKind.City)]
    [InlineData("Nome", "US", PlaceKind.City)]
    [InlineData("Kok-Tash", "KG", PlaceKind.City)]
    [InlineData("Velas", "PT", PlaceKind.City)]
    [InlineData("Banibangou", "NE", PlaceKind.City)]
    [InlineData("Sotk", "AM", PlaceKind.City)]
    [InlineData("Torkham, Afghanistan", "AF", PlaceKind.City)]
    [InlineData("Torkham, Pakistan", "PK", PlaceKind.City)]
    [InlineData("Storskog", "NO", PlaceKind.City)]
    [InlineData("Apra Harbor", "GU", PlaceKind.Gulf)]
    [InlineData("Hanga Roa", "CL", PlaceKind.City)]
    [InlineData("Kani, Myanmar", "MM", PlaceKind.City)]
    [InlineData("Klyuchi", "RU", PlaceKind.City)]
    [InlineData("Derbent", "RU", PlaceKind.City)]
    [InlineData("Kalemie", "CD", PlaceKind.City)]
    [InlineData("Nishtun", "YE", PlaceKind.City)]
    [InlineData("Minya", "EG", PlaceKind.City)]
    [InlineData("Shiveluch", "RU", PlaceKind.Region)]
    [InlineData("Fua'amotu", "TO", PlaceKind.City)]
    [InlineData("Pituffik", "GL", PlaceKind.City)]
    [InlineData("Davao City", "PH", PlaceKind.City)]
    [InlineData("Kuwait City", "KW", PlaceKind.City)]
    [InlineData("Guatemala City", "GT", PlaceKind.City)]
    [InlineData("Panama City", "PA", PlaceKind.City)]
    public void BlindSetPlaces_AreFoundInTheirCountry(string query, string country, PlaceKind kind)
    {
        var found = Places.Lookup(query);
        Assert.NotEmpty(found);
        var place = found[0];
        Assert.Equal(country, place.CountryCode);
        Assert.Equal(kind, place.Kind);
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
    // Two names joined by a hyphen name both; a name inside a hyphenated word does not ("Guinea-Bissau" is one country).
    [InlineData("Gunmen attacked the port, a centrepiece of the China-Pakistan Economic Corridor.", "china,pakistan,east-asia,indo-pacific,south-asia,asia")]
    [InlineData("Troops were sent to Guinea-Bissau after the coup attempt.", "guinea-bissau,africa,west-africa")]
    [InlineData("the us and them; a turkey sandwich; chad is a name in lower case", "")]
    public void Topics_FindCountriesActorsAndImpliedRegions(string body, string expected)
    {
        var u = new ArticleUnderstander().Understand(new SourceDocument("a.txt", System.Text.Encoding.UTF8.GetBytes("Flash Report\n\n" + body + " Officials said more details would follow as the situation develops.")));
        Assert.Equal(expected, string.Join(",", u.Topics));
    }
}
