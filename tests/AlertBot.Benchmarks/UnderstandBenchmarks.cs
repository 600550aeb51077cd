using System.Text;
using AlertBot.Core.Understand;
using BenchmarkDotNet.Attributes;

namespace AlertBot.Benchmarks;

/// <summary>The whole Understand stage on ~4 KB articles: reference-style plain text and an HTML page.</summary>
[MemoryDiagnoser]
public class UnderstandBenchmarks
{
    private readonly ArticleUnderstander _understander = new();
    private SourceDocument _text = null!;
    private SourceDocument _html = null!;
    private SourceDocument _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = new SourceDocument("article.txt", Encoding.UTF8.GetBytes(Articles.PlainText));
        _html = new SourceDocument("article.html", Encoding.UTF8.GetBytes(Articles.Html));
        _json = new SourceDocument("article.json", Encoding.UTF8.GetBytes(Articles.Json));
        foreach (var d in new[] { _text, _html, _json })
        {
            var u = _understander.Understand(d);
            if (!u.IsAlert || u.KeyTimes.Count == 0) throw new InvalidOperationException($"benchmark input {d.Name} is not understood ({d.Content.Length} bytes)");
        }
    }

    [Benchmark(Baseline = true)]
    public Understanding PlainText4KB() => _understander.Understand(_text);

    [Benchmark]
    public Understanding Html4KB() => _understander.Understand(_html);

    [Benchmark]
    public Understanding Json4KB() => _understander.Understand(_json);
}

internal static class Articles
{
    // Written for this benchmark in the style of a flash update (not copied from any article).
    private static readonly string[] Body =
    [
        "Government troops backed by foreign contractors moved into the northern town after several days of air strikes, according to local officials and videos shared by both sides.",
        "Shortly after 1530 EST on November 13th, 2023, the defence ministry said its units had started clearing operations on the approaches to Kidal, which rebel groups have held since 2012.",
        "By 1730 EST, the transitional president said in a televised address that the town was under army control, and state media showed soldiers at the former UN base.",
        "The president praised the troops and promised that operations would go on until the whole north was secured, while offering condolences to the families of the dead.",
        "By 1246 EST on November 14th, 2022, the rebel coalition said in a short statement that its fighters had pulled back from the town to avoid further civilian losses.",
        "Footage posted on messaging channels, as well as photographs of the assault column, suggests that Wagner Group personnel fought alongside Malian units in the final push.",
        "Governments in Burkina Faso and Niger sent messages of support. The old peace accord between the rebels and the capital has been a dead letter since August 2023.",
        "Analysts said it remained unclear whether the army could keep the town supplied, more than 1,500 kilometres from the capital, once the rainy season cuts the roads.",
    ];

    private static readonly string Noise = """


        Share this article

        Amadou Traore covers flash military, intelligence and geopolitical updates across the Sahel.


        New Bomber Photographed Over Desert Test Range

        The air force has published new photographs of its next-generation bomber during a series of test flights over a desert range...

        Regional Leader Threatens Breakaway Vote After Memorial Resolution

        On May 24, diplomats will vote on a memorial resolution that critics say could inflame an old dispute in...
        """;

    public static readonly string PlainText = BuildText();
    public static readonly string Html = BuildHtml();
    public static readonly string Json = BuildJson();

    private static string BuildText()
    {
        // ~4 KB: kicker, headline, the story (its paragraphs once more as a follow-up), then page noise.
        var sb = new StringBuilder("FLASH UPDATE | AFRICA\n\nMalian Army Seizes Kidal After UN Withdrawal, With Wagner Support\n\n");
        for (var i = 0; sb.Length + Noise.Length < 4000; i++) sb.Append(Body[i % Body.Length]).Append("\n\n");
        sb.Append(Noise);
        return sb.ToString();
    }

    private static string BuildHtml()
    {
        var sb = new StringBuilder("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Malian Army Seizes Kidal | Flash Desk</title>
            <meta property="article:published_time" content="2023-11-15T08:00:00Z"><link rel="canonical" href="https://flash.example.test/mali/kidal">
            <script>var analytics = {section: "africa"};</script><style>.x{color:red}</style></head><body>
            <header><nav><a href="/">Home</a><a href="/africa">Africa</a><a href="/europe">Europe</a></nav></header>
            <main><article><header><span class="kicker">Africa</span><h1>Malian Army Seizes Kidal After UN Withdrawal, With Wagner Support</h1>
            <p class="byline">By Amadou Traore</p></header>
            """);
        for (var i = 0; sb.Length < 3650; i++) sb.Append("<p>").Append(Body[i % Body.Length]).Append("</p>\n");
        sb.Append("""
            <div class="share-tools"><a href="#">Share on X</a></div>
            <aside class="related"><h3>Related</h3><ul><li><a href="/a">Leader Threatens Secession On May 24</a></li></ul></aside>
            </article></main><footer><p>&copy; 2023 Flash Desk</p><p>Subscribe to our newsletter</p></footer></body></html>
            """);
        return sb.ToString();
    }

    private static string BuildJson()
    {
        var body = new StringBuilder();
        for (var i = 0; body.Length < 3700; i++) body.Append(Body[i % Body.Length]).Append("\n\n");
        return System.Text.Json.JsonSerializer.Serialize(new
        {
            id = "flash-2023-11-13-kidal",
            title = "Malian Army Seizes Kidal After UN Withdrawal, With Wagner Support",
            published = "2023-11-15T08:00:00Z",
            url = "https://flash.example.test/mali/kidal",
            body = body.ToString(),
        });
    }
}
