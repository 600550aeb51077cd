using System.Text;
using System.Text.Json;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>
/// Which way a bare weekday points, one row per phrasing, in a JSON article published on Monday 10 March 2025
/// 12:00 UTC (the weekdays around it: Thu 6, Fri 7, Sat 8, Sun 9 | Wed 12, Thu 13, Fri 14, Sat 15, Sun 16 March).
/// </summary>
public sealed class TenseTests
{
    private const string Published = "2025-03-10T12:00:00Z";
    private static readonly ArticleUnderstander Understander = new();

    [Theory]
    // Announced: the coming day.
    [InlineData("Peace talks are set to resume on Thursday in Geneva, the mediators said.", "2025-03-13")]
    [InlineData("The sale of the shipyard is scheduled to close Friday, the ministry said.", "2025-03-14")]
    [InlineData("The king will meet the envoy on Thursday in the capital.", "2025-03-13")]
    // A verb after "to" takes its tense from the one governing it: ordered to leave (past), is to leave, plans to leave.
    [InlineData("Residents were ordered to leave their homes Thursday afternoon as the fire spread, officials said.", "2025-03-06")]
    [InlineData("The delegation plans to leave on Thursday for Geneva, the ministry said.", "2025-03-13")]
    [InlineData("The envoy is to leave on Thursday for Geneva, the ministry said.", "2025-03-13")]
    [InlineData("The violence came as the council prepared to vote at 10 a.m. GMT Thursday on a resolution.", "2025-03-13T10:00Z")]
    // A forecast points forward: "expects … to peak on Tuesday", "is forecast to make landfall on Thursday".
    [InlineData("The flood service expects the river to peak on Thursday at around 0800 GMT at 11 metres.", "2025-03-13T08:00Z")]
    [InlineData("The storm is forecast to make landfall on Thursday, the weather office said.", "2025-03-13")]
    [InlineData("The agency predicts heavy snow on Friday across the north.", "2025-03-14")]
    [InlineData("The council said a ceasefire would take effect at 0600 GMT on Wednesday across the front.", "2025-03-12T06:00Z")]
    [InlineData("The evacuation order takes effect at noon GMT on Friday in four districts.", "2025-03-14T12:00Z")]
    [InlineData("The vote on the truce was postponed to Saturday by the assembly.", "2025-03-15")]
    [InlineData("The parliament is to debate the mobilisation law on Wednesday, its speaker said.", "2025-03-12")]
    [InlineData("A frigate is due to take over the escort at 0900 GMT on Sunday off the coast.", "2025-03-16T09:00Z")]
    [InlineData("Polling stations open Sunday across the country under heavy guard.", "2025-03-16")]
    [InlineData("The envoys meet separately Thursday with the defence minister.", "2025-03-13")]
    // An intention in the past, a reported clause after "that", an -ed adjective, a.m./p.m. in the window.
    [InlineData("Both sides agreed to hold talks in the border town on Thursday, the mediators said.", "2025-03-13")]
    [InlineData("Officials had decided that the bridge would reopen for traffic on Friday.", "2025-03-14")]
    [InlineData("The rebels' leader would announce his terms in a televised address on Wednesday.", "2025-03-12")]
    [InlineData("The envoy will take questions on the truce at a news conference at 10 a.m. GMT on Thursday.", "2025-03-13T10:00Z")]
    [InlineData("An armed group stormed the prison on Saturday, guards said.", "2025-03-08")]
    // A time something is set for; a passive future; brackets and quotations closed inside the clause.
    [InlineData("A meeting of the two commanders has been proposed for 11am GMT on Thursday.", "2025-03-13T11:00Z")]
    [InlineData("A funeral for the soldiers killed will be held in the capital on Friday.", "2025-03-14")]
    [InlineData("The minister will meet the envoy at noon (1000 GMT) on Wednesday, his office said.", "2025-03-12T10:00Z")]
    [InlineData("The group would announce \"a new phase\" in a speech on Thursday, its spokesman said.", "2025-03-13")]
    // Announced for the weekday of writing: that same day (news names today by its weekday).
    [InlineData("The council will meet at 1800 GMT on Monday to discuss the truce.", "2025-03-10T18:00Z")]
    [InlineData("The council will meet next Monday to discuss the truce.", "2025-03-17")]
    [InlineData("A truce brokered by tribal elders took effect at 9 a.m. local time (0600 GMT) on Sunday, the agency said.", "2025-03-09T06:00Z")]
    [InlineData("A truce brokered by tribal elders took effect at 0600 GMT (0900 local) on Sunday, the agency said.", "2025-03-09T06:00Z")]
    [InlineData("The shelling of the town lasted until 0400 GMT on Saturday, residents said.", "2025-03-08T04:00Z")]
    // An order's start, and a measure taken until a day, lie ahead of it; a state that went on until a day is over.
    [InlineData("The governor ordered a 24-hour curfew in the city from 6 a.m. GMT on Wednesday, his office said.", "2025-03-12T06:00Z")]
    [InlineData("The army imposed a ban on gatherings starting Friday across the province.", "2025-03-14")]
    [InlineData("The command has ordered a curfew beginning at 1800 GMT on Thursday in the district.", "2025-03-13T18:00Z")]
    [InlineData("The airline said it had suspended flights to the city until Friday.", "2025-03-14")]
    [InlineData("The commissioner said the airport would remain closed until 6 a.m. GMT on Saturday.", "2025-03-15T06:00Z")]
    [InlineData("Heavy fighting continued until Saturday, residents said.", "2025-03-08")]
    [InlineData("The index shed 47.3 points to close at 2082.1, down 4.5% from the previous Friday, traders said.", "2025-03-07")]
    // A measure's start is ahead of the writing, or yesterday; a decimal point does not end the clause.
    [InlineData("The army imposed a curfew across the valley from 10 p.m. GMT on Sunday until 6 a.m., officials said.", "2025-03-09T22:00Z")]
    [InlineData("The governor ordered a curfew from 6 a.m. GMT on Tuesday, his office said.", "2025-03-11T06:00Z")]
    [InlineData("The commander will brief reporters on security operations in the province at 13.00 GMT on Wednesday, his office said.", "2025-03-12T13:00Z")]
    [InlineData("A warning that the exercise would take place was first broadcast at about 9.58am GMT on Friday, officials said.", "2025-03-07T09:58Z")]
    [InlineData("Shelling of the town began at 6 a.m. GMT on Sunday, the army said.", "2025-03-09T06:00Z")]
    // Reported: the day that has passed.
    [InlineData("The king met the envoy on Thursday in the capital, his office said.", "2025-03-06")]
    [InlineData("Officials said Thursday that the troops will withdraw from the border.", "2025-03-06")]
    [InlineData("The offer to the garrison had been due to expire Friday, the mediators said.", "2025-03-07")]
    [InlineData("The ground offensive began as previously planned on Saturday, the army said.", "2025-03-08")]
    [InlineData("Rebels shelled the town on Sunday, residents said.", "2025-03-09")]
    [InlineData("Fighting resumed Thursday after a two-day lull, the governor said.", "2025-03-06")]
    // A scheduling verb's form after a determiner is a noun, not an arrangement.
    [InlineData("At the close of trading Thursday, the rouble had lost a fifth of its value.", "2025-03-06")]
    [InlineData("By the end of fighting Friday, the rebels held the bridge, the army said.", "2025-03-07")]
    [InlineData("After the start of shelling Saturday, residents fled the district.", "2025-03-08")]
    public void BareWeekday_PointsTheWayItsClauseSays(string sentence, string expected)
    {
        Assert.Equal(expected, Keys(Json(sentence)));
    }

