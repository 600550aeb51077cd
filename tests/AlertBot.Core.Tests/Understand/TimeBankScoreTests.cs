using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlertBot.Core.Understand;
using Xunit.Abstractions;

namespace AlertBot.Core.Tests.Understand;

/// <summary>
/// Real news with human time annotations: the 183 TimeBank documents in <c>../shared/timebank/</c> (next to the
/// repository; not part of it, so that none of their sentences enters the project), scored by that folder's own
/// <c>score.py</c> exactly as its README runs it on <c>preview --json</c> output. Skipped when the folder is absent
/// (a checkout without the shared data); set <c>ALERTBOT_TIMEBANK</c> to point elsewhere.
/// </summary>
public sealed partial class TimeBankScoreTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.93;
    private const double MinValueAccuracy = 0.93;

    [SkippableFact]
    public void TimeBank_KeyTimes_AreRightOnRealNews()
    {
        var folder = Folder();
        Skip.If(folder is null, "../shared/timebank is not next to this checkout");

        var understander = new ArticleUnderstander();
        var predictions = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(predictions))
            {
                foreach (var file in Directory.GetFiles(Path.Combine(folder, "articles"), "*.json").Order(StringComparer.Ordinal))
                {
                    var u = understander.Understand(new SourceDocument(Path.GetFileName(file), File.ReadAllBytes(file)));
                    writer.WriteLine(JsonSerializer.Serialize(new { file, keyTimes = u.KeyTimes.Select(k => new { utc = k.UtcText, text = k.Text }) }));
                }
            }

            var report = Score(Path.Combine(folder, "score.py"), predictions, Path.Combine(folder, "gold"));
            output.WriteLine(report);
            var precision = Figure(report, "precision");
            var accuracy = Figure(report, "value_accuracy_on_span_hits");

            Assert.True(precision >= MinPrecision, $"TimeBank precision {precision:F3} < {MinPrecision}\n{report}");
            Assert.True(accuracy >= MinValueAccuracy, $"TimeBank value accuracy {accuracy:F3} < {MinValueAccuracy}\n{report}");
        }
        finally
        {
            File.Delete(predictions);
        }
    }

    private static string? Folder()
    {
        if (Environment.GetEnvironmentVariable("ALERTBOT_TIMEBANK") is { Length: > 0 } set)
            return Directory.Exists(set) ? set : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "AlertBot.sln"))) continue;
            var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "timebank"));
            return File.Exists(Path.Combine(shared, "score.py")) ? shared : null;
        }

        return null;
    }

    private static string Score(string script, string predictions, string gold)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[script, predictions, gold, "-v"]) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "score.py did not finish");
        Assert.True(process.ExitCode == 0, $"score.py failed ({process.ExitCode}): {stderr}");
        return stdout.Result;
    }

    private static double Figure(string report, string name)
    {
        var m = Regex.Match(report, $@"(?m)(?:^|\s){Regex.Escape(name)}=(?<v>[0-9.]+)");
        Assert.True(m.Success, $"score.py printed no {name}:\n{report}");
        return double.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture);
    }
}
