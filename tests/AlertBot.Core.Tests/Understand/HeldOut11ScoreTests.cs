using Xunit.Abstractions;

namespace AlertBot.Core.Tests.Understand;

/// <summary>
/// Blind round 11 (HeldOut11/): 36 flash articles and 4 non-articles (a recipe, a job advert, a fixture list, a consent
/// page) in places with unusual or changing clocks (14 plain text, 6 Markdown, 10 HTML, 6 JSON, 4 RSS items), 70 key
/// times — written and labelled on 2026-12-02 by a helper that saw no code, test or earlier set (meta/verify.py
/// recomputes every conversion with zoneinfo). The floors guard against regressions; the Understand README has the
/// first-run figures, which are the honest ones.
/// </summary>
public sealed class HeldOut11ScoreTests(ITestOutputHelper output)
{
    // First run (main @ 0dfd5b7, before any fix from this set): key times P 0.538 R 0.700 F1 0.609 (tp 49, fp 42, fn 21),
    // headline 30/36 of the articles, alert 33/40 (all four non-articles alerted, three articles did not), location 15/36.
    private const double MinHeadlineExact = 0.80;
    private const double MinKeyTimeF1 = 0.58;
    private const double MinAlertRate = 0.80;

    public static string Directory => LabelledSet.Folder("HeldOut11");

    [Fact]
    public void HeldOut11_HasFortyLabelledDocuments()
    {
        Assert.Equal(40, LabelledSet.Articles(Directory).Count());
    }

    [Fact]
    public void HeldOut11_ReportsScoresAboveFloors()
    {
        var score = LabelledSet.Run(Directory);
        output.WriteLine(score.Summary("held-out-11"));
        output.WriteLine(score.Misses);

        Assert.True(score.HeadlineRate >= MinHeadlineExact, $"headline exact match {score.HeadlineRate:P1} < floor {MinHeadlineExact:P0}\n{score.Report}");
        Assert.True(score.F1 >= MinKeyTimeF1, $"key-time F1 {score.F1:F3} < floor {MinKeyTimeF1}\n{score.Report}");
        Assert.True(score.AlertHits >= MinAlertRate * score.Files, $"alert decisions {score.AlertHits}/{score.Files}\n{score.Report}");
    }
}
