namespace AlertBot.Core.Tests.Understand;

/// <summary>Schedules are not events: one row per phrasing of a recurring time, beside the event the story reports.</summary>
public sealed class RecurrenceTests
{
    private const string Event = "Shelling hit the port at 0530 GMT on March 3, 2025, officials said. ";

    [Theory]
    [InlineData("A curfew from 2100 to 0600 local time remains in force.")]
    [InlineData("The army imposed a curfew between 2200 and 0500 GMT.")]
    [InlineData("Checkpoints close from 1900 to 0700 GMT daily.")]
    [InlineData("Patrols leave the base each night at 2300 GMT.")]
    [InlineData("The market is shut every evening at 1800 GMT.")]
    [InlineData("Convoys have been attacked every Thursday since the siege began.")]
    [InlineData("Drones have come on Tuesday nights for a month.")]
    [InlineData("Briefings are held each Monday in the capital.")]
    public void RecurringTime_IsNoKeyTime_TheEventStays(string schedule)
    {
        var u = KeyTimeTests.Understand(Event + schedule);
        Assert.Equal(["2025-03-03T05:30Z"], u.KeyTimes.Select(k => k.UtcText));
    }

    [Theory]
    [InlineData("A curfew was imposed at 1800 GMT on March 3, 2025 across the city.", "2025-03-03T18:00Z")]
    [InlineData("The gates opened at 0600 GMT on March 4, 2025 for the first convoy.", "2025-03-04T06:00Z")]
    public void OneOffTime_NearAScheduleWord_StaysAKeyTime(string sentence, string expected)
    {
        var u = KeyTimeTests.Understand(sentence);
        Assert.Equal([expected], u.KeyTimes.Select(k => k.UtcText));
    }
}
