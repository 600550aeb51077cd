using Xunit.Abstractions;

namespace AlertBot.Core.Tests.Understand;

/// <summary>
/// Blind round 12 (HeldOut12/): 36 flash articles and 4 non-articles (a forecast table, a conference programme, a
/// newsletter sign-up page, a product page) with clocks that change between key times or follow no border (14 plain
/// text, 6 Markdown, 10 HTML, 6 JSON, 4 RSS items), 52 key times — written and labelled on 2026-12-02 by a helper that saw
/// no code, test or earlier set (meta/verify.py recomputes every conversion with zoneinfo). The floors guard against
/// regressions; the Understand README has the first-run figures, which are the honest ones.
/// </summary>
public sealed class HeldOut12ScoreTests(ITestOutputHelper output)
{
    // First run (main @ e02cd37, before any fix from this set): key times P 0.453 R 0.558 F1 0.500 (tp 29, fp 35, fn 23),
    // headline 26/36 of the articles, alert 35/40 (three JSON articles not read, two non-articles alerted), location 18/36.
    // After the 2026-12-03 fixes (fitted): F1 0.875 (tp 49, fp 11, fn 3), headline 35/36, alert 40/40.
    private const double MinHeadlineExact = 0.94;
    private const double MinKeyTimeF1 = 0.83;
    private const double MinAlertRate = 0.975;

    public static string Directory => LabelledSet.Folder("HeldOut12");

    [Fact]
    public void HeldOut12_HasFortyLabelledDocuments()
    {
        Assert.Equal(40, LabelledSet.Articles(Directory).Count());
    }

    [Fact]
    public void HeldOut12_ReportsScoresAboveFloors()
    {
        var score = LabelledSet.Run(Directory);
        output.WriteLine(score.Summary("held-out-12"));
        output.WriteLine(score.Misses);

        Assert.True(score.HeadlineRate >= MinHeadlineExact, $"headline exact match {score.HeadlineRate:P1} < floor {MinHeadlineExact:P0}\n{score.Report}");
        Assert.True(score.F1 >= MinKeyTimeF1, $"key-time F1 {score.F1:F3} < floor {MinKeyTimeF1}\n{score.Report}");
        Assert.True(score.AlertHits >= MinAlertRate * score.Files, $"alert decisions {score.AlertHits}/{score.Files}\n{score.Report}");
    }
}
