using Xunit.Abstractions;

namespace AlertBot.Core.Tests.Understand;

/// <summary>
/// Scores the understander on the hand-labelled corpus in Corpus/ (each NAME.ext has NAME.expected.json).
/// A key time matches when it names the same UTC minute, or the same UTC date for a date-only truth.
/// </summary>
public sealed class CorpusScoreTests(ITestOutputHelper output)
{
    private const double MinHeadlineExact = 0.98;
    private const double MinKeyTimeF1 = 0.95;

    public static string CorpusDirectory => LabelledSet.Folder("Corpus");

    [Fact]
    public void Corpus_HasAtLeastFortyLabelledArticles()
    {
        Assert.True(LabelledSet.Articles(CorpusDirectory).Count() >= 40, $"only {LabelledSet.Articles(CorpusDirectory).Count()} articles in {CorpusDirectory}");
    }

    [Fact]
    public void Corpus_ScoresAboveThresholds()
    {
        var score = LabelledSet.Run(CorpusDirectory);
        output.WriteLine(score.Summary("corpus"));
        output.WriteLine(score.Misses);

        Assert.True(score.HeadlineRate >= MinHeadlineExact, $"headline exact match {score.HeadlineRate:P1} < {MinHeadlineExact:P0}\n{score.Report}");
        Assert.True(score.F1 >= MinKeyTimeF1, $"key-time F1 {score.F1:F3} < {MinKeyTimeF1}\n{score.Report}");
        Assert.Equal(score.Files, score.AlertHits);
        Assert.Equal(0, score.Leaks);
    }
}
