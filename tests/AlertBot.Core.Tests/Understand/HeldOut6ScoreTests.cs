using Xunit.Abstractions;

namespace AlertBot.Core.Tests.Understand;

/// <summary>
/// Blind round 6 (HeldOut6/): 40 short flash items of the kinds a flash-alert bot ingests — wire flashes with and without
/// datelines or a year, regional outlets (Caucasus, Balkans, Arctic, Latin America, South and Southeast Asia),
/// defence-ministry statements, police, coast-guard and maritime notices, humanitarian flash updates, travel
/// advisories, LIVE pages, an UPDATE 2 of an earlier item (20 plain text, 6 Markdown, 8 HTML, 6 JSON; 3 not articles),
/// 98 key times — written and labelled on 2026-12-02 by a helper that saw no code, test or earlier set (meta/verify.py
/// recomputes every conversion with zoneinfo). The floors guard against regressions; the Understand README has the
/// first-run figures, which are the honest ones.
/// </summary>
public sealed class HeldOut6ScoreTests(ITestOutputHelper output)
{
    // First run (main @ 4460ef8, before any fix from this set): key times P 0.684 R 0.796 F1 0.736 (tp 78, fp 36, fn 20),
    // headline 37/37 of the articles (37/40 here: the non-articles' empty headlines count), alert 39/40, location 22/40.
    private const double MinHeadlineExact = 0.90;
    private const double MinKeyTimeF1 = 0.71;
    private const double MinAlertRate = 0.95;

    public static string Directory => LabelledSet.Folder("HeldOut6");

    [Fact]
    public void HeldOut6_HasFortyLabelledDocuments()
    {
        Assert.Equal(40, LabelledSet.Articles(Directory).Count());
    }

    [Fact]
    public void HeldOut6_ReportsScoresAboveFloors()
    {
        var score = LabelledSet.Run(Directory);
        output.WriteLine(score.Summary("held-out-6"));
        output.WriteLine(score.Misses);

        Assert.True(score.HeadlineRate >= MinHeadlineExact, $"headline exact match {score.HeadlineRate:P1} < floor {MinHeadlineExact:P0}\n{score.Report}");
        Assert.True(score.F1 >= MinKeyTimeF1, $"key-time F1 {score.F1:F3} < floor {MinKeyTimeF1}\n{score.Report}");
        Assert.True(score.AlertHits >= MinAlertRate * score.Files, $"alert decisions {score.AlertHits}/{score.Files}\n{score.Report}");
    }
}
