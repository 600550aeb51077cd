namespace AlertBot.Core.Tests.Understand;

/// <summary>Schedules are not events: one row per phrasing of a recurring time, beside the event the story reports.</summary>
public sealed class RecurrenceTests
{
    private const string Event = "Shelling hit the port at 0530 GMT on March 3, 2025, officials said. ";

    [Theory]
    [InlineData("A curfew from 2100 to 0600 local time remains in force.")]
    [InlineData("The army imposed a curfew between 2200 and 0500 GMT.")]
    [InlineData("A curfew from 2100 local time to 0600 remains in force.")]
    [InlineData("A curfew from 9 p.m.–5 a.m. remains in force.")]
    [InlineData("Checkpoints close from 1900 to 0700 GMT daily.")]
    [InlineData("Patrols leave the base each night at 2300 GMT.")]
    [InlineData("The market is shut every evening at 1800 GMT.")]
    [InlineData("Convoys have been attacked every Thursday since the siege began.")]
    [InlineData("Drones have come on Tuesday nights for a month.")]
    [InlineData("Briefings are held each Monday in the capital.")]
    [InlineData("Two new flights leave the capital on Monday and Tuesday nights from April.")]
    [InlineData("Patrols cross the bridge on Friday, Saturday or Sunday mornings.")]
    [InlineData("The consulate's hotline is open Monday–Friday, 08:00–17:00 GMT.")]
    [InlineData("Family visits, normally held Tuesdays and Thursdays from 0900 to 1300 GMT, are suspended.")]
    [InlineData("The service centre answers Monday through Sunday, 0700 to 2200 GMT.")]
    [InlineData("Clocks go forward at 03:00 tonight, the ministry reminded residents.")]
    [InlineData("Siren tests take place on the first Wednesday of each month at 12:00 local time.")]
    [InlineData("Volunteers meet on the last Friday of every month in the town hall.")]
    public void RecurringTime_IsNoKeyTime_TheEventStays(string schedule)
    {
        var u = KeyTimeTests.Understand(Event + schedule);
        Assert.Equal(["2025-03-03T05:30Z"], u.KeyTimes.Select(k => k.UtcText));
    }

    [Theory]
    [InlineData("A curfew was imposed at 1800 GMT on March 3, 2025 across the city.", "2025-03-03T18:00Z")]
    [InlineData("The gates opened at 0600 GMT on March 4, 2025 for the first convoy.", "2025-03-04T06:00Z")]
    // A curfew from an hour of a named day on is one curfew, starting then; its nightly hours are a schedule.
    [InlineData("The governor ordered a 24-hour curfew from 0600 GMT on March 4, 2025 to allow a search.", "2025-03-04T06:00Z")]
    [InlineData("A curfew in the city from 6 a.m. GMT on March 4, 2025 was ordered by the army.", "2025-03-04T06:00Z")]
    public void OneOffTime_NearAScheduleWord_StaysAKeyTime(string sentence, string expected)
    {
        var u = KeyTimeTests.Understand(sentence);
        Assert.Equal([expected], u.KeyTimes.Select(k => k.UtcText));
    }
}

/// <summary>Dates an agreement was made or began are context, not events.</summary>
public sealed class AgreementDateTests
{
    private const string Event = "Shelling hit the port at 0530 GMT on March 3, 2025, officials said. ";

    [Theory]
    [InlineData("It broke a ceasefire that took effect on 27 November 2024.")]
    [InlineData("The truce agreed on 12 February 2025 has not held.")]
    [InlineData("Under the accord signed on February 20, 2025, the port is demilitarised.")]
    [InlineData("The deal brokered by Qatar on 19 January 2025 had reopened the crossing.")]
    public void AgreementDate_IsNoKeyTime(string sentence)
    {
        var u = KeyTimeTests.Understand(Event + sentence);
        Assert.Equal(["2025-03-03T05:30Z"], u.KeyTimes.Select(k => k.UtcText));
    }

    [Theory]
    [InlineData("The truce agreed on 12 February 2025 broke down on March 4, 2025, officials said.", "2025-03-04")]
    [InlineData("A deal signed in Doha on 20 February 2025 collapsed on 4 March 2025.", "2025-03-04")]
    public void EventDate_AfterTheAgreementsOwnDate_Stays(string sentence, string expected)
    {
        var u = KeyTimeTests.Understand(sentence);
        Assert.Equal([expected], u.KeyTimes.Select(k => k.UtcText));
    }

    [Fact]
    public void EventDate_AfterAnAgreementsName_InAnotherClause_Stays()
    {
        var u = KeyTimeTests.Understand("The ceasefire collapsed. Rebels attacked the airport on March 4, 2025, officials said.");
        Assert.Contains("2025-03-04", u.KeyTimes.Select(k => k.UtcText));
    }
}

/// <summary>The part of the day written after a clock, and "later on" the day of writing.</summary>
public sealed class DayPartTests
{
    [Theory]
    [InlineData("The raid began at 0230 GMT on Tuesday, June 10, 2025 — 5:30 in the morning local time in Baghdad — officials said.", "2025-06-10T02:30Z")]
    [InlineData("The drones came at 9:15 in the evening GMT on 3 May 2025, residents said.", "2025-05-03T21:15Z")]
    [InlineData("The ship docked at 6:40 in the morning GMT on 3 May 2025.", "2025-05-03T06:40Z")]
    public void DayPart_SaysAmOrPm(string body, string expected)
    {
        Assert.Equal(expected, string.Join("|", KeyTimeTests.Understand(body).KeyTimes.Select(k => k.UtcText)));
    }
}
