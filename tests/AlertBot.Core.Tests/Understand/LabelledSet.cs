using System.Globalization;
using System.Text;
using System.Text.Json;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>
/// Scores the understander on a folder of articles with hand-written <c>NAME.expected.json</c> truths
/// (Corpus/ and HeldOut/): headline exact match, key times (same UTC minute, or the same date for a
/// date-only truth), alert flag, topics, noise leaks and expected warnings, with every miss reported.
/// </summary>
internal static class LabelledSet
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, name);

    public static IEnumerable<(string Path, Expected Expected)> Articles(string folder)
    {
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".expected.json", StringComparison.Ordinal)) continue;
            var truthPath = Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".expected.json");
            yield return (file, JsonSerializer.Deserialize<Expected>(File.ReadAllText(truthPath), Json)!);
        }
    }

    public static Score Run(string folder)
    {
        var understander = new ArticleUnderstander();
        var s = new Score();
        foreach (var (path, expected) in Articles(folder))
        {
            s.Files++;
            var name = Path.GetFileName(path);
            // As the folder store reads it: the file's modification time is the publication time of last resort.
            var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
            var result = understander.Understand(new SourceDocument(name, File.ReadAllBytes(path)) { Published = modified });
            var problems = new List<string>();

            if (expected.Headline is not null)
            {
                s.Headlines++;
                if (result.Headline == expected.Headline) s.HeadlineHits++;
                else problems.Add($"headline got \"{result.Headline}\" expected \"{expected.Headline}\"");
            }
            if (result.IsAlert == expected.Alert) s.AlertHits++;
            else problems.Add($"alert got {result.IsAlert} expected {expected.Alert}");

            var (t, p, n) = Match(expected.KeyTimes, result.KeyTimes.Select(k => k.UtcText).ToList());
            s.Tp += t;
            s.Fp += p;
            s.Fn += n;
            if (p > 0 || n > 0)
                problems.Add($"keyTimes got [{string.Join(", ", result.KeyTimes.Select(k => $"{k.UtcText} \"{k.Text}\""))}] expected [{string.Join(", ", expected.KeyTimes)}] (fp {p}, fn {n})");

            foreach (var topic in expected.Topics ?? [])
            {
                s.TopicChecks++;
                if (result.Topics.Contains(topic)) s.TopicHits++;
                else problems.Add($"missing topic {topic}");
            }
            foreach (var topic in expected.NotTopics ?? [])
            {
                if (!result.Topics.Contains(topic)) continue;
                s.Leaks++;
                problems.Add($"noise leaked topic {topic}");
            }
            if (expected.Warning is { } w)
            {
                s.WarningChecks++;
                if (!result.Warnings.Any(x => x.Contains(w, StringComparison.OrdinalIgnoreCase)))
                {
                    s.WarningMisses++;
                    problems.Add($"no warning mentioning \"{w}\" (got [{string.Join(" | ", result.Warnings)}])");
                }
            }
            if (problems.Count > 0)
                s.Report.AppendLine(CultureInfo.InvariantCulture, $"  {name}: {string.Join("; ", problems)} — topics got [{string.Join(", ", result.Topics)}]");
        }

        return s;
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

    internal sealed record Expected(string? Headline, List<string> KeyTimes, bool Alert, List<string>? Topics, List<string>? NotTopics, string? Warning);

    internal sealed class Score
    {
        public int Files, Headlines, HeadlineHits, Tp, Fp, Fn, AlertHits, TopicChecks, TopicHits, Leaks, WarningChecks, WarningMisses;

        public StringBuilder Report { get; } = new();

        public double HeadlineRate => Headlines == 0 ? 1 : (double)HeadlineHits / Headlines;
        public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);
        public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double TopicRecall => TopicChecks == 0 ? 1 : (double)TopicHits / TopicChecks;

        public string Summary(string label) => string.Create(CultureInfo.InvariantCulture,
            $"{label}: {Files} articles; headline exact {HeadlineHits}/{Headlines} = {HeadlineRate:P1}; key times P {Precision:F3} R {Recall:F3} F1 {F1:F3} (tp {Tp}, fp {Fp}, fn {Fn}); alert {AlertHits}/{Files}; topics {TopicHits}/{TopicChecks} = {TopicRecall:P1}; noise topic leaks {Leaks}; warnings found {WarningChecks - WarningMisses}/{WarningChecks}");

        public string Misses => Report.Length > 0 ? "misses:\n" + Report : "misses: none";
    }
}