    [Theory]
    // A limit set at midnight on a named day is that day's end (the next day's 00:00), whatever the tense.
    [InlineData("The ultimatum to the garrison expires at midnight GMT on Friday, the mediators said.", "2025-03-15T00:00Z")]
    [InlineData("The offer had been scheduled to expire at midnight GMT Friday, the mediators said.", "2025-03-08T00:00Z")]
    [InlineData("The deadline for the convoy falls at midnight GMT on Wednesday, March 12.", "2025-03-13T00:00Z")]
    // An event at midnight is the first minute of the day named.
    [InlineData("Shelling hit the port at midnight GMT on Friday, residents said.", "2025-03-07T00:00Z")]
    public void MidnightOfANamedDay_IsItsEnd_OnlyForALimit(string sentence, string expected)
    {
        Assert.Equal(expected, Keys(Json(sentence)));
    }

    [Theory]
    // "today"/"tomorrow" that name an age or a title are no day.
    [InlineData("Weapons of tomorrow were shown at the fair, and troops shelled the port on Sunday.", "2025-03-09")]
    [InlineData("In today's world the port matters, and troops shelled it on Sunday.", "2025-03-09")]
    [InlineData("Troops shelled the port on Sunday, Kyiv Today reported.", "2025-03-09")]
    // A day all the same.
    [InlineData("Troops shelled the port today, the governor said.", "2025-03-10")]
    [InlineData("Today's shelling hit the port, the governor said.", "2025-03-10")]
    public void TodayAndTomorrow_AsAnAgeOrATitle_AreNoDay(string sentence, string expected)
    {
        Assert.Equal(expected, Keys(Json(sentence)));
    }

