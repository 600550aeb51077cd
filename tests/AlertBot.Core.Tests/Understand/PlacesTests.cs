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
    // Counties on another clock than the zone's principal town nearest them: Princeton, Indiana (Gibson County) is on
    // Central time, though the Petersburg, Indiana point (Eastern) is nearer; Crossville, Tennessee (Cumberland County)
    // is on Central time, though its nearest city-timezones town is Eastern.
    [InlineData("A tornado tore through Princeton, Indiana, overnight, the sheriff said.", "princeton", "united-states", "indiana", "America/Chicago")]
    [InlineData("A tornado tore through Crossville, Tennessee, overnight, the sheriff said.", "crossville", "united-states", "tennessee", "America/Chicago")]
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
    // A word of a named country's name is that country ("Trinidad" of Trinidad and Tobago, not Trinidad, Colorado, though the
    // United States is named); a district after a place's possessive is no place of its own ("Honiara's Chinatown").
    [InlineData("Coast guards off Trinidad fired on a boat at 1930 hrs on 11 October 2026, Trinidad and Tobago's ministry said, after a US warning.", "2026-10-11T23:30Z")]
    [InlineData("Rioters burned shops in Honiara's Chinatown at 1 in the afternoon on 20 October 2026, Solomon Islands police said, as US envoys met.", "2026-10-20T02:00Z")]
    // A name running on into a landform's word is that longer place, missing from the data, not a town abroad of the
    // shorter name: "Vermilion Bay" in Ontario is not Alberta's Vermilion, so "local" stays Kenora's Central time. A
    // longer name the data has is read whole: Thunder Bay keeps Eastern time.
    [InlineData("Police shut Highway 17 near Kenora, Ontario, on 3 November 2026. The road between Kenora and Vermilion Bay reopens at 2 p.m. local time.", "2026-11-03T20:00Z")]
    [InlineData("Police shut Highway 17 near Kenora, Ontario, on 3 November 2026. The road between Kenora and Thunder Bay reopens at 2 p.m. local time.", "2026-11-03T19:00Z")]
    // A place's noun after a name gives it a place's context even in a story that names only the neighbour ("(Hajnówka
    // section)" in a Polish report on Belarus), unless the name ends a longer one ("the Paso Canoas crossing").
    [InlineData("At 23:40 on 31 October 2026 a group tried to force the barrier (Hajnówka section), the border guard said. Belarusian services escorted the group; the pressure comes from Belarus.", "2026-10-31T22:40Z")]
    [InlineData("Armed men attacked the Paso Canoas crossing in Costa Rica at 1:10 a.m. local time on 8 July 2026.", "2026-07-08T07:10Z")]
    // A small town abroad far from every country the story names is a namesake ("Nabua" in a Fiji story is not the
    // Philippine town), so "this evening" is Suva's.
    [InlineData("Gunshots were heard at the barracks in Nabua around 7.15pm on Friday, 15 May 2026, as soldiers refused orders in Nabua. Radio Fiji said police closed roads near the capital; Fiji has seen this before.", "2026-05-15T07:15Z")]
    // English "-gunj" for GeoNames' "-ganj".
    [InlineData("Police fired tear gas in Birgunj at 11:20 am on 8 January 2026, officials said.", "2026-01-08T05:35Z")]
    // A city's clock in a country of two zones: "Kinshasa time" is UTC+1, though the story is in the east (UTC+2).
    [InlineData("Rebels entered Uvira at 04:15 local time on 22 July 2026. A truce starts at 18:00 Kinshasa time.", "2026-07-22T02:15Z|2026-07-22T17:00Z")]
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
    // The press's abbreviations of a state or province: AP's "Tenn.", Canadian Press's "Ont.".
    [InlineData("Storms hit Paris, Tenn., overnight, the county said.", "US")]
    [InlineData("Storms hit Paris, Ont., overnight, the county said.", "CA")]
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

    [Theory]
    // The country across the border is a topic, but its clock is not the story's; a country's own name is the country,
    // not its capital of that name ("Panama" is not Panama City).
    [InlineData("Gunmen Attack Border Post", "PASO CANOAS, Costa Rica - Armed men attacked a police post on the border with Panama at 1:10 a.m. Wednesday, 8 July 2026.|Panama's border service said it had reinforced its side.", "costa-rica|panama", "panama-city", "2026-07-08T07:10Z")]
    [InlineData("Tanks Mass At Frontier", "Troops in Niger moved tanks to the frontier with Benin at 0600 local time on 3 March 2026.", "niger|benin", "", "2026-03-03T05:00Z")]
    [InlineData("Vessels Clash Off Coast", "A Panamanian patrol boat and a fishing vessel collided off Panama at 0600 local time on 3 March 2026, Panama's coast guard said.", "panama", "panama-city", "2026-03-03T11:00Z")]
    public void NeighbourAcrossTheBorder_KeepsTheStorysClock_AndACountrysNameIsTheCountry(string headline, string paragraphs, string topics, string notTopic, string keyTime)
    {
        var u = Understand(headline, paragraphs.Split('|'));
        Assert.All(topics.Split('|'), t => Assert.Contains(t, u.Topics));
        if (notTopic.Length > 0)
            Assert.DoesNotContain(notTopic, u.Topics);
        Assert.Equal(keyTime, string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
    }

    [Theory]
    // A name before "County", "Parish" or "Borough" is a county the data lacks, not a state abroad of that name; "the"
    // and a town's name with no word after it is a river or a thing ("the Rio Grande,"), unlike "the Kharkiv region".
    [InlineData("Deputies of the Hidalgo County Sheriff's Office in Texas patrolled the levee on 7 March 2026.", "hidalgo", "texas")]
    [InlineData("Shots came from the Mexican side of the Rio Grande, deputies in Texas said on 7 March 2026.", "rio-grande", "texas")]
    [InlineData("Drones struck the Kharkiv region overnight on 7 March 2026, officials in Ukraine said.", "", "kharkiv")]
    public void CountyOrRiver_IsNoTownOfThatName(string sentence, string notTopic, string topic)
    {
        var u = Understand("Flash Report From The Front Line", sentence);
        if (notTopic.Length > 0)
            Assert.DoesNotContain(notTopic, u.Topics.Concat(u.PassingTopics));
        Assert.Contains(topic, u.Topics);
    }

    [Fact]
    public void ReleaseLetterhead_SaysWhereTheIssuerIs()
    {
        // The sheriff's address is furniture, not story, but it puts the story on Texas's clock (CDT from 8 March 2026),
        // against a Mexican town the story names once.
        var u = Understander.Understand(new SourceDocument("release.txt", Encoding.UTF8.GetBytes(
                "HIDALGO COUNTY SHERIFF'S OFFICE\n711 Main Rd, Edinburg, TX 78541\n\nPRESS RELEASE\nMarch 8, 2026 10:30 a.m.\n\nShots fired from Reynosa side at deputies near levee\n\n"
                + "At approximately 3:20 a.m. Sunday, a burst of gunfire struck a Border Patrol tower near the levee, deputies said.\n\n"
                + "Mexican authorities in Reynosa, Tamaulipas, were notified through consular channels, the office said.")));

        Assert.Equal("Shots fired from Reynosa side at deputies near levee", u.Headline);
        Assert.Equal("2026-03-08T08:20Z", string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
        Assert.DoesNotContain("Edinburg", u.Body, StringComparison.Ordinal);
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
    // A people's adjective names who acts, not where: the place named decides what "local time" means.
    [InlineData("Chinese Warships Sail Past Wellington", "Two Chinese navy ships passed Wellington at 11.20pm local time on Saturday, April 5, 2025.", "2025-04-05T10:20Z")]
    [InlineData("Russian Drones Hit Kharkiv", "Russian drones struck Kharkiv at 0400 local time on 20 July 2025, the Russian-installed officials said nothing.", "2025-07-20T01:00Z")]
    [InlineData("Pakistani Troops Fire Across The Line", "Pakistani troops fired on posts in Kupwara at 2300 local time on 13 May 2025, Pakistani media said.", "2025-05-13T17:30Z")]
    // "Wellington's south coast" names Wellington.
    [InlineData("Chinese Ships Off The Coast", "Two Chinese ships passed Wellington's south coast at 11.20pm local time on Saturday, April 5, 2025.", "2025-04-05T10:20Z")]
    // With no place named, the adjective is all there is.
    [InlineData("Israeli Strike Reported", "An Israeli strike hit a building at 0300 local time on 2 June 2025, Israeli media said.", "2025-06-02T00:00Z")]
    // A dateline in capitals is the writer's clock, worth one mention ("JAMMU:" for a story about the Line of Control).
    [InlineData("Pakistani Troops Fire Across The Line", "JAMMU: Pakistani troops fired on army posts around 11.30pm on Saturday, 13 September 2025, officials said.", "2025-09-13T18:00Z")]
    public void Demonyms_DoNotOutvoteTheNamedPlace(string headline, string sentence, string expected)
    {
        var u = Understand(headline, sentence);
        Assert.Equal(expected, string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
    }

    [Theory]
    // The place a clock's own sentence names says what "local time" means there; a bare clock takes a place written beside it.
    [InlineData("France Declares Emergency", "Paris declared an emergency on 15 May 2024, ministers in Paris said. The airport in Nouméa stays shut until 6 a.m. local time on Saturday, May 18, 2024.", "2024-05-15|2024-05-17T19:00Z")]
    [InlineData("Junta Strike Kills 20", "A jet bombed a school in Sagaing at 10:30 a.m. local time on Monday, May 12, 2025. Envoys will meet in Bangkok at 4 p.m. on Wednesday, May 14, 2025.", "2025-05-12T04:00Z|2025-05-14T09:00Z")]
    // A far-off town's name running on into another capitalised word names something else ("Abu Shouk" is no Mount Abu).
    [InlineData("Sudan: Shelling In El Fasher And Abu Shouk", "Shelling struck Abu Shouk camp near El Fasher at around 03:00 local time on 9 December 2025.", "2025-12-09T01:00Z")]
    public void LocalTime_IsThePlaceItsSentenceNames(string headline, string sentence, string expected)
    {
        var u = Understand(headline, sentence);
        Assert.Equal(expected, string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
        Assert.DoesNotContain("india", u.Topics);
    }

    [Theory]
    // A numeric date that reads either way round is written as the story's country writes dates: day first nearly
    // everywhere, month first in the United States; a date in the story that reads one way only settles it.
    [InlineData("Border Fire Near Sotk", "Troops fired on posts near Sotk in Armenia. Talks are set for 12/05/2025 in Yerevan.", "2025-05-12")]
    [InlineData("Storm Hits Houston", "A storm hit Houston, Texas. Officials will meet on 12/05/2025 in Houston.", "2025-12-05")]
    [InlineData("Border Fire Near Sotk", "Troops fired on posts near Sotk in Armenia on 29/04/2025. Talks are set for 12/05/2025 in Yerevan.", "2025-04-29|2025-05-12")]
    public void NumericDates_AreReadAsTheStorysCountryWritesThem(string headline, string sentence, string expected)
    {
        var u = Understand(headline, sentence);
        Assert.Equal(expected, string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
    }

    [Theory]
    // Between places the story names about equally, the offset the publisher stamped its article with says which is local.
    [InlineData("+01:00", "2025-01-15T05:15Z")]
    [InlineData("+02:00", "2025-01-15T04:15Z")]
    [InlineData("+03:00", "2025-01-15T03:15Z")]
    public void PublisherOffset_BreaksANearTieBetweenPlaces(string offset, string expected)
    {
        var json = $$"""
            {"title": "Aircraft scrambled as Russia strikes Ukraine near Poland",
             "published": "2025-01-15T10:05:00{{offset}}",
             "body": "Russia struck Ukraine overnight. Aircraft took off at 06:15 in Poland, the command said, as Russia and Ukraine traded fire.\n\nPoland said the operation ended later that morning."}
            """;
        var u = Understander.Understand(new SourceDocument("p.json", Encoding.UTF8.GetBytes(json)));
        Assert.Equal(expected, string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
    }

    [Theory]
    // A town and its province's abbreviation in a dateline: the province's zone (Newfoundland is UTC−3:30, and on
    // 1 November 2026 it falls back from NDT to NST at 2 a.m.).
    [InlineData("A ferry caught fire off Port aux Basques, N.L., at 11 p.m. on Saturday, October 31, 2026, the operator said.", "2026-11-01T01:30Z")]
    [InlineData("Passengers were brought ashore in Port aux Basques, N.L., at 4:50 a.m. on Sunday, November 1, 2026, the operator said.", "2026-11-01T08:20Z")]
    [InlineData("A ferry caught fire off Halifax, N.S., at 11 p.m. on Saturday, October 31, 2026, the operator said.", "2026-11-01T02:00Z")]
    public void AbbreviatedProvince_GivesTheTownsZone(string sentence, string expected)
    {
        var u = Understand("Ferry Fire Forces Evacuation", sentence);
        Assert.Equal(expected, string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
    }

    [Theory]
    // A village abroad (fewer than 5,000 people) is no place of a story set in the countries it names, even after "off"
    // or "in"; a small town by a named neighbour still is.
    [InlineData("Fishermen Freed By Coast Guard", "Five Trinidadian fishermen seized off Cedros were released on Monday, Trinidad and Tobago's foreign ministry said.", "MX", null)]
    [InlineData("Gunmen Attack Army Post", "Gunmen attacked an army post near Ménaka, close to the border with Niger, on Sunday, officials said.", "MX", "Ménaka")]
    public void VillageAbroad_IsNoPlaceOfTheStory(string headline, string sentence, string notCountryCode, string? location)
    {
        var u = Understand(headline, sentence);
        Assert.DoesNotContain(u.Places, p => Places.Country(notCountryCode) is { } c && p.Country == c.Name);
        if (location is not null) Assert.Equal(location, u.Location?.Name);
    }

    [Theory]
    // A name that runs on with a Romance joiner ("San Juan de Lurigancho", missing from the data) is not the shorter
    // name's town abroad; a story whose headline and lede name no place routes on the places it names later.
    [InlineData("Gunmen Torch Bus; Unions Call Strike", "Two hooded men set fire to a bus in San Juan de Lurigancho at 6:15 a.m. on Monday, police said.¶The attack took place despite the state of emergency in Metropolitan Lima and Callao.", "peru", "argentina")]
    [InlineData("Gunmen Torch Bus; Unions Call Strike", "Two hooded men set fire to a bus at 6:15 a.m. on Monday, police said.¶The attack took place despite the state of emergency in the port of Callao.", "peru", "argentina")]
    public void LongerNames_AndLatePlaces_RouteTheStory(string headline, string story, string tag, string notTag)
    {
        var u = Understand(headline, story.Split('¶'));
        Assert.Contains(tag, u.Topics);
        Assert.DoesNotContain(notTag, u.Topics);
    }

    [Theory]
    // A capital that speaks is its government, no place of the story; a small town's name running into a surname is a person.
    [InlineData("Troops Cross Into Kursk Region, Moscow Says", "Ukrainian troops crossed into the Kursk region near Sudzha, the defence ministry said.", "Kursk")]
    [InlineData("Treasury Sanctions Oil Firms", "Treasury Secretary Scott Bessent said the measures took effect in Washington on Wednesday.", "Washington")]
    public void Speakers_AndPeople_AreNoLocation(string headline, string sentence, string location)
    {
        var u = Understand(headline, sentence);
        Assert.StartsWith(location, u.Location?.Name, StringComparison.Ordinal);
    }

    [Theory]
    // A clock's place ("16:00 Baku time") says which clock, not where it happened.
    [InlineData("Soldiers Killed In Border Clash", "Troops opened fire on a post in Syunik at 05:40, and a sniper shot at a patrol at 16:00 Baku time on Monday.", "Syunik", "baku")]
    [InlineData("Emergency Declared In Nouméa", "The state of emergency takes effect at 5 a.m. Paris time on Thursday in Nouméa.", "Nouméa", "paris")]
    [InlineData("Drone Strike In The South", "Sunday 25 October 2026 — all times Beirut¶A drone struck a car on the road near Nabatieh at 7:05 am, the agency said.", "Nabatieh", "beirut")]
    // The desk that filed the story ("Chisinau, 30 March 2025", "Jayapura –") is no location of it.
    [InlineData("Drone Debris Found Near Border", "Chisinau, 30 March 2025¶Fragments of a drone were found in a field in Dubasari district at 01:30 on Sunday.", "Dubasari", "chisinau")]
    [InlineData("Airstrike On A Village", "Situation update | Yangon, 14 April 2025¶An aircraft bombed a village in Sagaing Region on 11 April.", "Sagaing", "yangon")]
    [InlineData("Rebels Attack Army Post", "Jayapura – Rebels attacked an army post in Papua on Friday, the military said.", "Papua", "jayapura")]
    [InlineData("Rebels Attack Army Post", "Goma (Agency) - Rebels shelled Bunia on Friday, the army said.", "Bunia", "goma")]
    // A comma runs on into another place unless that place is the name's own region or country.
    [InlineData("Airstrike On A Village", "Aircraft bombed a village in Sagaing Region. Contact: Humanitarian Affairs Officer, Myanmar.", "Sagaing", "officer")]
    // The flag a ship flies is neither the story's place nor its topic.
    [InlineData("Tanker Ablaze Off Salalah", "A Liberia-flagged oil tanker caught fire off the coast of Salalah at 2:15 am on Thursday, the coast guard said.", "Salalah", "liberia")]
    [InlineData("Bulk Carrier Hit Off Hodeidah", "A Malta-registered bulk carrier was struck by a drone off Hodeidah on Thursday, the agency said.", "Hodeidah", "malta")]
    // "and" joins places, not "the Arrow 3 and David's Sling".
    [InlineData("Missiles Fired At Israel", "Most missiles were intercepted by the Arrow 3 and David's Sling systems over Israel.", "Israel", "david")]
    public void ClocksDesksAndNames_AreNoLocation(string headline, string story, string location, string notTag)
    {
        var u = Understand(headline, story.Split('¶'));
        Assert.StartsWith(location, u.Location?.Name, StringComparison.Ordinal);
        Assert.DoesNotContain(notTag, u.Topics);
    }

    [Theory]
    [InlineData("Shelling hit Goma and Bunia overnight, officials said.", "bunia")]
    [InlineData("Shelling hit villages in Ituri and Bunia overnight, officials said.", "bunia")]
    [InlineData("Floods hit Kramatorsk, Donetsk Oblast, overnight, officials said.", "kramatorsk")]
    public void PlacesJoinedByAndOrQualifiedByTheirRegion_StayPlaces(string sentence, string tag)
    {
        var u = Understand("Flash Report From The Front Line", sentence);
        Assert.Contains(Places.CanonicalTag(tag)!, u.Topics.Concat(u.PassingTopics));
    }

    [Theory]
    // The place is named as the story spells it, with the gazetteer's country, coordinates and zone.
    [InlineData("A missile hit the port of Hodeidah, the Houthis said. Ships left Hodeidah at dawn.", "Hodeidah", "Yemen")]
    [InlineData("Shelling hit Zaporizhzhia overnight, officials in Zaporizhzhia said.", "Zaporizhzhia", "Ukraine")]
    // Accents the data spells in ASCII only.
    [InlineData("Insurgents raided Mocímboa da Praia at dawn, residents of Mocímboa da Praia said.", "Mocímboa da Praia", "Mozambique")]
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
    // Every sovereign country is a country by its name, not a village abroad that shares it (a Cameroonian "Tonga").
    [InlineData("A jet overran the runway in Tonga on Wednesday, the airport said.", "Tonga", -23, -15)]
    [InlineData("Floods cut the main road in Fiji after two days of rain, officials said.", "Fiji", -21, -12)]
    [InlineData("The navy of Trinidad and Tobago said it had fired warning shots.", "Trinidad and Tobago", 9, 12)]
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

    // The places are kept as rows of small numbers (coordinates in ten-thousandths of a degree, strings as indices):
    // each must still be, field for field and bit for bit, the row of the data it was read from.
    [Fact]
    public void EveryPlace_IsItsDataRow_BitForBit()
    {
        using var gz = typeof(Places).Assembly.GetManifestResourceStream("AlertBot.Core.Understand.Data.places.tsv.gz")!;
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionMode.Decompress), Encoding.UTF8);
        var rows = new List<string[]>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (header) { header = false; continue; }
            rows.Add(line.Split('\t'));
        }

        Assert.Equal(rows.Count, Places.All.Count);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        for (var i = 0; i < rows.Count; i++)
        {
            var (f, p) = (rows[i], Places.All[i]);
            Assert.Equal(f[0], p.Name);
            Assert.Equal(f[3].Length == 0 ? null : f[3], p.CountryCode);
            Assert.Equal(f[4].Length == 0 ? null : f[4], p.Admin1);
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(f[5], inv)), BitConverter.DoubleToInt64Bits(p.Lat));
            Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(f[6], inv)), BitConverter.DoubleToInt64Bits(p.Lon));
            Assert.Equal(long.Parse(f[7], inv), p.Population);
            Assert.Equal(f[8], p.Zone);
            Assert.Same(p, Places.All[i]);
        }
    }

    [Fact]
    public void EveryPlace_HasAValidZone_AndEveryGazetteerCountryAnIsoCode()
    {
        Assert.True(Places.All.Count > 50_000);
        foreach (var zone in Places.All.Select(p => p.Zone).Distinct())
            Assert.True(TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _), zone);
        foreach (var country in Gazetteer.All.Where(e => e.Kind == TagKind.Country))
            Assert.True(Places.CountryCodeOfTag(country.Tag) is not null, country.Tag);
        // Every sovereign state the country data lists is a country tag (its name is the country, its zone its own).
        foreach (var code in "TO FJ WS PG SB VU KI TV NR PW MH FM IE IS MT SI LU BT MV BN TL GM CV ST GQ CG LS SZ BW KM MU SC BS BB BZ TT".Split(' '))
        {
            var tag = Places.CountryTag(code);
            Assert.True(tag is not null && Gazetteer.IsKnownTag(tag) && Gazetteer.KindOf(tag) == TagKind.Country, code);
        }
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
