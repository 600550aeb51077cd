using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>The offset a publication stamp is written with: the publisher's own clock, when it is not UTC.</summary>
public sealed class PublicationOffsetTests
{
    [Theory]
    [InlineData("2025-01-15T10:05:00+01:00", 60)]
    [InlineData("2025-01-15T10:05:00.123+05:30", 330)]
    [InlineData("2025-01-15T10:05-05:00", -300)]
    [InlineData("2025-01-15 10:05:00 +0200", 120)]
    [InlineData("Tue, 05 Mar 2024 14:20:00 +0300", 180)]
    [InlineData("Tue, 05 Mar 2024 14:20:00 -0800", -480)]
    [InlineData("  2025-01-15T10:05:00+13:45  ", 825)]
    [InlineData("2025-01-15T10:05:00Z", null)]
    [InlineData("2025-01-15T10:05:00+00:00", null)]
    [InlineData("Tue, 05 Mar 2024 14:20:00 GMT", null)]
    [InlineData("Tue, 05 Mar 2024 14:20:00 +0000", null)]
    [InlineData("2025-01-15", null)]
    [InlineData("2025-01-15 10:05", null)]
    [InlineData("Published 29/08/2025, 11h05", null)]
    [InlineData("2025-01-15T10:05:00+15:00", null)] // no zone is that far from UTC
    [InlineData("2025-01-15T10:05:00+1:00", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void WrittenOffset_IsTheStampsOwnOffset(string? stamp, int? minutes)
    {
        Assert.Equal(minutes is { } m ? TimeSpan.FromMinutes(m) : null, Dates.WrittenOffset(stamp));
    }
}
