using Xunit.Abstractions;

namespace AlertBot.Core.Tests.Understand;

/// <summary>
/// Blind round 5 (HeldOut5/): 44 documents in styles rounds 1–4 did not use — UK MoD intelligence updates, IDF
/// statements, ISW/CTP assessments, HYDROPAC/UKMTO/NOTAM warnings, Xinhua/TASS/Anadolu/Yonhap/Kyodo/Dawn/Times of
/// India/Arab News/The National wire copy, BBC-style live pages, Telegram-channel posts, briefing transcripts, OCHA
/// and ACLED reports, air-raid and airport notices, CORRECTION/UPDATE/REFILE wire items (24 plain text, 6 Markdown,
/// 8 HTML, 6 JSON; 4 of them not articles) — written and labelled on 2026-12-02 by a helper that saw no code, test
/// or earlier set; every conversion computed with Python zoneinfo (meta/verify.py re-checks them). Scored like
/// <see cref="HeldOutScoreTests"/>; the floors guard against regressions and are not targets (the Understand README
/// has the first-run figures, which are the honest ones).
/// </summary>
public sealed class HeldOut5ScoreTests(ITestOutputHelper output)
{
    // First run (main @ 0a39a3a, before any fix from this set): headline 36/44 here (36/40 of the articles),
    // key times P 0.371 R 0.514 F1 0.431 (tp 73, fp 124, fn 69), alert 41/44, location 19/44.
    private const double MinHeadlineExact = 0.80;
    private const double MinKeyTimeF1 = 0.41;
    private const double MinAlertRate = 0.90;

    public static string Directory => LabelledSet.Folder("HeldOut5");

    [Fact]
    public void HeldOut5_HasFortyFourLabelledDocuments()
    {
        Assert.Equal(44, LabelledSet.Articles(Directory).Count());
    }

    [Fact]
    public void HeldOut5_ReportsScoresAboveFloors()
    {
        var score = LabelledSet.Run(Directory);
        output.WriteLine(score.Summary("held-out-5"));
        output.WriteLine(score.Misses);

        Assert.True(score.HeadlineRate >= MinHeadlineExact, $"headline exact match {score.HeadlineRate:P1} < floor {MinHeadlineExact:P0}\n{score.Report}");
        Assert.True(score.F1 >= MinKeyTimeF1, $"key-time F1 {score.F1:F3} < floor {MinKeyTimeF1}\n{score.Report}");
        Assert.True(score.AlertHits >= MinAlertRate * score.Files, $"alert decisions {score.AlertHits}/{score.Files}\n{score.Report}");
    }
}
