using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

public sealed class NearDuplicatesTests
{
    private static Understanding Article(string headline, string body) => new()
    {
        Headline = headline,
        Summary = "",
        KeyTimes = [],
        Topics = [],
        IsAlert = true,
        Warnings = [],
        Body = body,
    };

    private const string Body =
        "Rebel fighters shelled the airport outside the provincial capital on Saturday morning, damaging the runway and a fuel depot, the regional governor said. "
        + "The first rounds landed near the control tower, according to the governor. Flights were suspended for the rest of the day and two aid convoys were turned back.";

    [Fact]
    public void Similarity_OfTwoWordsChangedInSixty_IsHigh()
    {
        var a = NearDuplicates.Signature(Article("Rebels Shell Airport", Body))!;
        var b = NearDuplicates.Signature(Article("Rebels Shell Airport", Body.Replace("suspended", "halted", StringComparison.Ordinal).Replace("morning", "early", StringComparison.Ordinal)))!;

        Assert.InRange(NearDuplicates.Similarity(a, b), 0.6, 0.95);
        Assert.Contains(NearDuplicates.BandKeys(a), NearDuplicates.BandKeys(b).Contains);
    }

    [Fact]
    public void Similarity_OfUnrelatedStories_IsLow()
    {
        var a = NearDuplicates.Signature(Article("Rebels Shell Airport", Body))!;
        var b = NearDuplicates.Signature(Article("Coast Guard Intercepts Fleet", "The coast guard intercepted a fleet of fishing vessels in disputed waters north of the island chain on Saturday, the defence ministry said, and escorted three boats to port."))!;

        Assert.True(NearDuplicates.Similarity(a, b) < 0.1);
        Assert.Empty(NearDuplicates.BandKeys(a).Intersect(NearDuplicates.BandKeys(b)));
    }

    [Fact]
    public void Signature_IsTheSameInEveryProcess_AndSurvivesEncoding()
    {
        var a = NearDuplicates.Signature(Article("Rebels Shell Airport", Body))!;

        Assert.Equal(a, NearDuplicates.Decode(NearDuplicates.Encode(a)));
        Assert.Equal(1.0, NearDuplicates.Similarity(a, NearDuplicates.Signature(Article("REBELS shell airport!", Body.ToUpperInvariant()))!));
        Assert.Null(NearDuplicates.Signature(Article("Too", "short")));
    }
}
