using System.Globalization;
using AlertBot.Core.Route;

namespace AlertBot.Core.Tests.Route;

public sealed class DeliveryPlannerTests
{
    [Theory]
    // zone, quiet, now (UTC), expected due (UTC) — hold policy
    [InlineData("Europe/Kyiv", "23:00-07:00", "2024-06-01T21:30:00Z", "2024-06-02T04:00:00Z")] // 00:30 EEST → 07:00 EEST
    [InlineData("Europe/Kyiv", "23:00-07:00", "2024-06-01T12:00:00Z", "2024-06-01T12:00:00Z")] // outside: now
    [InlineData("America/New_York", "22:00-06:00", "2024-03-10T05:00:00Z", "2024-03-10T10:00:00Z")] // night of the spring-forward: 06:00 EDT
    [InlineData("America/New_York", "22:00-06:00", "2024-11-03T05:00:00Z", "2024-11-03T11:00:00Z")] // night of the fall-back: 06:00 EST
    [InlineData("Europe/London", "00:30-01:30", "2024-03-31T00:45:00Z", "2024-03-31T01:00:00Z")] // end falls in the skipped hour: first valid time after
    [InlineData("Etc/UTC", "09:00-10:00", "2024-01-01T09:59:00Z", "2024-01-01T10:00:00Z")]
    public void Plan_HoldQuietHours_DueAtTheEndOfQuietInTheChatsZone(string zone, string quiet, string now, string expected)
    {
        var chat = Chat(zone, quiet, QuietPolicy.Hold);

        var plan = DeliveryPlanner.Plan(chat, Parse(now));

        Assert.Equal(Parse(expected), plan.Due);
        Assert.False(plan.Silent);
    }

    [Fact]
    public void Plan_SilentQuietHours_SendsNowWithoutSound()
    {
        var plan = DeliveryPlanner.Plan(Chat("Europe/Kyiv", "23:00-07:00", QuietPolicy.Silent), Parse("2024-06-01T21:30:00Z"));

        Assert.Equal(Parse("2024-06-01T21:30:00Z"), plan.Due);
        Assert.True(plan.Silent);
    }

    [Fact]
    public void Plan_DigestChat_IsHeldForTheDigest()
    {
        var chat = Chat("Etc/UTC", null, QuietPolicy.Hold) with { Mode = DeliveryMode.Digest, DigestAt = new TimeOnly(7, 0) };

        Assert.True(DeliveryPlanner.Plan(chat, Parse("2024-06-01T21:30:00Z")).HeldForDigest);
    }

    private static ChatSettings Chat(string zone, string? quiet, QuietPolicy policy) => new()
    {
        Id = 1,
        Kind = ChatKind.Private,
        Title = "t",
        TimeZone = zone,
        Quiet = quiet is null
            ? null
            : new QuietHours(TimeOnly.Parse(quiet[..5], CultureInfo.InvariantCulture), TimeOnly.Parse(quiet[6..], CultureInfo.InvariantCulture), policy),
    };

    private static DateTimeOffset Parse(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture);
}
