using System.Globalization;
using System.Text;
using System.Text.Json;
using AlertBot.Core.Understand;
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

    private sealed record Expected(string? Headline, List<string> KeyTimes, bool Alert, List<string>? Topics, List<string>? NotTopics, string? Warning);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    [Fact]
    public void Corpus_HasAtLeastFortyLabelledArticles()
    {
        Assert.True(Articles().Count() >= 40, $"only {Articles().Count()} articles in {CorpusDirectory}");
    }

    [Fact]
    public void Corpus_ScoresAboveThresholds()
    {
        var understander = new ArticleUnderstander();
        int headlines = 0, headlineHits = 0, tp = 0, fp = 0, fn = 0, alertHits = 0, files = 0, topicChecks = 0, topicHits = 0, leaks = 0, warningMisses = 0;
        var report = new StringBuilder();
        foreach (var (path, expected) in Articles())
        {
            files++;
            var name = Path.GetFileName(path);
            var result = understander.Understand(new SourceDocument(name, File.ReadAllBytes(path)));
            var problems = new List<string>();

            if (expected.Headline is not null)
            {
                headlines++;
                if (result.Headline == expected.Headline) headlineHits++;
                else problems.Add($"headline \"{result.Headline}\" ≠ \"{expected.Headline}\"");
            }
            if (result.IsAlert == expected.Alert) alertHits++;
            else problems.Add($"alert {result.IsAlert} ≠ {expected.Alert}");

            var (t, p, n) = Match(expected.KeyTimes, result.KeyTimes.Select(k => k.UtcText).ToList());
            tp += t;
            fp += p;
            fn += n;
            if (p > 0 || n > 0)
                problems.Add($"keyTimes [{string.Join(", ", result.KeyTimes.Select(k => k.UtcText))}] vs truth [{string.Join(", ", expected.KeyTimes)}]");

            foreach (var topic in expected.Topics ?? [])
            {
                topicChecks++;
                if (result.Topics.Contains(topic)) topicHits++;
                else problems.Add($"missing topic {topic}");
            }
            foreach (var topic in expected.NotTopics ?? [])
            {
                if (!result.Topics.Contains(topic)) continue;
                leaks++;
                problems.Add($"noise leaked topic {topic}");
            }
            if (expected.Warning is { } w && !result.Warnings.Any(x => x.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                warningMisses++;
                problems.Add($"no warning mentioning \"{w}\"");
            }
            if (problems.Count > 0) report.AppendLine(CultureInfo.InvariantCulture, $"  {name}: {string.Join("; ", problems)}");
        }

        var headlineRate = headlines == 0 ? 1 : (double)headlineHits / headlines;
        var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {files} articles; headline exact {headlineHits}/{headlines} = {headlineRate:P1}; key times P {precision:F3} R {recall:F3} F1 {f1:F3} (tp {tp}, fp {fp}, fn {fn}); alert {alertHits}/{files}; topics {topicHits}/{topicChecks}; noise topic leaks {leaks}; missing warnings {warningMisses}"));
        if (report.Length > 0) output.WriteLine("misses:\n" + report);

        Assert.True(headlineRate >= MinHeadlineExact, $"headline exact match {headlineRate:P1} < {MinHeadlineExact:P0}\n{report}");
        Assert.True(f1 >= MinKeyTimeF1, $"key-time F1 {f1:F3} < {MinKeyTimeF1}\n{report}");
        Assert.Equal(files, alertHits);
        Assert.Equal(0, leaks);
    }

    /// <summary>One-to-one matching: same UTC minute, or the same date when the truth is date-only.</summary>
    internal static (int Tp, int Fp, int Fn) Match(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        var left = predicted.ToList();
        var tp = 0;
        foreach (var t in truth.OrderByDescending(x => x.Length))
        {
            var i = left.FindIndex(p => p == t);
            if (i < 0 && t.Length == 10) i = left.FindIndex(p => p.StartsWith(t, StringComparison.Ordinal));
            if (i < 0) continue;
            tp++;
            left.RemoveAt(i);
        }
        return (tp, left.Count, truth.Count - tp);
    }

    private static IEnumerable<(string Path, Expected Expected)> Articles()
    {
        foreach (var file in Directory.GetFiles(CorpusDirectory).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".expected.json", StringComparison.Ordinal)) continue;
            var truthPath = Path.Combine(CorpusDirectory, Path.GetFileNameWithoutExtension(file) + ".expected.json");
            var expected = JsonSerializer.Deserialize<Expected>(File.ReadAllText(truthPath), Json)!;
            yield return (file, expected);
        }
    }
}