    [Theory]
    // A date written next to its weekday is that date, with or without punctuation after it.
    [InlineData("The council met on Saturday, March 8: it voted to extend the truce.", "2025-03-08")]
    [InlineData("The council met on Saturday, March 8; it voted to extend the truce.", "2025-03-08")]
    [InlineData("The council meets on Saturday, March 15: a vote is expected.", "2025-03-15")]
    public void WeekdayWithItsDate_IsTheDate(string sentence, string expected)
    {
        Assert.Equal(expected, Keys(Json(sentence)));
    }

    [Theory]
    // The day something was said about the story is not one of its events.
    [InlineData("Rebels attacked the post at 0400 GMT on Saturday, security sources told AFP on Monday.", "2025-03-08T04:00Z")]
    [InlineData("The ministry said on Sunday that drones struck the depot at 2300 GMT on Saturday.", "2025-03-08T23:00Z")]
    [InlineData("A drone crossed the border at 1842 GMT on Friday, the Border Guard said Sunday.", "2025-03-07T18:42Z")]
    [InlineData("The army on Sunday said rebels fired on its posts at 2220 GMT on Saturday.", "2025-03-08T22:20Z")]
    // Where it was said may stand between the verb and the day.
    [InlineData("A train derailed at 1120 GMT on Friday. The operator said in a statement on Sunday that the line would reopen.", "2025-03-07T11:20Z")]
    [InlineData("Rebels fired on the post at 0300 GMT on Friday, the governor told a news conference on Sunday.", "2025-03-07T03:00Z")]
    // An announcement is news of its own ("the accord, announced on Friday").
    [InlineData("Shells hit the port at 2200 GMT on Friday, and a truce was announced on Sunday.", "2025-03-07T22:00Z|2025-03-09")]
    // A day that is an event stays.
    [InlineData("The army shelled the town on Sunday, killing two, the ministry said.", "2025-03-09")]
    [InlineData("The ministry said the army shelled the town in a raid on Sunday.", "2025-03-09")]
    public void DayOfSaying_IsNoKeyTime(string sentence, string expected)
    {
        Assert.Equal(expected, Keys(Json(sentence)));
    }

    [Fact]
    public void DateManyYearsOffTheTimeline_IsHistory_NotATypo()
    {
        // Only a date one year off the story's timeline can be a typo; fifteen years off, it is history.
        var u = Json("The astronaut flew on March 6, 2010, and landed on March 9, 2010. On March 5, 2025, he was promoted.");

        Assert.DoesNotContain("2010-03-05", u.KeyTimes.Select(k => k.UtcText));
    }

