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
    private static readonly string[] Body =
    [
        "Army units and allied fighters pushed into the northern town after a week of shelling, according to local officials and statements posted by the armed groups on social media.",
        "At approximately 1530 EST on November 13th, 2023, the armed forces announced they had begun operations on the outskirts of Kidal against militant groups that have held the town since 2012.",
        "By 1730 EST, the interim president claimed the army had seized the city, and state television broadcast images of soldiers raising the national flag over the former UN camp.",
        "The president thanked the troops for their courage and said the operation would continue until the whole territory had been secured, while paying tribute to the civilian and military victims.",
        "By 1246 EST on November 14th, 2022, the alliance of armed groups said in a statement that it had withdrawn from the town for strategic reasons after several days of fighting.",
        "Pictures taken of the assault force, as well as posts by foreign fighters on messaging channels, suggest that Wagner Group troops took part in the assault alongside Malian units.",
        "Neighbouring governments in Burkina Faso and Niger congratulated the army. The peace agreement signed years earlier has been discarded by both sides since August 2023.",
        "Analysts said it was not clear whether the government could hold the town, which lies more than 1,500 kilometres from the capital, through the coming rainy season without more support.",
    ];

    private static readonly string Noise = """


        Share this article

        Amadou Traore covers flash military, intelligence and geopolitical updates across the Sahel.


        Air Force Releases New Images Of Bomber In Flight Testing

        The Air Force has released the first high-altitude images of its new bomber as it undergoes flight testing at a base in California...

        Leader Threatens Secession Amid UN Resolution On Massacre Memorial

        On May 24, the General Assembly will vote on a resolution to establish a memorial day, reigniting tensions in...
        """;

    public static readonly string PlainText = BuildText();
    public static readonly string Html = BuildHtml();
    public static readonly string Json = BuildJson();

    private static string BuildText()
    {
        var sb = new StringBuilder("FLASH UPDATE | AFRICA\n\nMalian Army Seizes Kidal After UN Withdrawal, With Wagner Support\n\n");
        while (sb.Length < 3200)
            foreach (var p in Body) sb.Append(p).Append("\n\n");
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
        foreach (var p in Body) sb.Append("<p>").Append(p).Append("</p>\n");
        sb.Append("""
            <div class="share-tools"><a href="#">Share on X</a></div>
            <aside class="related"><h3>Related</h3><ul><li><a href="/a">Leader Threatens Secession On May 24</a></li></ul></aside>
            </article></main><footer><p>&copy; 2023 Flash Desk</p><p>Subscribe to our newsletter</p></footer></body></html>
            """);
        return sb.ToString();
    }

    private static string BuildJson()
    {
        var body = string.Join("\n\n", Body) + "\n\n" + string.Join("\n\n", Body[..3]);
        return System.Text.Json.JsonSerializer.Serialize(new
        {
            id = "flash-2023-11-13-kidal",
            title = "Malian Army Seizes Kidal After UN Withdrawal, With Wagner Support",
            published = "2023-11-15T08:00:00Z",
            url = "https://flash.example.test/mali/kidal",
            body,
        });
    }
}
