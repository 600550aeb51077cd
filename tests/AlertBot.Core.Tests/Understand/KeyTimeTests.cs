using System.Globalization;
using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>One row per real-world phrasing: the body sentence(s), the publication time if any, the expected UTC key times.</summary>
public sealed class KeyTimeTests
{
    private static readonly ArticleUnderstander Understander = new();

    internal static Understanding Understand(string body, string? published = null, string headline = "Flash Report From The Front Line")
    {
        var doc = new SourceDocument("test.txt", Encoding.UTF8.GetBytes(headline + "\n\n" + body + "\n\nOfficials said more details would follow as the situation develops on the ground."))
        {
            Published = published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
        };
        return Understander.Understand(doc);
    }

    private static string Keys(Understanding u) => string.Join("|", u.KeyTimes.Select(k => k.UtcText));

    [Theory]
    [InlineData("At approximately 1530 EST on November 13th, 2023, troops began operations.", "2023-11-13T20:30Z")]
    [InlineData("At 0412Z on 2 March 2024, fighters ambushed the convoy.", "2024-03-02T04:12Z")]
    [InlineData("The alert came at 2215 GMT on 13 November 2023, officials said.", "2023-11-13T22:15Z")]
    [InlineData("At 1400 UTC on Nov. 13, 2023, the ship reported an explosion.", "2023-11-13T14:00Z")]
    [InlineData("The blast was logged at 15:30 UTC on 2023-11-13 by sensors.", "2023-11-13T15:30Z")]
    [InlineData("At 3:30 p.m. EST on November 13, 2023, the order was given.", "2023-11-13T20:30Z")]
    [InlineData("At 9 a.m. GMT on 13 November 2023, the talks resumed.", "2023-11-13T09:00Z")]
    [InlineData("At 11:45 PM ET on Friday, January 10, 2025, the strikes ended.", "2025-01-11T04:45Z")]
    [InlineData("The report is stamped 131530ZNOV23 and describes a contact.", "2023-11-13T15:30Z")]
    [InlineData("Message 131530Z NOV 2023 reported a contact.", "2023-11-13T15:30Z")]
    [InlineData("Message 020800CJUL24 reported shelling.", "2024-07-02T05:00Z")]
    [InlineData("Shelling hit Kyiv at 0600 hrs local on July 1, 2024, officials said.", "2024-07-01T03:00Z")]
    [InlineData("Sirens sounded at 1200 Kyiv time on 2024-07-01 across the region.", "2024-07-01T09:00Z")]
    [InlineData("The drone hit at 1200 Moscow time on January 5, 2024, the governor said.", "2024-01-05T09:00Z")]
    [InlineData("Shelling began at 1200 Khartoum time on January 5, 2024, witnesses said.", "2024-01-05T10:00Z")]
    [InlineData("The blast was recorded at 02:50 (GMT+3) on 18 February 2025 by the system.", "2025-02-17T23:50Z")]
    [InlineData("The vote closed at 1800 UTC+2 on 18 February 2025, officials said.", "2025-02-18T16:00Z")]
    [InlineData("Clashes began at 1600 Eastern Time on June 3, 2024, police said.", "2024-06-03T20:00Z")]
    [InlineData("The missile was launched at 0635 KST on September 18, 2024, from Kaechon.", "2024-09-17T21:35Z")]
    [InlineData("A patrol vessel was approached at 08.15 WIB on 22 September 2026, the agency said.", "2026-09-22T01:15Z")]
    [InlineData("The convoy crossed at 14.30 hrs GMT on 22 September 2026, officials said.", "2026-09-22T14:30Z")]
    // A place, "local", then "time", the date after it; CLDR's long zone names; a weekday straight after the zone.
    [InlineData("The parties agreed to a pause from 1700 Khartoum local time on 4 March 2026, officials said.", "2026-03-04T15:00Z")]
    [InlineData("The frigate intercepted the vessel at 0540 Newfoundland time Wednesday, 9 September 2026.", "2026-09-09T08:10Z")]
    [InlineData("The airspace reopened at 14:00 Atlantic time on 9 September 2026, the agency said.", "2026-09-09T17:00Z")]
    [InlineData("The missile was fired at 06:10 Arabia Standard Time on 9 September 2026, the coalition said.", "2026-09-09T03:10Z")]
    [InlineData("Drills began at 09:00 Australian Eastern time on 9 September 2026, the defence force said.", "2026-09-08T23:00Z")]
    // A zone written after the clock's day is the clock's.
    [InlineData("The warning was cancelled at 1:30 a.m. Wednesday AKST, November 11, 2026, the center said.", "2026-11-11T10:30Z")]
    [InlineData("The warning was cancelled at 1:30 a.m. on 11 November 2026 GMT, the center said.", "2026-11-11T01:30Z")]
    // A bracket that restates a clock from across a border is one key time, and the bare clocks after it keep the
    // writer's zone, not the bracket's.
    [InlineData("Guards opened fire at 16:20 Bishkek time (15:20 Dushanbe time) on 7 July 2026. Evacuation began at 18:00, officials said.", "2026-07-07T10:20Z|2026-07-07T12:00Z")]
    [InlineData("KABUL, Jan 20 2026 - Forces clashed at the Torkham crossing in Nangarhar at 10:30 p.m. on Monday (11 p.m. Pakistan time). The crossing was closed at 6 a.m. on Tuesday.", "2026-01-19T18:00Z|2026-01-20T01:30Z")]
    public void ClockTimes_WithZones_AreConvertedToUtc(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    [Theory]
    // US: clocks spring forward 2024-03-10 02:00 EST → 03:00 EDT; fall back 2024-11-03 02:00 EDT → 01:00 EST.
    [InlineData("The first alarm was at 0100 EST on March 10, 2024, the Navy said.", "2024-03-10T06:00Z")]
    [InlineData("The second alarm was at 0300 EDT on March 10, 2024, the Navy said.", "2024-03-10T07:00Z")]
    [InlineData("The collision happened at 0130 EDT on November 3, 2024, near Norfolk.", "2024-11-03T05:30Z")]
    [InlineData("The collision happened at 0130 EST on November 3, 2024, near Norfolk.", "2024-11-03T06:30Z")]
    [InlineData("The alarm came at 0130 Eastern time on November 4, 2024, near Norfolk.", "2024-11-04T06:30Z")]
    // EU: clocks spring forward 2024-03-31 01:00 UTC; fall back 2024-10-27 01:00 UTC.
    [InlineData("The strike came at 0159 CET on March 31, 2024, in Berlin.", "2024-03-31T00:59Z")]
    [InlineData("The strike came at 0300 CEST on March 31, 2024, in Berlin.", "2024-03-31T01:00Z")]
    [InlineData("Drones crossed at 0230 CEST on October 27, 2024, the army said.", "2024-10-27T00:30Z")]
    [InlineData("Drones crossed at 0230 CET on October 27, 2024, the army said.", "2024-10-27T01:30Z")]
    [InlineData("Sirens sounded at 1200 Kyiv time on October 26, 2024, in the capital.", "2024-10-26T09:00Z")]
    [InlineData("Sirens sounded at 1200 Kyiv time on October 27, 2024, in the capital.", "2024-10-27T10:00Z")]
    [InlineData("Sirens sounded at 0400 Kyiv time on March 31, 2024, in the capital.", "2024-03-31T01:00Z")]
    [InlineData("Sirens sounded at 2330 Kyiv time on March 30, 2024, in the capital.", "2024-03-30T21:30Z")]
    [InlineData("The drone hit London at 1200 BST on July 1, 2024, police said.", "2024-07-01T11:00Z")]
    [InlineData("The drone hit London at 1200 local time on January 10, 2024, police said.", "2024-01-10T12:00Z")]
    public void DaylightSavingBoundaries_UseTheRealOffsetOfTheDay(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    [Theory]
    [InlineData("Gunfire began at 2330 EST on January 15, 2024, near the port.", "2024-01-16T04:30Z")]
    [InlineData("Gunfire began at 2330 EST on December 31, 2023, near the port.", "2024-01-01T04:30Z")]
    [InlineData("Gunfire began at 2300 EST on January 15, 2024. By 0100 EST, police had retaken the port.", "2024-01-16T04:00Z|2024-01-16T06:00Z")]
    [InlineData("The siege began at 2045 EAT on March 14, 2024. Forces ended it at midnight GMT.", "2024-03-14T17:45Z|2024-03-15T00:00Z")]
    [InlineData("At 0115 JST on June 2, 2024, the quake struck off the coast of Japan.", "2024-06-01T16:15Z")]
    public void DayRollOver_IsApplied(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    [Theory]
    [InlineData("At 1530 EST on November 13th, 2023, troops advanced. By 1730 EST, they held the city.", "2023-11-13T20:30Z|2023-11-13T22:30Z")]
    [InlineData("On 13 November 2023 the army attacked. At 0600 GMT, artillery opened fire.", "2023-11-13T06:00Z")]
    [InlineData("On Nov. 13, 2023, at 0600 GMT, artillery opened fire. At 0900 GMT, infantry moved in.", "2023-11-13T06:00Z|2023-11-13T09:00Z")]
    [InlineData("At 1600 UTC on August 5, 2024, a ship was hit. By 2215 GMT, a second was hit. At 0412Z on August 6, both were safe.", "2024-08-05T16:00Z|2024-08-05T22:15Z|2024-08-06T04:12Z")]
    // A range is one key time, its start; its end takes the range's zone and date but bounds it only.
    [InlineData("The heaviest shelling in Khartoum came between 0200 and 0400 local time on May 3, 2024, residents said.", "2024-05-03T00:00Z")]
    [InlineData("The intrusion was detected on 11/13/2023 at 1530 EST, officials said.", "2023-11-13T20:30Z")]
    // The day of a range's end is not the day the story goes on in.
    [InlineData("A curfew runs from 2 pm GMT on 8 January 2026 until 6 am Friday. Protesters torched a kiosk at around 11:20 am GMT.", "2026-01-08T14:00Z|2026-01-08T11:20Z")]
    [InlineData("The intrusion was detected on 13/11/2023 at 1530 GMT, officials said.", "2023-11-13T15:30Z")]
    [InlineData("Lai was sworn in at noon local time on Monday, May 20, 2024, in Taipei.", "2024-05-20T04:00Z")]
    [InlineData("The attack began at about 2:30pm BST on 4 August 2024. By 6pm, police had cleared the area.", "2024-08-04T13:30Z|2024-08-04T17:00Z")]
    [InlineData("The first explosion in Beirut was heard at 5.30am local time on 12 June 2024. A second blast followed at 6.15am.", "2024-06-12T02:30Z|2024-06-12T03:15Z")]
    [InlineData("The quake of magnitude 7.4 hit Taiwan at 7:58 a.m. (2358 GMT Tuesday) on Wednesday, April 3, 2024.", "2024-04-02T23:58Z")]
    public void DatelessTimes_InheritTheLastDate(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    [Theory]
    [InlineData("On November 13th, 2023, the army entered the city.", "2023-11-13")]
    [InlineData("On 13 November 2023 the army entered the city.", "2023-11-13")]
    [InlineData("On Nov. 13, 2023, the army entered the city.", "2023-11-13")]
    [InlineData("On 2023-11-13 the army entered the city.", "2023-11-13")]
    [InlineData("On Monday, November 13, 2023, the army entered the city.", "2023-11-13")]
    [InlineData("On the 13th of November 2023 the army entered the city.", "2023-11-13")]
    [InlineData("The army entered the city on Sept. 4, 2024, residents said.", "2024-09-04")]
    // Dates in French, Spanish, Portuguese, Italian and German, the day first.
    [InlineData("Le 13 novembre 2023, l'armée est entrée dans la ville.", "2023-11-13")]
    [InlineData("Le 1er mars 2024, l'armée est entrée dans la ville.", "2024-03-01")]
    [InlineData("El 13 de noviembre de 2023 el ejército entró en la ciudad.", "2023-11-13")]
    [InlineData("Em 13 de Setembro de 2023 o exército entrou na cidade.", "2023-09-13")]
    [InlineData("Il 3 ottobre 2023 l'esercito è entrato in città.", "2023-10-03")]
    [InlineData("Am 12 März 2024 rückte die Armee in die Stadt ein.", "2024-03-12")]
    [InlineData("El 19 de abril de 2024 el ejército entró en la ciudad.", "2024-04-19")]
    // Numbers joined by hyphens, day first unless the second cannot be a month; a score or a day range is no date.
    [InlineData("Am 26. Februar 2026 rückte die Armee in die Stadt ein.", "2026-02-26")]
    [InlineData("On 04/February/2026 the army entered the city.", "2026-02-04")]
    [InlineData("On 2026.08.12 the army entered the city.", "2026-08-12")]
    [InlineData("On 23-10-2026 the army entered the city.", "2026-10-23")]
    [InlineData("On 10-23-2026 the army entered the city.", "2026-10-23")]
    [InlineData("The army entered the city on 3-11-2026 after the home side won 2-1 on 3 November 2026.", "2026-11-03")]
    public void Dates_InEveryCommonNewsForm_AreDateOnlyKeyTimes(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    // 2024-05-22 is a Wednesday.
    [Theory]
    [InlineData("The army said yesterday that it had retaken the bridge.", "2024-05-21")]
    [InlineData("The shelling began late Monday and lasted for hours.", "2024-05-20")]
    [InlineData("Earlier today, the government announced a curfew.", "2024-05-22")]
    [InlineData("Rebels attacked the town on Tuesday, residents said.", "2024-05-21")]
    [InlineData("Rebels attacked the town on Wednesday, residents said.", "2024-05-22")]
    [InlineData("Rebels attacked the town last Wednesday, residents said.", "2024-05-15")]
    [InlineData("Rebels attacked the town on Thursday, residents said.", "2024-05-16")]
    [InlineData("The talks will resume next Monday, officials said.", "2024-05-27")]
    [InlineData("Rebels attacked the town the day before yesterday, residents said.", "2024-05-20")]
    [InlineData("Rebels attacked the town at 0900 GMT yesterday, residents said.", "2024-05-21T09:00Z")]
    [InlineData("Rebels attacked the town Monday at 1400 GMT, residents said.", "2024-05-20T14:00Z")]
    [InlineData("Rebels attacked the town last night at 2300 GMT, residents said.", "2024-05-21T23:00Z")]
    [InlineData("The shelling began late Monday, at around 2300 GMT, witnesses said.", "2024-05-20T23:00Z")]
    [InlineData("On May 20 the army attacked the bridge.", "2024-05-20")]
    public void RelativeDays_AreAnchoredToPublication_PreferringThePast(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body, "2024-05-22T09:00:00Z")));
    }

    [Theory]
    [InlineData("22:45 GMT: Iran has launched drones toward Israel, the military says.", "2024-04-13T23:30:00Z", "2024-04-13T22:45Z")]
    [InlineData("23:50 GMT: Jordan closed its airspace, officials say.", "2024-04-14T00:10:00Z", "2024-04-13T23:50Z")]
    public void TimesWithNoDateAtAll_TakeThePublicationDay_NeverTheFuture(string body, string published, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body, published)));
    }

    [Theory]
    [InlineData("On December 30 the army attacked the bridge.", "2024-01-02T08:00:00Z", "2023-12-30")]
    [InlineData("On Nov. 13 the army attacked the bridge.", "2023-11-15T08:00:00Z", "2023-11-13")]
    [InlineData("Yesterday the army attacked the bridge.", "2024-01-01T03:00:00Z", "2023-12-31")]
    public void YearlessDates_TakeTheNearestPastYear(string body, string published, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body, published)));
    }

    // "local time in <place>": the place names the zone when known; the date after the place still belongs to the clock.
    [Theory]
    [InlineData("Poland's command said jets took off at 0140 local time in Rzeszow on March 30, 2025.", "2025-03-30T00:40Z")]
    [InlineData("Polish jets took off at 0400 local time in Warsaw on March 30, 2025, an hour after clocks went forward.", "2025-03-30T02:00Z")]
    [InlineData("The bombers turned back at 0230 local time in Anchorage on Sunday, November 2, 2025, US officials said.", "2025-11-02T11:30Z")]
    [InlineData("Sirens sounded at 2100 local time in Kyiv on June 3, 2024, while Poland scrambled jets.", "2024-06-03T18:00Z")]
    [InlineData("The aid ship docked at 0900 local time in Port Sudan on June 3, 2024, port officials said.", "2024-06-03T07:00Z")]
    // A town and its state or province: the town's clock ("El Paso, Texas" keeps Mountain time, "Pensacola, Florida"
    // Central), not its region's.
    [InlineData("A tornado touched down near El Paso, Texas, at 3:10 p.m. local time on June 3, 2024, forecasters said.", "2024-06-03T21:10Z")]
    [InlineData("Gunfire was reported in Pensacola, Florida, at 9:45 p.m. local time on June 3, 2024, police said.", "2024-06-04T02:45Z")]
    // "<Town>, <Region or Country>": the town is the place, the region or country only says which town it is, and its
    // clock is not the town's when the region spans several (Indiana is Eastern, Princeton and Evansville Central;
    // Alabama Central, Phenix City Eastern; Amazonas Manaus time, Tabatinga an hour behind; Sakha Yakutsk time,
    // Ust-Nera an hour ahead); Córdoba is Argentina's before Spain's.
    [InlineData("A tornado tore through Princeton, Indiana, at 3:10 pm local time on June 3, 2024, the sheriff said.", "2024-06-03T20:10Z")]
    [InlineData("A tornado tore through Princeton, Indiana at 3:10 p.m. local time on June 3, 2024, the sheriff said.", "2024-06-03T20:10Z")]
    [InlineData("Flooding closed roads in Evansville, Indiana, at 7 a.m. local time on June 3, 2024, police said.", "2024-06-03T12:00Z")]
    [InlineData("A water main burst in Phenix City, Alabama, at 6:30 a.m. local time on June 3, 2024, officials said.", "2024-06-03T10:30Z")]
    [InlineData("The river cut off Tabatinga, Amazonas, at 9:00 local time on 3 June 2024, the civil defence said.", "2024-06-03T14:00Z")]
    [InlineData("A fire broke out in Ust-Nera, Sakha, at 10:00 local time on 3 June 2024, the emergencies ministry said.", "2024-06-03T00:00Z")]
    [InlineData("A gas blast shook Córdoba, Spain, at 10:00 local time on 3 June 2024, firefighters said.", "2024-06-03T08:00Z")]
    [InlineData("A gas blast shook Córdoba, Argentina, at 10:00 local time on 3 June 2024, firefighters said.", "2024-06-03T13:00Z")]
    [InlineData("Police in Princeton, Indiana, said the shooting happened at 3:10 pm local time on June 3, 2024.", "2024-06-03T20:10Z")]
    [InlineData("The shooting happened at 3:10 pm local time on June 3, 2024 in Princeton, Indiana.", "2024-06-03T20:10Z")]
    [InlineData("Princeton, Indiana, at 3:10 pm local time on June 3, 2024: a tornado touched down.", "2024-06-03T20:10Z")]
    [InlineData("A tornado hit Princeton, Indiana, at 3:10 pm on June 3, 2024.", "2024-06-03T20:10Z")]
    // A dateline in capitals, which the scan does not read as a name: "PRINCETON, Indiana" is still the town (New Jersey's
    // bigger Princeton is Eastern too, as Indiana is).
    [InlineData("PRINCETON, Indiana — A tornado touched down at 3:10 pm local time on June 3, 2024, officials said.", "2024-06-03T20:10Z")]
    [InlineData("TABATINGA, Amazonas (Reuters) - The river burst its banks at 9:00 local time on 3 June 2024, the civil defence said.", "2024-06-03T14:00Z")]
    [InlineData("UST-NERA, Sakha — A fire broke out at 10:00 local time on 3 June 2024, the emergencies ministry said.", "2024-06-03T00:00Z")]
    [InlineData("CÓRDOBA, Spain — A gas blast shook the old town at 10:00 local time on 3 June 2024, firefighters said.", "2024-06-03T08:00Z")]
    [InlineData("CÓRDOBA, Argentina — A gas blast shook the old town at 10:00 local time on 3 June 2024, firefighters said.", "2024-06-03T13:00Z")]
    [InlineData("A tornado touched down in Princeton, Ind., at 3:10 pm local time on June 3, 2024.", "2024-06-03T20:10Z")]
    [InlineData("A tornado touched down in Princeton, Indiana, on June 3, 2024, at 3:10 pm local time.", "2024-06-03T20:10Z")]
    [InlineData("A tornado touched down in Princeton, Indiana, US, at 3:10 pm local time on June 3, 2024.", "2024-06-03T20:10Z")]
    [InlineData("A tornado touched down in Princeton, Indiana, United States, at 3:10 pm local time on June 3, 2024.", "2024-06-03T20:10Z")]
    [InlineData("Indiana police said a tornado touched down in Princeton, Indiana, at 3:10 pm local time on June 3, 2024.", "2024-06-03T20:10Z")]
    [InlineData("Shots were fired in Moscow, Idaho, at 3:10 pm local time on June 3, 2024.", "2024-06-03T22:10Z")]
    [InlineData("Shots were fired in Paris, Texas, at 3:10 pm local time on June 3, 2024.", "2024-06-03T20:10Z")]
    public void LocalTimeInAPlace_TakesThePlacesZone_AndTheDateAfterIt(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    // No publication time: the latest date in the text (Tuesday, May 21, 2024) anchors; the story was written then or later.
    [Theory]
    [InlineData("On Tuesday, May 21, 2024, at 2200 GMT, shelling began. By 0100 GMT Wednesday the town had fallen.", "2024-05-21T22:00Z|2024-05-22T01:00Z")]
    [InlineData("On Tuesday, May 21, 2024, at 2200 GMT, shelling began. The army said it had lost the bridge on Monday.", "2024-05-21T22:00Z|2024-05-20")]
    [InlineData("On Tuesday, May 21, 2024, at 2200 GMT, shelling began. Talks had broken down on Thursday.", "2024-05-21T22:00Z|2024-05-16")]
    // "last Wednesday" is the 15th, six days before the story's clock: history it cites, no key time.
    [InlineData("On Tuesday, May 21, 2024, at 2200 GMT, shelling began, a week after clashes last Wednesday.", "2024-05-21T22:00Z")]
    public void Weekdays_WithoutMetadata_TheDayAfterTheTextsDateIsThatDay_OthersThePast(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    [Fact]
    public void RelativeDays_WithoutMetadata_AnchorToTheLatestExplicitDate()
    {
        var u = Understand("On Wednesday, May 22, 2024, at 0800 GMT, rebels attacked. The army said it had lost the bridge on Monday.");
        Assert.Equal("2024-05-22T08:00Z|2024-05-20", Keys(u));
    }

    [Theory]
    [InlineData("The group has controlled the town since 2012. At 0600 GMT on May 2, 2024, the army attacked.", "2024-05-02T06:00Z")]
    [InlineData("In August 2023 the agreement collapsed. At 0600 GMT on May 2, 2024, the army attacked.", "2024-05-02T06:00Z")]
    [InlineData("The memorial marks the 1995 massacre. At 0600 GMT on May 2, 2024, the vote began.", "2024-05-02T06:00Z")]
    [InlineData("Fighting has continued since April 2, 2024. At 0600 GMT on May 2, 2024, the army attacked.", "2024-05-02T06:00Z")]
    [InlineData("The war began on October 7, 2023. At 0600 GMT on May 2, 2024, the army attacked.", "2024-05-02T06:00Z")]
    [InlineData("About 1500 troops took part. At 0600 GMT on May 2, 2024, the army attacked.", "2024-05-02T06:00Z")]
    [InlineData("Resolution 2690 (2023) was cited. At 0600 GMT on May 2, 2024, the army attacked.", "2024-05-02T06:00Z")]
    [InlineData("The 2015 deal collapsed in 2018. At 0600 GMT on May 2, 2024, the army attacked.", "2024-05-02T06:00Z")]
    public void BackgroundDates_AreNotKeyTimes(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    [Theory]
    // A hard-wrapped text goes on across a line that starts with a capital ("at 14:30 on" / "Monday, …"); a short line
    // (a heading, a byline) still ends its paragraph.
    [InlineData("OSLO, Nov 28, 2023 (Reuters) - Police in Kirkenes said the town's airport had\nreported strong interference with satellite navigation signals at 14:30 GMT on\nMonday, the latest in a series of incidents close to the Russian border,\nofficials said in a statement issued to the press in the capital Oslo.", "2023-11-27T14:30Z")]
    [InlineData("OSLO, Nov 28, 2023 (Reuters) - Police in Kirkenes said the town's airport had\nreported strong GPS interference at 14:30 GMT on Monday, the latest in a\nseries of incidents close to the Russian border, officials said on Tuesday.\nNorway\nThe ministry said it would summon the envoy on Wednesday next week, in Oslo.", "2023-11-27T14:30Z|2023-11-29")]
    public void HardWrappedProse_IsJoinedAcrossCapitals(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    [Theory]
    // A round word the next words make exact is not a time of its own; a comma after a clock is punctuation.
    [InlineData("Fighters attacked at 2130 GMT on 15 September 2025. Troops arrived shortly after midnight, at 0020, and drove them out.", "2025-09-15T21:30Z|2025-09-16T00:20Z")]
    [InlineData("The siren sounded around noon (1210 GMT) on 3 May 2025 across the city.", "2025-05-03T12:10Z")]
    [InlineData("A first strike hit the port at 0310 GMT on 3 May 2025. At 0455, the second wave hit the port.", "2025-05-03T03:10Z|2025-05-03T04:55Z")]
    [InlineData("The curfew ended at midnight GMT on 3 May 2025, the army said.", "2025-05-03T00:00Z")]
    [InlineData("Mortars hit the airport at 14h30 GMT on 8 September 2025, the army said.", "2025-09-08T14:30Z")]
    [InlineData("The convoy left at 9h05 GMT on 8 September 2025 for the north.", "2025-09-08T09:05Z")]
    [InlineData("Sirens sounded at midday Moscow time on 9 November 2024 across the city.", "2024-11-09T09:00Z")]
    // A four-digit number before a unit is a quantity; a 19xx/20xx one before a day word is a clock.
    [InlineData("Drones flew at 1500 metres over the port at 0310 GMT on 3 May 2025, the army said.", "2025-05-03T03:10Z")]
    [InlineData("Jets climbed to 2000 ft and at 0310 GMT on 3 May 2025 fired flares.", "2025-05-03T03:10Z")]
    [InlineData("The zone reaches out to 1800 km; at 0310 GMT on 3 May 2025 the first ship left.", "2025-05-03T03:10Z")]
    [InlineData("Air force helicopters arrived at 0455 GMT on 3 May 2025 and by 0720 troops had regained control.", "2025-05-03T04:55Z|2025-05-03T07:20Z")]
    [InlineData("Fighting broke out on 2 May 2025. Schools stay closed until 2000 Saturday, the command said.", "2025-05-02|2025-05-03T20:00Z")]
    // US government notices write the zone in words, in lower case.
    [InlineData("The licence runs until 12:01 a.m. eastern daylight time, October 29, 2025, the Treasury said.", "2025-10-29T04:01Z")]
    [InlineData("The order applies through 12:01 a.m. eastern standard time, November 21, 2025.", "2025-11-21T05:01Z")]
    // A bracketed clock restates the one before it: its zone is the one meant, its day another zone's — the day either
    // side of the clock it restates.
    [InlineData("HELSINKI, Nov 28, 2023 - Finland will close the crossing from 00:00 Thursday (2200 GMT Wednesday), the government said.", "2023-11-29T22:00Z")]
    [InlineData("The fighting erupted at around 9.30pm on Saturday, 11 October 2025 (2200 PKT) along the border.", "2025-10-11T17:00Z")]
    [InlineData("The missile was fired at 8:24 a.m. on Monday, 18 December 2023 (2324 GMT Sunday). It came down at 9:37 a.m. JST off Hokkaido.", "2023-12-17T23:24Z|2023-12-18T00:37Z")]
    // A bracket restating the instant in another place's clock is the same key time, written once: the first wording
    // stays, unless the bracket is UTC, names the zone the first left out, or is the exact minute of a round word.
    [InlineData("Smoke rose over the depot at 05:10 SAMT (04:10 Moscow) on 3 May 2025, the governor said.", "2025-05-03T01:10Z")]
    [InlineData("The boat was stopped at 04:45 local time (03:45 Mexico City time) on 3 May 2025 off Cancun, Mexico.", "2025-05-03T09:45Z")]
    [InlineData("The ferry ran aground at 2140 EET (1940 GMT) on Wednesday, 10 December 2025, near Turku.", "2025-12-10T19:40Z")]
    [InlineData("The deadline for fighters to leave Tripoli, Libya, expires at midnight on 9 May 2025 (23:59 local time).", "2025-05-09T21:59Z")]
    [InlineData("The embassy in Lima, Peru, closes at 6 p.m. on 3 May 2025 (2300 GMT).", "2025-05-03T23:00Z")]
    // The end of a counting window or a report's period is no event.
    [InlineData("Ships were seen at 0730 GMT on 1 April 2025; the ministry counted 19 warships in the 24 hours to 6 a.m. (2200 GMT Monday).", "2025-04-01T07:30Z")]
    [InlineData("Shelling hit the camp at 0300 GMT on 12 June 2024. This update covers the period from 10 to 14 June.", "2024-06-12T03:00Z")]
    // A day range is its first day, in the second day's month.
    [InlineData("During the night of 11 to 12 June 2024, fighters attacked the camp, sources said.", "2024-06-11")]
    [InlineData("Clashes were reported on 3–5 March 2025 in the hills, the army said.", "2025-03-03")]
    // "published 04.05.2025" is a stamp, not an event.
    [InlineData("Ararat Bulletin, published 04.05.2025. Troops opened fire at 16h15 GMT on the 3rd of May 2025.", "2025-05-03T16:15Z")]
    // "0930L" is local time; "around midday" is a clock; a day-month without a year at the turn of the year is the coming one.
    [InlineData("Niger: a convoy was ambushed near Tillaberi at 0930L on 26 December 2023. Air support from Niamey arrived around midday.", "2023-12-26T08:30Z|2023-12-26T11:00Z")]
    [InlineData("Fighting broke out near Tillaberi, Niger, on 28 December 2023. A motorcycle ban applies from 00:00 on 1 January, the governor said.", "2023-12-28|2023-12-31T23:00Z")]
    // A bare hour opening a range takes the second clock's part of the day and zone; "midnight tonight" ends today.
    [InlineData("Drones were downed over the region on 31 March 2024 between 6 and 7 a.m. Moscow time, the ministry said.", "2024-03-31T03:00Z")]
    // The date after such a range is its start's as well.
    [InlineData("Drones were downed over the region between 6 and 7 a.m. Moscow time on 31 March 2024, the ministry said.", "2024-03-31T03:00Z")]
    [InlineData("The river burst its banks between 1 and 3 a.m. GMT on 15 January 2026, officials said.", "2026-01-15T01:00Z")]
    [InlineData("Shelling went on from 9 to 11 p.m. GMT on Friday, 16 January 2026, residents said.", "2026-01-16T21:00Z")]
    [InlineData("Fighting broke out on 9 December 2025. The ceasefire will start from midnight tonight GMT, the ministers said.", "2025-12-09|2025-12-10T00:00Z")]
    [InlineData("Rebels attacked the post at 06.30 WIT on 9 August 2024, the army said.", "2024-08-08T21:30Z")]
    // An abbreviation several zones share is the one nearest the story's clock.
    [InlineData("Troops in Uri, Kashmir, traded fire at 2315 hrs PST on 5 November 2025, Pakistan's military said.", "2025-11-05T18:15Z")]
    [InlineData("A US destroyer shadowed the vessels off San Juan, Puerto Rico, at 2:40 a.m. AST on 6 November 2025.", "2025-11-06T06:40Z")]
    [InlineData("Sirens sounded in Riyadh, Saudi Arabia, at 9:00 p.m. AST on 6 November 2025.", "2025-11-06T18:00Z")]
    [InlineData("Rockets were fired at Haifa, Israel, at 9:15 p.m. IST on 6 November 2025, the army said.", "2025-11-06T19:15Z")]
    // "From midnight" announced during the day is the midnight ahead.
    [InlineData("Troops crossed the border at 0500 GMT on 6 August 2024. A state of emergency will be declared from midnight GMT, the governor said.", "2024-08-06T05:00Z|2024-08-07T00:00Z")]
    // A weekday that opens a name is no day.
    [InlineData("Bombers struck the Monday Market at 4.15pm GMT on 14 February 2026, police said.", "2026-02-14T16:15Z")]
    // The day of a clock given as background (a clock change, a schedule, a superseded plan) is not the day the story
    // goes on in: a bare clock after it keeps the event's day.
    [InlineData("A quake struck at 0215 GMT on Sunday, 5 April 2026. Clocks went back one hour at midnight on Saturday. An aftershock followed at 0527 GMT.", "2026-04-05T02:15Z|2026-04-05T05:27Z")]
    [InlineData("A fire broke out at 0215 GMT on Sunday, 1 November 2026. Clocks in the province fell back one hour at 2 a.m., shortly before the ship docked at 0820 GMT.", "2026-11-01T02:15Z|2026-11-01T08:20Z")]
    [InlineData("Rockets hit the port at 0310 GMT on 5 April 2026. Talks originally scheduled for 10:00 GMT on Monday were called off. A second salvo came at 0450 GMT.", "2026-04-05T03:10Z|2026-04-05T04:50Z")]
    // The time someone talked to the press is not a time of the story; a statement's own time, a briefing to come and
    // a verb after the clock are.
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026, the district collector told reporters at 0900 GMT.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. Speaking to reporters in the capital at 0900 GMT, the minister said 40 were missing.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The governor spoke by phone at 0945 GMT.", "2026-07-28T03:40Z")]
    // Where the briefing was held between it and the clock; a place phrase after no venue leaves the clock the story's.
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. Speaking at a press briefing at the divisional headquarters at 1400 GMT, the superintendent said two were dead.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The minister told a news conference in the northern city at 0900 GMT that 40 were missing.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. Rescuers arrived at the collapsed school at 0900 GMT.", "2026-07-28T03:40Z|2026-07-28T09:00Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. Its president told local radio at 0800 GMT on Wednesday that help was coming.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The ministry said at 1030 GMT that it was sending troops.", "2026-07-28T03:40Z|2026-07-28T10:30Z")]
    // A verb of saying right before "at", a statement put out, whoever was spoken with: the time of saying. The event's
    // report ("was reported at") and an order issued are the story's.
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The governor said at 0730 GMT that two people were hurt.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The mission said at 1000 GMT that it was closely monitoring the situation.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The ministry denied it in a statement released at 0930 GMT.", "2026-07-28T03:40Z")]
    // The passive with its agent: "the statement was released at", "the information was circulated by the Ministry at";
    // a declaration broadcast is the declaring.
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The border troops' statement was released at 0930 GMT.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The information was circulated by the Ministry at 0930 GMT.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The declaration of an emergency was broadcast at 0930 GMT.", "2026-07-28T03:40Z|2026-07-28T09:30Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The army said in a text message sent to reporters at 1100 GMT that 40 were missing.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. A communiqué read on state television at 2000 GMT gave a toll of 14.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The governor gave the update on Telegram at 1000 GMT.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. I spoke with the head of the district at 0700 GMT.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. A relative of one victim spoke to Civil.ge at 0700 GMT.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The president spoke with the prime minister at 0700 GMT about aid.", "2026-07-28T03:40Z|2026-07-28T07:00Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. A second slide was reported at 0500 GMT.", "2026-07-28T03:40Z|2026-07-28T05:00Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. Police issued an evacuation order at 0600 GMT.", "2026-07-28T03:40Z|2026-07-28T06:00Z")]
    // The day of saying, however it is said: a statement issued, one opening the clause, a session told, "said today".
    [InlineData("A landslide buried homes at 0340 GMT on Sunday, 26 July 2026, the county said in a statement issued on Monday.", "2026-07-26T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on Sunday, 26 July 2026. In a statement on Monday, the army blamed the rain.", "2026-07-26T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on Sunday, 26 July 2026. The premier told a government session on Monday morning that aid was coming.", "2026-07-26T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The council will hold a press briefing at 1400 GMT.", "2026-07-28T03:40Z|2026-07-28T14:00Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. A second slide, residents told reporters, came at 0510 GMT.", "2026-07-28T03:40Z|2026-07-28T05:10Z")]
    // A verb of saying with where it was said ("at a briefing", "on his channel") makes the clock the time of saying.
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The minister said at a press conference at 1000 GMT that 40 were missing.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The governor wrote on his Telegram channel at 1515 GMT that roads were cut.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The mayor said in a televised address at 2000 GMT that schools would close.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The spokesman wrote on X at 1130 GMT that the army was deployed.", "2026-07-28T03:40Z")]
    [InlineData("A landslide buried homes at 0340 GMT on 28 July 2026. The governor posted on Telegram at 0700 GMT that roads were shut.", "2026-07-28T03:40Z")]
    // A count over a day's window (from a clock to the same clock) is a report's period; other ranges start events.
    [InlineData("The ministry tracked 23 aircraft around the island between 0600 GMT on 23 October 2026 and 0600 GMT on 24 October 2026. Ships entered its waters at 0815 GMT on 24 October 2026.", "2026-10-24T08:15Z")]
    [InlineData("A curfew runs from 1800 GMT on 23 October 2026 to 1800 GMT on 24 October 2026, the governor said.", "2026-10-23T18:00Z")]
    [InlineData("Troops recorded 40 explosions between 0100 and 0300 GMT on 24 October 2026, the army said.", "2026-10-24T01:00Z")]
    // A note in brackets on the clock change is apart from the clock before it.
    [InlineData("Sirens ended at 0512 GMT on Sunday, 25 October 2026 (clocks went back one hour at 0400 overnight), officials said.", "2026-10-25T05:12Z")]
    // A clock change written as what a country does with its clocks is background too.
    [InlineData("A quake struck at 0215 GMT on Sunday, 29 March 2026. The country moves its clocks forward tonight at 0300 local time. An aftershock followed at 0527 GMT.", "2026-03-29T02:15Z|2026-03-29T05:27Z")]
    // An abbreviation that names the story's own clock: "CST" in a Honduran story in June is UTC−6 (Chicago is on CDT).
    [InlineData("Inmates rioted in the prison of Támara, near Tegucigalpa, Honduras, at 2:40 a.m. (CST) on 18 June 2026, officials said.", "2026-06-18T08:40Z")]
    // A clock change's note with its new offset in brackets; the day a clock change took effect.
    [InlineData("Sirens sounded at 2148 GMT on Saturday, 24 October 2026. Note that the country returns to winter time (UTC+2) at 04:00 on Sunday 25 October.", "2026-10-24T21:48Z")]
    [InlineData("A train derailed at 0610 GMT on 26 April 2026, officials said. The ministry reminds citizens that summer time took effect on Friday.", "2026-04-26T06:10Z")]
    // The day of another, earlier episode the story cites is not the story's.
    [InlineData("Previous protests on 27 February 2026 drew thousands. Police fired tear gas at 1400 GMT on 3 March 2026.", "2026-03-03T14:00Z")]
    [InlineData("An earlier attack on the same convoy route on 1 March 2026 killed two. Gunmen struck again at 0900 GMT on 3 March 2026.", "2026-03-03T09:00Z")]
    [InlineData("Prior incidents in the strait (14 FEB 26, 21 FEB 26) involved drones. A tanker was hit at 0430 GMT on 3 March 2026.", "2026-03-03T04:30Z")]
    [InlineData("Gunmen struck at 0900 GMT on 3 March 2026. Earlier on 2 March 2026, a bomb hit the market.", "2026-03-03T09:00Z|2026-03-02")]
    // A day without a clock more than five days before the story's last timed one is history the story cites, however it
    // is introduced; within five days it stands (the days of a story that runs over a weekend).
    [InlineData("Drones hit the port at 0150 GMT on 29 March 2026. The port was last struck on 2 March, when a terminal burned.", "2026-03-29T01:50Z")]
    [InlineData("Drones hit the port at 0150 GMT on 29 March 2026. The city was hit by a similar attack on 22 March.", "2026-03-29T01:50Z")]
    [InlineData("Drones hit the port at 0150 GMT on 29 March 2026. Kim inspected the base on 20 March, state media reported at the time.", "2026-03-29T01:50Z")]
    [InlineData("Drones hit the port at 0150 GMT on 29 March 2026. Fighting around the port had begun on 26 March.", "2026-03-29T01:50Z|2026-03-26")]
    // The start of what the story counts from, and a year-old date a few days from its anniversary, are history too; a
    // date one year off within two days of the story is a typo.
    [InlineData("A vessel was struck at 0130 GMT on 1 September 2026. It is the 31st such strike since the campaign began on Sept. 2, 2025.", "2026-09-01T01:30Z")]
    [InlineData("Gunfire was reported at 1250 GMT on 4 August 2026. The two countries initialled a peace agreement on 8 August 2025.", "2026-08-04T12:50Z")]
    [InlineData("Gunfire was reported at 1250 GMT on 4 August 2026. Shelling resumed at 0300 GMT on 5 August 2025.", "2026-08-04T12:50Z|2026-08-05T03:00Z")]
    public void RoundWordsAndBareClocks_ReadAsWritten(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    [Theory]
    // Stamps are when a notice was issued, not what happened: "Issued:" with a date-time or a date and its clock (a note
    // on its zone after it), a message's date-time group alone on its line or after a label, a date and clock across a
    // dash as a byline's last parts. A date-time group opening a line of prose dates that entry.
    [InlineData("Issued: 2026-06-09T21:05Z\n\nAn eruption began at 2026-06-09T19:40Z, the observatory said.", "2026-06-09T19:40Z")]
    [InlineData("Issued: 16 January 2026, 10:00 (Kinshasa, UTC+1)\n\nFlood water swept through the town at 0300 GMT on 15 January 2026, officials said.", "2026-01-15T03:00Z")]
    [InlineData("DTG: 162015Z FEB 26\n\nAt 161830Z FEB 26 a small craft approached a merchant vessel.", "2026-02-16T18:30Z")]
    [InlineData("**DTG:** 162015Z FEB 26\n\nAt 161830Z FEB 26 a small craft approached a merchant vessel.", "2026-02-16T18:30Z")]
    [InlineData("MARITIME ADVISORY - ISSUED 131900ZJUN24\n\nAt 120915ZJUN24 a vessel was struck by a drone.", "2024-06-12T09:15Z")]
    [InlineData("131900Z JUN 24\n\nAt 120915ZJUN24 a vessel was struck by a drone.", "2024-06-12T09:15Z")]
    [InlineData("DTG 131530ZNOV23: a frigate reported a submarine contact.", "2023-11-13T15:30Z")]
    [InlineData("Gunmen opened fire at 1847 GMT on 20 November 2026, officials said.\n\n**UPD 2058** One suspect was detained.", "2026-11-20T18:47Z")]
    // A wire update's stamp, with its number and the agency's initials.
    [InlineData("Gunfire was heard at 0630 hrs local time (0530 GMT) on 14 February 2026 in N'Djamena, witnesses said.\n\nUPDATE 1 - PANA 14/02/2026 13:40 GMT\n\nInternet was cut at around 0715 hrs, residents said.", "2026-02-14T05:30Z|2026-02-14T06:15Z")]
    [InlineData("Staff | Goma | Sunday, February 8, 2026 — 09:15 a.m. (Goma time)\n\nThe riot broke out at 0140 GMT on Sunday, 8 February 2026, officials said.", "2026-02-08T01:40Z")]
    // A data cut-off and a revision stamp; the place, day and clock an order was signed ("Done at …").
    [InlineData("Data cutoff: 14:00 GMT, 3 March 2026\n\nShelling hit the depot at 0610 GMT on 3 March 2026, officials said.", "2026-03-03T06:10Z")]
    [InlineData("Revised: 3 March 2026, 16:00 GMT\n\nShelling hit the depot at 0610 GMT on 3 March 2026, officials said.", "2026-03-03T06:10Z")]
    [InlineData("The curfew takes effect at 1800 GMT on 3 March 2026 in the whole province.\n\nDone at Goma on 3 March 2026 at 11h30.", "2026-03-03T18:00Z")]
    [InlineData("The curfew takes effect at 1800 GMT on 3 March 2026 in the whole province.\n\nGiven in Bukavu on 3 March 2026.", "2026-03-03T18:00Z")]
    public void Stamps_AreNotKeyTimes_ButTheirDayIsTheStorys(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    [Theory]
    // A desk and its stamp under a Markdown heading is when the page was written; a sentence saying "two days ago" is
    // the story, not a byline's "2 days ago".
    [InlineData("# Cyclone Hits The Coast\n\n_East Africa bureau · Saturday 14 February 2026, 08:30 EAT_\n\nThe cyclone made landfall near Mananjary two days ago, around noon on Thursday, local time.\n\nMore details would follow.", "2026-02-14T05:30Z", "2026-02-12T09:00Z")]
    [InlineData("Cyclone Hits The Coast\n\nEast Africa bureau | Saturday 14 February 2026, 08:30 EAT\n\nThe cyclone made landfall near Mananjary around noon on Thursday, local time.\n\nMore details would follow.", "2026-02-14T05:30Z", "2026-02-12T09:00Z")]
    // A site's name and section above the headline, its stamp and byline under it; a stamp in Portuguese; a notice's
    // "Subject:" field under its letterhead; a Markdown page whose first heading is the site's name.
    [InlineData("Sahel Courier\nNews | Mali | Security\n\nCyclone Hits The Coast Near Mananjary\n\n14.02.2026 08:30 | Updated 14.02.2026 09:05\nAuthor: Jane Doe, Sahel Courier\n\nThe cyclone made landfall near Mananjary around noon on Thursday, local time, forecasters said.\n\nMore details would follow.", "2026-02-14T05:30Z", "2026-02-12T09:00Z")]
    [InlineData("Correio do Índico\nPolítica | Segurança\n\nCiclone atinge a costa perto de Mananjary\n\nPublicado em 14 de Fevereiro de 2026, 08:30\nPor Jane Doe\n\nThe cyclone made landfall near Mananjary around noon on Thursday, local time, forecasters said.\n\nMore details would follow.", "2026-02-14T05:30Z", "2026-02-12T09:00Z")]
    [InlineData("NATIONAL DISASTER MANAGEMENT OFFICE\nMedia Unit — Incident Log (public version)\n\nSubject: Cyclone landfall near Mananjary\nIssued: 14.02.2026, 08:30\n\nThe cyclone made landfall near Mananjary around noon on Thursday, local time, forecasters said.\n\nMore details would follow.", "2026-02-14T05:30Z", "2026-02-12T09:00Z")]
    [InlineData("# INDIAN OCEAN COURIER — LIVE\n\n## Live: Cyclone hits the coast near Mananjary\n\n*Live coverage · Saturday 14 February 2026, 08:30 EAT*\n\nThe cyclone made landfall near Mananjary around noon on Thursday, local time, forecasters said.\n\nMore details would follow.", "2026-02-14T05:30Z", "2026-02-12T09:00Z")]
    public void DeskStampUnderTheHeadline_IsThePublication(string text, string published, string expected)
    {
        var u = Understander.Understand(new SourceDocument("a.md", Encoding.UTF8.GetBytes(text)));
        Assert.Equal(published, u.Published?.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture));
        Assert.Equal(expected, Keys(u));
        Assert.Matches("^(Cyclone|Ciclone)", u.Headline);
    }

    [Theory]
    // With no stamp above the story, the page's footer dates it: a live page's "Thursday 17 September 2026 · Updated
    // 11:42 · Share", a channel post's "👁 31.4K · 20.11.2026, 22:41 · edited".
    [InlineData("Hurricane Makes Landfall\n\nThe hurricane made landfall near the port at 5 o'clock this morning, local time, forecasters said.\n\n*Thursday 17 September 2026 · Updated 11:42 · Share: [X]*", "2026-09-17T05:00Z")]
    [InlineData("Shooting At Police Post\n\nGunmen opened fire on a police post at 18:47 GMT, officials said. A curfew runs until 03:00 GMT tomorrow.\n\n👁 31.4K · 20.11.2026, 22:41 · edited", "2026-11-20T18:47Z|2026-11-21T03:00Z")]
    public void FooterStamp_DatesAPageWithNoneAbove(string text, string expected)
    {
        var u = Understander.Understand(new SourceDocument("a.md", Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, Keys(u));
    }

    [Fact]
    public void ZonelessStampInTheText_IsTheStorysLocalTime()
    {
        // "[21.07.2026 16:02]" over a post about Marawi: 16:02 in Manila, so "today" is 21 July there.
        var u = Understander.Understand(new SourceDocument("a.txt", Encoding.UTF8.GetBytes(
            "Forwarded from Mindanao Watch\n[21.07.2026 16:02]\n\nClashes In Marawi City\n\nClashes erupted in Marawi City at 2.30pm today, the army said.\n\nMore details would follow.")));
        Assert.Equal("2026-07-21T08:02Z", u.Published?.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture));
        Assert.Equal("2026-07-21T06:30Z", Keys(u));
    }

    [Theory]
    // A clock in words with the day beside it: "last night" is the evening before, "yesterday evening" yesterday's,
    // "tomorrow morning" the next day's.
    [InlineData("An avalanche struck the town at half past nine last night, the governor said.", "2026-12-08T08:00Z", "2026-12-07T21:30Z")]
    [InlineData("A hangar fire broke out at seven yesterday evening, the base said.", "2026-02-17T08:00Z", "2026-02-16T19:00Z")]
    [InlineData("Troops will move in at six tomorrow morning, the army said.", "2026-02-17T08:00Z", "2026-02-18T06:00Z")]
    [InlineData("Shelling resumed at ten last night, residents said.", "2026-02-17T08:00Z", "2026-02-16T22:00Z")]
    public void WordClocks_WithTheirDayBeside_TakeThatDay(string body, string published, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body, published)));
    }

    [Theory]
    // A publication stamp written as a numeric date that reads both ways: the dateline's day in words settles it, else
    // the story's country's way of writing dates (day first in Mali, month first in the United States).
    [InlineData("KIDAL, Mali, April 5 - Rebel fighters attacked an army base near Kidal, officials said.", "2026-04-05T11:02Z")]
    [InlineData("KIDAL, Mali, May 4 - Rebel fighters attacked an army base near Kidal, officials said.", "2026-05-04T11:02Z")]
    [InlineData("Rebel fighters attacked an army base near Kidal in northern Mali, officials said.", "2026-04-05T11:02Z")]
    [InlineData("A tornado struck Amarillo, Texas, overnight, officials said, damaging dozens of homes.", "2026-05-04T11:02Z")]
    public void PublicationStamp_ReadsBothWays_TakesTheStorysReading(string lede, string expected)
    {
        var u = Understander.Understand(new SourceDocument("a.txt", Encoding.UTF8.GetBytes(
            "WIRE SERVICE - 05/04/2026 11:02 GMT\n\nArmy Repels Attack Near The Border\n\n" + lede + "\n\nMore details would follow, the statement said.")));
        Assert.Equal(expected, u.Published?.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture));
    }

    [Theory]
    // Days named by their feast take the nearest year (none written), or the year written after them; a single far
    // date does not outvote the day of writing, so it stays history.
    [InlineData("A cable was damaged at 23.47 GMT on New Year's Eve, the grid operator said.", "2026-01-01T10:00:00Z", "2025-12-31T23:47Z")]
    [InlineData("Police patrolled the market on Christmas Eve after the threat, officials said.", "2025-12-27T10:00:00Z", "2025-12-24")]
    [InlineData("Shops reopened on Boxing Day, officials said.", "2025-12-27T10:00:00Z", "2025-12-26")]
    [InlineData("HELSINKI, Jan 1, 2026 (Wire) - A tanker was seized at 05:20 GMT today. The cable was also damaged on Christmas Day 2024.", "2026-01-01T10:00:00Z", "2026-01-01T05:20Z")]
    public void NamedDays_AreDates_AndOneFarDateIsHistory(string body, string published, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body, published)));
    }

    [Theory]
    // Clocks in words: quarters, halves and minutes past or to an hour, o'clock, a word hour with a.m./p.m., and an hour
    // with its part of the day; the part of the day (also after the day: "on Tuesday morning") says a.m. or p.m.
    [InlineData("Clashes erupted at quarter to midnight on 14 March 2026 GMT, residents said.", "2026-03-14T23:45Z")]
    [InlineData("Clashes erupted at a quarter past midnight GMT on 14 March 2026, residents said.", "2026-03-14T00:15Z")]
    [InlineData("Fighting began at half past nine in the evening GMT on 3 March 2026, witnesses said.", "2026-03-03T21:30Z")]
    [InlineData("The systems went down at ten past eleven that night GMT, on 3 March 2026.", "2026-03-03T23:10Z")]
    [InlineData("Rebels attacked at twenty to four in the morning GMT on 3 March 2026.", "2026-03-03T03:40Z")]
    [InlineData("Rebels attacked at 25 minutes past 3 in the afternoon GMT on 3 March 2026.", "2026-03-03T15:25Z")]
    [InlineData("Gunmen stormed the prison at quarter past six on Tuesday morning GMT, 3 March 2026.", "2026-03-03T06:15Z")]
    [InlineData("The strike came at ten p.m. GMT on 3 March 2026, the army said.", "2026-03-03T22:00Z")]
    [InlineData("Shelling started at three o'clock GMT on 3 March 2026, the army said.", "2026-03-03T15:00Z")]
    [InlineData("Gunmen attacked the post at around 4 in the morning GMT on 3 March 2026, police said.", "2026-03-03T04:00Z")]
    [InlineData("Gunmen attacked the post shortly after five in the afternoon GMT on 3 March 2026, police said.", "2026-03-03T17:00Z")]
    // A dotted clock after "at" where the clause goes on; not a price or a rate.
    [InlineData("On 14 February 2026 a second strike hit Kramatorsk at 7.40, as crews arrived.", "2026-02-14T05:40Z")]
    [InlineData("Shares traded at 7.40 dollars on 14 February 2026, the exchange said.", "2026-02-14")]
    [InlineData("Inflation stood at 7.40 percent on 14 February 2026, the bank said.", "2026-02-14")]
    // Not clocks: a score, a count before "in the morning", "half" of something.
    [InlineData("The council voted 12 to 1 on 3 March 2026 to extend the curfew.", "2026-03-03")]
    [InlineData("Police arrested four in the morning raids on 3 March 2026, officials said.", "2026-03-03")]
    [InlineData("Half of the town lost power on 3 March 2026, the utility said.", "2026-03-03")]
    // An hour its part of the day cannot hold is another reckoning (hours counted from dawn): no clock.
    [InlineData("The train derailed at 2:20 p.m. GMT on 3 March 2026. By the local clock that was 8:20 in the afternoon.", "2026-03-03T14:20Z")]
    [InlineData("The train derailed at 2:20 p.m. GMT on 3 March 2026, eight in the afternoon by the old reckoning.", "2026-03-03T14:20Z")]
    [InlineData("Shelling resumed at 3:10 in the evening GMT on 3 March 2026.", "2026-03-03")]
    [InlineData("Shelling resumed at 6:10 in the evening GMT on 3 March 2026.", "2026-03-03T18:10Z")]
    [InlineData("Shelling resumed at 11:40 at night GMT on 3 March 2026.", "2026-03-03T23:40Z")]
    public void ClocksInWords_AreReadWithTheirPartOfTheDay(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    [Theory]
    // An evening or a night named after a clock without a.m./p.m. makes it p.m.; the words still name the day.
    [InlineData("Gunmen opened fire on men outside a shop in Spanish Town, Jamaica, at about 10:15 last night, police said.", "2026-09-14T21:36:00Z", "2026-09-14T03:15Z")]
    [InlineData("Shelling resumed at 9.40 on Saturday evening GMT, the army said.", "2026-03-09T10:00:00Z", "2026-03-07T21:40Z")]
    [InlineData("The convoy will cross at 11:20 tonight GMT, the ministry said.", "2026-03-09T10:00:00Z", "2026-03-09T23:20Z")]
    [InlineData("Drones were shot down at 8:05 yesterday evening GMT, the army said.", "2026-03-09T10:00:00Z", "2026-03-08T20:05Z")]
    // The morning stays the morning; an hour a night or evening cannot hold is left as written.
    [InlineData("Drones were shot down at 7:15 this morning GMT, the army said.", "2026-03-09T10:00:00Z", "2026-03-09T07:15Z")]
    [InlineData("The strike came at 10:15 on Saturday GMT, the army said.", "2026-03-09T10:00:00Z", "2026-03-07T10:15Z")]
    public void EveningOrNightAfterAClock_MakesItPm(string body, string published, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body, published)));
    }

    [Theory]
    // One row per zone abbreviation added for blind round 3; each offset is the zone's real one on that date.
    [InlineData("The frigate was sighted at 0830 NZST on 16 June 2025 off the coast.", "2025-06-15T20:30Z")]
    [InlineData("The frigate was sighted at 0830 NZDT on 16 January 2025 off the coast.", "2025-01-15T19:30Z")]
    [InlineData("The patrol left at 1345 ACST on 21 February 2025, the navy said.", "2025-02-21T04:15Z")]
    [InlineData("The drill began at 1000 ACDT on 21 February 2025 near the port.", "2025-02-20T23:30Z")]
    [InlineData("The aircraft landed at 0900 AWST on 3 March 2025, officials said.", "2025-03-03T01:00Z")]
    [InlineData("Fighters were scrambled at 0600 AKST on 10 February 2025 over the strait.", "2025-02-10T15:00Z")]
    [InlineData("Fighters were scrambled at 0600 AKDT on 10 July 2025 over the strait.", "2025-07-10T14:00Z")]
    [InlineData("The blast was heard at 1400 SAST on 5 May 2025 in the township.", "2025-05-05T12:00Z")]
    [InlineData("The convoy was hit at 1100 TRT on 5 May 2025 near the border.", "2025-05-05T08:00Z")]
    [InlineData("The tanker was seized at 0700 GST on 5 May 2025 in the strait.", "2025-05-05T03:00Z")]
    [InlineData("The attack began at 0430 AFT on 5 May 2025, police said.", "2025-05-05T00:00Z")]
    [InlineData("The quake struck at 1145 NPT on 5 May 2025 in the valley.", "2025-05-05T06:00Z")]
    [InlineData("The airstrike hit at 2320 MMT on 12 April 2025, residents said.", "2025-04-12T16:50Z")]
    [InlineData("The water cannon was fired at 1310 PHT on 11 August 2025, the coast guard said.", "2025-08-11T05:10Z")]
    // Zones of Russia, Central Asia, South America, the Atlantic islands and the Pacific, each through its IANA zone.
    [InlineData("The vessel sent a mayday at 4:12 a.m. NST on 30 November 2026.", "2026-11-30T07:42Z")]
    [InlineData("The vessel sent a mayday at 4:12 a.m. NDT on 30 July 2026.", "2026-07-30T06:42Z")]
    [InlineData("The depot burned from 19:40 YAKT on 26 January 2026.", "2026-01-26T10:40Z")]
    [InlineData("The refinery was hit at 02:40 SAMT on 25 November 2026.", "2026-11-24T22:40Z")]
    [InlineData("Shelling began at 23:50 AMT on 19 February 2026 near the border with Azerbaijan.", "2026-02-19T19:50Z")]
    [InlineData("The blockade began at 06:00 PET on 2 June 2026.", "2026-06-02T11:00Z")]
    [InlineData("The fire started at 21:40 EASST on 4 April 2026 near Hanga Roa.", "2026-04-05T02:40Z")]
    [InlineData("The tremor came at 03:12 AZOST on 1 September 2026.", "2026-09-01T03:12Z")]
    [InlineData("The aircraft overran the runway at 3:05 p.m. TOT on 29 July 2026.", "2026-07-29T02:05Z")]
    public void ZoneAbbreviations_ConvertWithTheirRealOffset(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    [Theory]
    // 15 March 2025 is a Saturday; the evening of a night "into Saturday" is Friday's.
    [InlineData("Drones were shot down overnight into Saturday, March 15, 2025, between 2300 and 0300 GMT, the mayor said.", "2025-03-14T23:00Z")]
    [InlineData("Air defences fired through the night to Saturday, March 15, 2025, from 2230 GMT, officials said. Flights resumed at 0545 GMT.", "2025-03-14T22:30Z|2025-03-15T05:45Z")]
    [InlineData("On Saturday, March 15, 2025, shelling began at 2300 GMT and ended at 0300 GMT, officials said.", "2025-03-15T23:00Z|2025-03-16T03:00Z")]
    // A range with its day written after its end: a range that passes midnight began the day before that day; one that
    // does not began on it.
    [InlineData("Air-raid sirens sounded from 23:25 until 01:40 GMT on Monday, March 17, 2025, officials said.", "2025-03-16T23:25Z")]
    [InlineData("Drones were shot down between 2245 and 0210 GMT on March 17, 2025, the mayor said.", "2025-03-16T22:45Z")]
    [InlineData("Air-raid sirens sounded from 09:25 until 11:40 GMT on Monday, March 17, 2025, officials said.", "2025-03-17T09:25Z")]
    public void NightIntoADay_EveningClocksAreTheDayBefore(string body, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body)));
    }

    [Theory]
    // Written on Sunday 19 April 2026 (Honduras, UTC−6) / Sunday 1 March 2026 (UTC): a future tense in Spanish,
    // Portuguese, French or Italian points a weekday forward; a curfew every night is a schedule; French hours written out.
    [InlineData("La policía se desplegará en San Pedro Sula a partir de las 6:00 a.m. del lunes, informó el gobierno.", "2026-04-19T08:30:00-06:00", "2026-04-20T12:00Z")]
    [InlineData("El Congreso celebrará una sesión extraordinaria en Tegucigalpa el martes, anunció su presidente.", "2026-04-19T08:30:00-06:00", "2026-04-21")]
    [InlineData("En San Pedro Sula regirá un toque de queda de 9:00 p.m. a 4:00 a.m. todas las noches, según el decreto.", "2026-04-19T08:30:00-06:00", "")]
    // A curfew's hours in Spanish and French, from one clock to the other, are a schedule; a site's update stamp in Spanish.
    [InlineData("Un coche bomba estalló en Guayaquil a las 21:40 del sábado. En Guayaquil ya rige un toque de queda nocturno de 22:00 a 05:00, vigente durante 60 días.", "2026-05-10T08:15:00-05:00", "2026-05-10T02:40Z")]
    [InlineData("Un coche bomba estalló en Guayaquil a las 21:40 del sábado. Rige un toque de queda desde las 22:00 hasta las 05:00.", "2026-05-10T08:15:00-05:00", "2026-05-10T02:40Z")]
    [InlineData("Une voiture piégée a explosé à Djibo à 21h40 samedi. Le couvre-feu est en vigueur de 22h00 à 5h00 dans la ville.", "2026-05-10T08:15:00+00:00", "2026-05-09T21:40Z")]
    [InlineData("Redacción · 10 de mayo de 2026 - 08:15 · Actualizado 10:02\n\nUn coche bomba estalló en Guayaquil a las 21:40 del sábado.", "2026-05-10T08:15:00-05:00", "2026-05-10T02:40Z")]
    [InlineData("O tráfego na província de Cabo Delgado será retomado às 06h00 de sábado, com escolta militar, anunciou a polícia.", "2026-04-19T08:30:00+02:00", "2026-04-25T04:00Z")]
    [InlineData("La route nationale 22 sera rouverte mardi à 8 heures, a précisé le gouverneur de Djibo.", "2026-03-01T10:00:00+00:00", "2026-03-03T08:00Z")]
    [InlineData("Les combats ont éclaté à Djibo vers 5 h 30 dimanche, selon des sources locales.", "2026-03-01T10:00:00+00:00", "2026-03-01T05:30Z")]
    [InlineData("Il valico di Gorizia riaprirà lunedì alle 9:00, ha detto la prefettura.", "2026-03-01T10:00:00+01:00", "2026-03-02T08:00Z")]
    [InlineData("In Cobasna kam es um 3.40 Uhr Ortszeit (2.40 Uhr MEZ) zu der Detonation, teilte die Regierung mit.", "2026-02-26T10:00:00+01:00", "2026-02-26T01:40Z")]
    [InlineData("Die Grenze wurde gegen 7:30 Uhr MEZ am 26. Februar 2026 geschlossen, teilte die Polizei mit.", "2026-02-26T10:00:00+01:00", "2026-02-26T06:30Z")]
    // A weekday with its date written after it is that date, not the weekday nearest the publication; the place after
    // a Romance preposition is the story's ("près de Tillabéri" in a story that names Mali and Burkina Faso).
    [InlineData("Le président a décrété un deuil national à compter du mercredi 11 février, selon un communiqué.", "2026-02-10T18:45:00+01:00", "2026-02-11")]
    [InlineData("El Congreso sesionará el lunes 16 de marzo, anunció su presidente.", "2026-03-10T08:30:00-06:00", "2026-03-16")]
    [InlineData("Un coche bomba explotó a las 21:40 del sábado 9 de mayo de 2026 frente a la comisaría de Guayaquil.", "2026-05-10T08:15:00-05:00", "2026-05-10T02:40Z")]
    [InlineData("Une position de l'armée a été attaquée dimanche 8 février 2026 vers 14h30 près de Tillabéri. La région, frontalière du Mali et du Burkina Faso, est sous état d'urgence.", "2026-02-10T18:45:00+01:00", "2026-02-08T13:30Z")]
    // The 24-hour clock in Italian, Spanish and Portuguese after the hour's article: dotted ("alle 1.40 di domenica") or
    // a whole hour ("martedì alle 15", "a las 9 de la mañana"); a count after the article is no clock.
    [InlineData("Tre droni sono stati avvistati sopra la base di Sigonella, in provincia di Siracusa, alle 1.40 di domenica, ha detto l'Enac.", "2026-03-30T09:00:00+02:00", "2026-03-29T00:40Z")]
    [InlineData("Dopo l'allarme a Siracusa, il ministro della Difesa riferirà in Senato martedì alle 15.", "2026-03-29T09:00:00+02:00", "2026-03-31T13:00Z")]
    [InlineData("El Congreso sesionará en Tegucigalpa el lunes a las 9 de la mañana, anunció su presidente.", "2026-04-19T08:30:00-06:00", "2026-04-20T15:00Z")]
    [InlineData("La policía de Tegucigalpa entregó víveres a las 15 familias desplazadas el lunes 20 de abril.", "2026-04-20T18:30:00-06:00", "2026-04-20")]
    public void WeekdaysAndClocksInOtherLanguages_FollowTheirTense(string body, string published, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body, published)));
    }

    [Theory]
    // A page that declares its story's own zone "unless stated": a zone one entry states is that entry's, the next entry's
    // bare clock is the page's again. A bare note in another zone on a foreign story's live page dates its entries only.
    [InlineData("All times Ecuador mainland time (ECT, UTC−5) unless stated.\n\n11:30 ECT\n\nThe navy seized a speedboat off San Cristóbal in the Galápagos at 6:45 a.m. Galápagos time.\n\n08:15 ECT\n\nPolice in Guayaquil confirm that armed men attacked the prison gate at 3:10 a.m. using explosives.", "2026-01-12T14:30:00-05:00", "2026-01-12T12:45Z|2026-01-12T08:10Z")]
    [InlineData("All times BST. Live coverage by the Europe desk.\n\n20:15\n\nThe governor of Kursk said shelling hit the town at 19:40 local time.\n\n20:30\n\nA second strike hit the town at 19:55, the governor said.", "2024-08-06T20:47:00+01:00", "2024-08-06T16:40Z|2024-08-06T16:55Z")]
    // A page declaring a fixed offset, its story's place known (the declaration is compared with the place's clock).
    [InlineData("All times are GMT+3.\n\n09:10\n\nPolice in Guayaquil said the prison gate was attacked at 03:10 local time.", "2026-01-12T14:30:00-05:00", "2026-01-12T08:10Z")]
    public void DeclaredPageZone_IsEachEntrysUnlessStated(string body, string published, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body, published, "Guayaquil Prison Attack: Live Updates")));
    }

    [Theory]
    // The part of the day after a clock in Spanish, Portuguese, French and Italian says a.m. or p.m.; an hour that
    // cannot be in it is no clock of the day.
    [InlineData("Varias explosiones sacudieron Maracay a las 8:30 de la noche del sábado, según vecinos.", "2026-06-14T09:00:00-04:00", "2026-06-14T00:30Z")]
    [InlineData("Varias explosiones sacudieron Maracay a las 2:30 de la madrugada del sábado, según vecinos.", "2026-06-14T09:00:00-04:00", "2026-06-13T06:30Z")]
    [InlineData("Varias explosiones sacudieron Maracay a las 4:15 de la tarde del sábado, según vecinos.", "2026-06-14T09:00:00-04:00", "2026-06-13T20:15Z")]
    [InlineData("Homens armados atacaram Pemba às 9:40 da noite de sábado, disse a polícia.", "2026-06-14T09:00:00+02:00", "2026-06-13T19:40Z")]
    [InlineData("Des tirs ont visé Tombouctou à 7h30 du soir samedi, selon des habitants.", "2026-06-14T09:00:00+00:00", "2026-06-13T19:30Z")]
    [InlineData("Un drone ha colpito Zvečan alle 9:15 di sera di sabato, ha detto la polizia.", "2026-06-14T09:00:00+02:00", "2026-06-13T19:15Z")]
    public void DayPartsInOtherLanguages_SayMorningOrEvening(string body, string published, string expected)
    {
        Assert.Equal(expected, Keys(Understand(body, published)));
    }

    [Fact]
    public void YearTypo_ContradictingTheTimeline_IsCorrectedAndReported()
    {
        var u = Understand("At 1530 EST on November 13th, 2023, the army moved on the town. By 1730 EST, it held the centre. By 1246 EST on November 14th, 2022, the rebel coalition said its fighters had pulled out.");
        Assert.Equal("2023-11-13T20:30Z|2023-11-13T22:30Z|2023-11-14T17:46Z", Keys(u));
        Assert.Contains(u.Warnings, w => w.Contains("November 14th, 2022", StringComparison.Ordinal) && w.Contains("2023-11-14", StringComparison.Ordinal));
    }

    [Fact]
    public void PublishedFarFromEveryStoryDate_IsIgnoredForTheTimeline()
    {
        // e.g. a file's modification time passed as the publication time years later
        var u = Understand("At 1530 EST on November 13th, 2023, the army moved on the town. By 1730 EST, it held the centre. Yesterday the rebels denied it.", "2026-11-24T08:00:00Z");
        Assert.Equal("2023-11-13T20:30Z|2023-11-13T22:30Z|2023-11-12", Keys(u));
        Assert.Contains(u.Warnings, w => w.Contains("far from every date", StringComparison.Ordinal));
    }

    [Fact]
    public void YearTypo_AcrossNewYear_IsCorrected()
    {
        var u = Understand("At 2200 GMT on December 31, 2023, the shelling began. At 0300 GMT on January 1, 2023, it stopped.");
        Assert.Equal("2023-12-31T22:00Z|2024-01-01T03:00Z", Keys(u));
        Assert.NotEmpty(u.Warnings);
    }

    [Fact]
    public void EstWrittenInJuly_IsReadAsEasternDaylightTime_AndFlagged()
    {
        var u = Understand("The fire was reported at 1530 EST on July 4, 2024, at the depot.");
        Assert.Equal("2024-07-04T19:30Z", Keys(u));
        Assert.Contains(u.Warnings, w => w.StartsWith("EST written for 2024-07-04", StringComparison.Ordinal));
    }

    [Fact]
    public void GenericEasternTime_InSummer_IsNotFlagged()
    {
        var u = Understand("The fire was reported at 3:30 p.m. ET on July 4, 2024, at the depot.");
        Assert.Equal("2024-07-04T19:30Z", Keys(u));
        Assert.DoesNotContain(u.Warnings, w => w.Contains("written for", StringComparison.Ordinal));
    }

    [Fact]
    public void LocalTime_UsesTheArticlesMainPlace()
    {
        var u = Understand("Russian missiles struck Odesa at 0400 local time on June 10, 2024, Ukrainian officials in Odesa said.");
        Assert.Equal("2024-06-10T01:00Z", Keys(u));
    }

    [Fact]
    public void KeyTime_CarriesSourceTextAndAShortEventPhrase()
    {
        var u = Understand("At approximately 1530 EST on November 13th, 2023, the army said its columns had reached the southern edge of Kidal after a night of air strikes on rebel positions.");
        var k = Assert.Single(u.KeyTimes);
        Assert.Equal("1530 EST on November 13th, 2023", k.Text);
        Assert.StartsWith("The army said its columns had reached", k.Event, StringComparison.Ordinal);
        Assert.True(k.Event.Length <= 80, k.Event);
        Assert.False(k.IsDateOnly);
    }

    [Theory]
    // The event phrase starts after a wire dateline, not with it.
    [InlineData("KHARKIV, Ukraine - Gunmen attacked the post at 0400 GMT on 3 March 2026, police said.", "Gunmen attacked the post")]
    [InlineData("PORT-AU-PRINCE, April 1, 2026 (Agency) -- Gangs stormed the town at 0630 GMT, officials said.", "Gangs stormed the town")]
    [InlineData("Goma (Agency) – Rebels entered the airport at 0600 GMT on 3 March 2026, the army said.", "Rebels entered the airport")]
    [InlineData("Troops and rebels - both sides - clashed at 0600 GMT on 3 March 2026, the army said.", "Troops and rebels - both sides - clashed")]
    public void EventPhrase_StartsAfterTheDateline(string body, string expected)
    {
        Assert.Equal(expected, Assert.Single(Understand(body).KeyTimes).Event);
    }

    [Fact]
    public void TimesWithNoDateAnywhere_AreLeftOutWithAWarning()
    {
        var u = Understand("Sirens sounded at 1530 GMT across the city, officials said.");
        Assert.Empty(u.KeyTimes);
        Assert.Contains(u.Warnings, w => w.Contains("no date", StringComparison.Ordinal));
    }

    [Fact]
    public void MachineClockAndZone_AreNeverUsed()
    {
        var before = TimeZoneInfo.Local;
        var u = Understand("Rebels attacked the town on Tuesday at 0600 local time, residents of Kidal said.", "2024-05-22T23:30:00Z");
        Assert.Equal("2024-05-21T06:00Z", Keys(u));
        Assert.Same(before, TimeZoneInfo.Local);
    }
}