    [Fact]
    public void RelativeDays_KeepTheArticlesOwnPublicationDay_WhenEveryFullDateIsHistory()
    {
        // The only full date is decades old; "yesterday" is still said from the day the article was published.
        var u = Json("Troops entered the town yesterday, the army said. The treaty of March 3, 1946 still governs the border there.");

        Assert.Contains("2025-03-09", u.KeyTimes.Select(k => k.UtcText));
        Assert.DoesNotContain("1946-03-02", u.KeyTimes.Select(k => k.UtcText));
    }

    [Theory]
    // One date far from the article's own publication is the history it cites, however the story is written.
    [InlineData("A quake struck at 0312 GMT on Friday. The islands were devastated by the tsunami of 26 December 2004.", "2025-03-07T03:12Z")]
    [InlineData("The bonds, due Oct. 15, 2031, were sold on Friday.", "2025-03-07")]
    public void OneFarDate_AgainstTheArticlesPublication_IsHistory(string sentence, string expected)
    {
        Assert.Equal(expected, Keys(Json(sentence)));
    }

    [Theory]
    // A numeric date that reads both ways, in a date line with its weekday or its written date, is that reading.
    [InlineData("Port Blair, 03/02/2026 (Tuesday, 3 February)", "2026-02-02T21:42Z")]
    [InlineData("Port Blair, 03/02/2026 (Tuesday)", "2026-02-02T21:42Z")]
    [InlineData("Port Blair, 02/03/2026 (3 February)", "2026-02-02T21:42Z")]
    public void NumericDateLine_ReadsAsItsWeekdaySays(string dateLine, string expected)
    {
        var text = "PIB / ISLANDS ADMINISTRATION\n" + dateLine + "\n\nStrong tremor rattles the islands\n\nAn earthquake was recorded at 0312 hrs IST on Tuesday, the seismology centre said. Residents returned home.";
        var u = Understander.Understand(new SourceDocument("a.txt", Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, Keys(u));
    }

    private static Understanding Json(string body) =>
        Understander.Understand(new SourceDocument("tense.json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            title = "Flash Report From The Front Line",
            published = Published,
            body = body + "\n\nOfficials said more details would follow as the situation develops on the ground.",
        }))));

    private static string Keys(Understanding u) => string.Join("|", u.KeyTimes.Select(k => k.UtcText));
}

/// <summary>Rules from blind round 4, one row per phrasing (after its first run was recorded).</summary>
public sealed class WireStyleTests
{
    [Theory]
    // "a.m." does not end the clause: "scheduled" still announces the coming Friday (published Friday 31 Oct 2025).
    [InlineData("The destroyer is scheduled to pull into the base at 9 a.m. GMT Friday, the navy said.", "2025-10-31T12:00:00Z", "2025-11-07T09:00Z")]
    // After "local (GMT)", the writer's clocks are local: Baghdad is UTC+3.
    [InlineData("Drones were shot down over Erbil, Iraq, at 9:20 p.m. (1820 GMT) on Tuesday, July 1, 2025. A second drone was downed at 11:55 p.m., officials said.", "2025-07-02T06:00:00Z", "2025-07-01T18:20Z|2025-07-01T20:55Z")]
    // "The previous evening" is the day before the story's date.
    [InlineData("On Monday, March 10, 2025, the governor said shelling had hit the market the previous evening, at around 2200 GMT.", "2025-03-10T12:00:00Z", "2025-03-10|2025-03-09T22:00Z")]
    // A nightly curfew's hours, written in a.m./p.m., are a schedule.
    [InlineData("Rebels attacked the airport at 0530 GMT on March 3, 2025. A nightly curfew from 10 p.m. to 4 a.m. GMT was imposed.", "2025-03-04T12:00:00Z", "2025-03-03T05:30Z")]
    public void WireStyle_ReadsAsWritten(string body, string published, string expected)
    {
        var u = KeyTimeTests.Understand(body, published);
        Assert.Equal(expected, string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
    }
}
