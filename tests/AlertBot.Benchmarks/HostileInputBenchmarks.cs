using System.Text;
using AlertBot.Core.Understand;
using BenchmarkDotNet.Attributes;

namespace AlertBot.Benchmarks;

/// <summary>
/// The pathological inputs of issue 12 at 10 KB, 100 KB and 1 MB: the mean per size should grow about tenfold per
/// step (linear), where before the fixes it grew a hundredfold (quadratic) or the run never ended. The budget is
/// set far out of reach so that the figures are the algorithms' own, not the time limit's.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class HostileInputBenchmarks
{
    private const string Story = "At 0600 GMT on March 2, 2024, the army said it had repelled an attack by rebel fighters near Kidal in northern Mali.";

    private readonly ArticleUnderstander _understander = new(new UnderstandOptions { MaxBytes = 4 * 1024 * 1024, MaxTime = TimeSpan.FromMinutes(10) });
    private SourceDocument _kickerRun = null!;
    private SourceDocument _wrappedLines = null!;
    private SourceDocument _unmatchedBrackets = null!;
    private SourceDocument _nestedLinks = null!;
    private SourceDocument _nestedDivs = null!;
    private SourceDocument _nestedListItems = null!;

    [Params(10 * 1024, 100 * 1024, 1024 * 1024)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Kicker-shaped lines of 60 characters (the longest the kicker pattern is tried on): one took 9.3 s.
        var kicker = "War" + string.Concat(Enumerable.Repeat("-a", 28)) + "!";
        _kickerRun = Document("kicker.txt", Repeat(kicker + "\n\n", Size) + Story);

        // One letter per wrapped line after a line long enough to be joined to.
        var wrapped = new StringBuilder("Army Repels Attack Near Kidal\n\nThe army said that its units came under fire near the town");
        while (wrapped.Length < Size) wrapped.Append("\na");
        _wrappedLines = Document("wrapped.txt", wrapped.ToString());

        _unmatchedBrackets = Document("brackets.md", $"# Army Repels Attack Near Kidal\n\n{Story}\n\n" + new string('[', Size));

        var depth = Size / 5;
        _nestedLinks = Document("links.md", $"# Army Repels Attack Near Kidal\n\n{Story}\n\n" + new string('[', depth) + "x" + Repeat("](y)", 4 * depth));

        _nestedDivs = Document("divs.html", "<html><body><h1>Army Repels Attack Near Kidal</h1>" + Repeat("<div>", Size) + $"<p>{Story}</p></body></html>");

        // The costliest shape for the parser under the nesting bound: list items that each close the one before, at the bound.
        _nestedListItems = Document("lists.html", "<html><body><h1>Army Repels Attack Near Kidal</h1>" + Repeat("<ul><li>", Size) + $"<p>{Story}</p></body></html>");

        foreach (var d in new[] { _kickerRun, _wrappedLines, _unmatchedBrackets, _nestedLinks, _nestedDivs, _nestedListItems })
        {
            var u = _understander.Understand(d);
            if (u.Headline.Length == 0) throw new InvalidOperationException($"benchmark input {d.Name} is not understood ({d.Content.Length} bytes)");
        }
    }

    [Benchmark]
    public Understanding KickerRun() => _understander.Understand(_kickerRun);

    [Benchmark]
    public Understanding WrappedLines() => _understander.Understand(_wrappedLines);

    [Benchmark]
    public Understanding UnmatchedBrackets() => _understander.Understand(_unmatchedBrackets);

    [Benchmark]
    public Understanding NestedLinks() => _understander.Understand(_nestedLinks);

    [Benchmark]
    public Understanding NestedDivs() => _understander.Understand(_nestedDivs);

    [Benchmark]
    public Understanding NestedListItems() => _understander.Understand(_nestedListItems);

    private static SourceDocument Document(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    /// <summary><paramref name="piece"/> repeated to about <paramref name="size"/> characters.</summary>
    private static string Repeat(string piece, int size) => string.Concat(Enumerable.Repeat(piece, Math.Max(1, size / piece.Length)));
}
