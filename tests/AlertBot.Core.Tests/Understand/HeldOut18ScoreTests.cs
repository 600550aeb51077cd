using Xunit.Abstractions;

namespace AlertBot.Core.Tests.Understand;

/// <summary>
/// Blind round 18 (HeldOut18/): 35 flash articles and 5 non-articles (a sports fixture list, a conference agenda, a
/// weather forecast, an election results table, a food recall) in sources, regions and places no earlier round used
/// (Alaska, Jamaica, Kenora, Sonora, Papua, Samoa, a NATO release, PDF press releases, an email newsletter, a social
/// thread, an AMP page, JSON Feed 1.1, a CMS export, items in Spanish, French and Portuguese, translations from Persian,
/// Turkish and Russian), 82 key times, written and labelled on 2026-12-04 by a helper that saw no code, test or earlier
/// set (meta/verify.py recomputes every conversion with zoneinfo). The floors guard against regressions; the Understand
/// README has the first-run figures.
/// </summary>
public sealed class HeldOut18ScoreTests(ITestOutputHelper output)
{
    // First run (main @ 8a96b60, before any fix from this set): key times P 0.656 R 0.720 F1 0.686 (tp 59, fp 31,
    // fn 23), headline 31/40, alert 36/40.
    private const double MinHeadlineExact = 0.8;
    private const double MinKeyTimeF1 = 0.78;
    private const double MinAlertRate = 0.95;

    public static string Directory => LabelledSet.Folder("HeldOut18");

    [Fact]
    public void HeldOut18_HasFortyLabelledDocuments()
    {
        Assert.Equal(40, LabelledSet.Articles(Directory).Count());
    }

    [Fact]
    public void HeldOut18_ReportsScoresAboveFloors()
    {
        var score = LabelledSet.Run(Directory);
        output.WriteLine(score.Summary("held-out-18"));
        output.WriteLine(score.Misses);

        Assert.True(score.HeadlineRate >= MinHeadlineExact, $"headline exact match {score.HeadlineRate:P1} < floor {MinHeadlineExact:P0}\n{score.Report}");
        Assert.True(score.F1 >= MinKeyTimeF1, $"key-time F1 {score.F1:F3} < floor {MinKeyTimeF1}\n{score.Report}");
        Assert.True(score.AlertHits >= MinAlertRate * score.Files, $"alert decisions {score.AlertHits}/{score.Files}\n{score.Report}");
    }
}
