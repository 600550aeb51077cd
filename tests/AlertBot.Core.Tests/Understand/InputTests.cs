using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>Bad and odd input: binary, invalid UTF-8, over the size limit, empty, boilerplate; format detection.</summary>
public sealed class InputTests
{
    private const string Article = "Army Repels Attack Near Kidal\n\nAt 0600 GMT on March 2, 2024, the army said it had repelled an attack by rebel fighters near Kidal in northern Mali.";

    private static Understanding Understand(byte[] bytes, string name = "a.txt", string? contentType = null, int? maxBytes = null) =>
        new ArticleUnderstander(maxBytes is null ? null : new UnderstandOptions { MaxBytes = maxBytes.Value })
            .Understand(new SourceDocument(name, bytes) { ContentType = contentType });

    public static TheoryData<string, byte[], string> RejectedInputs => new()
    {
        { "PNG header", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "binary" },
        { "NUL in text", Encoding.UTF8.GetBytes("Army Repels Attack\0\0 Near Kidal"), "NUL" },
        { "control bytes", Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray(), "binary" },
        { "random high bytes", Enumerable.Range(0, 400).Select(i => (byte)(0x80 + i % 60)).ToArray(), "not UTF-8" },
    };

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void BinaryInput_IsRejectedWithAClearReason(string what, byte[] bytes, string reason)
    {
        var e = Assert.Throws<ArticleRejectedException>(() => Understand(bytes));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(what));
    }

    [Fact]
    public void InputOverTheLimit_IsRefused_BeforeParsing()
    {
        var e = Assert.Throws<ArticleRejectedException>(() => Understand(new byte[1001], maxBytes: 1000));
        Assert.Equal("1001 bytes is over the 1000-byte limit", e.Message);
    }

    [Fact]
    public void DefaultLimit_RefusesAHugeFile()
    {
        var huge = Encoding.UTF8.GetBytes(Article + new string(' ', 3 * 1024 * 1024));
        Assert.Throws<ArticleRejectedException>(() => Understand(huge));
    }

    [Fact]
    public void InvalidUtf8_IsDecodedWithReplacement_AndWarned()
    {
        var bytes = Encoding.UTF8.GetBytes(Article).Concat(new byte[] { 0x20, 0x63, 0x61, 0x66, 0xE9, 0x2E }).ToArray();
        var u = Understand(bytes);
        Assert.True(u.IsAlert);
        Assert.Contains('\uFFFD', u.Body);
        Assert.Contains(u.Warnings, w => w.StartsWith("invalid UTF-8", StringComparison.Ordinal));
        Assert.Equal(["2024-03-02T06:00Z"], u.KeyTimes.Select(k => k.UtcText));
    }

    [Fact]
    public void Utf16WithBom_IsDecoded()
    {
        var u = Understand(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Article)).ToArray());
        Assert.Equal("Army Repels Attack Near Kidal", u.Headline);
    }

    [Theory]
    [InlineData("", "a.txt")]
    [InlineData("   \n\n\t\n", "a.txt")]
    [InlineData("Subscribe to our newsletter\n\nShare this article\n\nWe use cookies to improve your experience.", "a.txt")]
    [InlineData("<html><body><nav>Home</nav><footer>Copyright 2024</footer></body></html>", "a.html")]
    [InlineData("{}", "a.json")]
    [InlineData("{\"title\": \"Army Repels Attack\"}", "a.json")]
    [InlineData("<rss><channel><title>Empty</title></channel></rss>", "a.xml")]
    public void EmptyOrBoilerplateOnly_IsNotAnAlert(string text, string name)
    {
        var u = Understand(Encoding.UTF8.GetBytes(text), name);
        Assert.False(u.IsAlert);
        Assert.Empty(u.KeyTimes);
        Assert.Empty(u.Topics);
        Assert.NotEmpty(u.Warnings);
    }

    [Fact]
    public void InvalidJson_FallsBackToPlainText_WithAWarning()
    {
        var u = Understand(Encoding.UTF8.GetBytes("{ not json\n\n" + Article), "a.json");
        Assert.Contains(u.Warnings, w => w.Contains("not valid Json", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("story", "text/html", ArticleFormat.Html)]
    [InlineData("story", "application/json; charset=utf-8", ArticleFormat.Json)]
    [InlineData("story", "application/rss+xml", ArticleFormat.Feed)]
    [InlineData("story", "text/markdown", ArticleFormat.Markdown)]
    [InlineData("story.txt", null, ArticleFormat.PlainText)]
    [InlineData("story.md", null, ArticleFormat.Markdown)]
    [InlineData("story.HTM", null, ArticleFormat.Html)]
    [InlineData("story.json", null, ArticleFormat.Json)]
    [InlineData("story.atom", null, ArticleFormat.Feed)]
    [InlineData("story.rss", null, ArticleFormat.Feed)]
    [InlineData("story.xml", null, ArticleFormat.Feed)]
    public void Format_IsChosenByContentTypeThenExtension(string name, string? contentType, ArticleFormat expected)
    {
        Assert.Equal(expected, Understand(Encoding.UTF8.GetBytes(Article), name, contentType).Format);
    }

    [Theory]
    [InlineData("{\"title\":\"Army Repels Attack\",\"body\":\"At 0600 GMT on March 2, 2024, the army repelled an attack near Kidal in northern Mali, officials said.\"}", ArticleFormat.Json)]
    [InlineData("<!DOCTYPE html><html><body><h1>Army Repels Attack</h1><p>At 0600 GMT on March 2, 2024, the army repelled an attack near Kidal in northern Mali, officials said.</p></body></html>", ArticleFormat.Html)]
    [InlineData("<?xml version=\"1.0\"?><rss><channel><item><title>Army Repels Attack</title><description>At 0600 GMT on March 2, 2024, the army repelled an attack near Kidal in northern Mali, officials said.</description></item></channel></rss>", ArticleFormat.Feed)]
    [InlineData("# Army Repels Attack\n\nAt 0600 GMT on March 2, 2024, the army repelled an attack near Kidal in northern Mali, officials said.", ArticleFormat.Markdown)]
    [InlineData("Army Repels Attack\n\nAt 0600 GMT on March 2, 2024, the army repelled an attack near Kidal in northern Mali, officials said.", ArticleFormat.PlainText)]
    public void Format_IsSniffedWhenNothingElseSays(string text, ArticleFormat expected)
    {
        var u = Understand(Encoding.UTF8.GetBytes(text), "push-1234");
        Assert.Equal(expected, u.Format);
        Assert.Equal("Army Repels Attack", u.Headline);
        Assert.Equal(["2024-03-02T06:00Z"], u.KeyTimes.Select(k => k.UtcText));
    }

    [Fact]
    public void Json_ReadsCommonFieldVariants()
    {
        var json = """{"guid":"abc-1","headline":"Army Repels Attack","articleBody":"<p>The army repelled an attack near Kidal on Monday, officials in Mali said.</p><p>The attackers withdrew toward the border after several hours of fighting.</p>","datePublished":"2024-03-06T10:00:00Z","link":"https://x.test/a","author":[{"name":"Jane Doe"}]}""";
        var u = Understand(Encoding.UTF8.GetBytes(json), "a.json");
        Assert.Equal("Army Repels Attack", u.Headline);
        Assert.Equal("abc-1", u.SourceId);
        Assert.Equal("https://x.test/a", u.Url);
        Assert.Equal("Jane Doe", u.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 10, 0, 0, TimeSpan.Zero), u.Published);
        Assert.Equal(["2024-03-04"], u.KeyTimes.Select(k => k.UtcText));
    }

    private const string Story = "The army repelled an attack near Kidal on Monday, officials in Mali said. The attackers withdrew toward the border after several hours of fighting, residents said.";

    [Theory]
    // Field names in other languages, an envelope under any name, a body as an array, and fields found by their shape
    // (the longest text is the body; the first ISO date-time that is no edit's is the publication).
    [InlineData("""{"titular":"Army Repels Attack","fecha_publicacion":"2024-03-06T10:00:00+01:00","contenido":"BODY"}""")]
    [InlineData("""{"nota":{"encabezado":"Army Repels Attack","fecha":"2024-03-06T10:00:00+01:00","texto":"BODY"}}""")]
    [InlineData("""{"article":{"headline":"Army Repels Attack","date_published":"2024-03-06T10:00:00+01:00","paragraphs":["BODY"]}}""")]
    [InlineData("""{"meta":{"site":"x"},"payload":{"title":"Army Repels Attack","issued":"2024-03-06T10:00:00+01:00","lastUpdated":"2024-03-09T10:00:00+01:00","story_text":"BODY"}}""")]
    [InlineData("""{"titre":"Army Repels Attack","modified":"2024-03-09T10:00:00+01:00","when":"2024-03-06 10:00:00+01:00","kicker":"Mali","copy":"BODY"}""")]
    // Portuguese and Turkish names; a publication under its language's stem ("publicadoEm"), or split into parts in an
    // object with its zone beside it; a body in an object or as an array of typed blocks; a headline found by its shape.
    [InlineData("""{"manchete":"Army Repels Attack","publicadoEm":"2024-03-06T10:00:00+01:00","corpo":"BODY"}""")]
    [InlineData("""{"baslik":"Army Repels Attack","yayin":{"tarih":"2024-03-06","saat":"10:00","guncelleme":"2024-03-09 10:00"},"saatDilimi":"CET","icerik":{"metin":"BODY"}}""")]
    [InlineData("""{"headline":"Army Repels Attack","published":"2024-03-06T10:00:00+01:00","blocks":[{"type":"paragraph","text":"BODY"},{"type":"ad","id":"x"}]}""")]
    [InlineData("""{"cabecalho_principal":"Army Repels Attack","quando":"2024-03-06T10:00:00+01:00","materia":"BODY"}""")]
    // A headline field in the site's language ("headline_en", "titleEn"); a byline's "name" is no envelope.
    [InlineData("""{"site":"Sahel Observer","headline_en":"Army Repels Attack","published_at":"2024-03-06T10:00:00+01:00","byline":{"name":"Amina Diallo","city":"Gao"},"content":{"paragraphs":["BODY"]}}""")]
    [InlineData("""{"titleEn":"Army Repels Attack","pubDate":"2024-03-06T10:00:00+01:00","author":{"name":"Amina Diallo"},"text":"BODY"}""")]
    // The article deeper than its envelope: a JSON Feed's item under the feed's own title (its summary shorter than its
    // content_html, or its whole story), a CMS export's last revision with the publication given once above the revisions,
    // a headline in a "meta" object beside the body, with a related story's headline after it.
    [InlineData("""{"version":"https://jsonfeed.org/version/1.1","title":"Sahel Radio - News","items":[{"id":"1","title":"Army Repels Attack","summary":"Fighting near Kidal.","content_html":"<p>BODY</p>","date_published":"2024-03-06T10:00:00+01:00"}]}""")]
    [InlineData("""{"title":"Sahel Radio","items":[{"title":"Army Repels Attack","date_published":"2024-03-06T10:00:00+01:00","summary":"BODY"}]}""")]
    [InlineData("""{"export":{"system":"cms 4","exported_at":"2024-03-09T10:00:00Z"},"article":{"first_published":"2024-03-06T10:00:00+01:00","revisions":[{"rev":1,"headline":"Attack Near Kidal","body":["The army repelled an attack near Kidal, officials in Mali said, in a first report of the fighting that was later corrected."]},{"rev":2,"headline":"Army Repels Attack","body":["BODY"]}]}}""")]
    [InlineData("""{"article":{"meta":{"outlet":"Sahel Daily","headline":"Army Repels Attack","published":"2024-03-06 10:00","timezone_label":"CET"},"body":{"paragraphs":["BODY"]},"related":[{"headline":"Markets fall on news of the attack","id":3}]}}""")]
    public void Json_FindsItsFields_ByNameInSeveralLanguages_OrByShape(string json)
    {
        var u = Understand(Encoding.UTF8.GetBytes(json.Replace("BODY", Story, StringComparison.Ordinal)), "a.json");
        Assert.True(u.IsAlert, string.Join("; ", u.Warnings));
        Assert.Equal("Army Repels Attack", u.Headline);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 9, 0, 0, TimeSpan.Zero), u.Published);
        Assert.Equal(["2024-03-04"], u.KeyTimes.Select(k => k.UtcText));
    }

    [Theory]
    // A story's first paragraph in a field of its own ("lead", "standfirst", French "chapo") goes in front of its body,
    // unless the body already opens with it.
    [InlineData("""{"title":"Drones Strike Port","lead":"Drones struck the port at 0415 GMT on 21 July 2026, officials said.","text":"Fires burned for hours and the harbour closed to shipping, the regional governor said."}""")]
    [InlineData("""{"titre":"Drones Strike Port","chapo":"Drones struck the port at 0415 GMT on 21 July 2026, officials said.","texte":"Fires burned for hours and the harbour closed to shipping, the regional governor said."}""")]
    [InlineData("""{"headline":"Drones Strike Port","standfirst":"Drones struck the port at 0415 GMT on 21 July 2026, officials said.","body":"Drones struck the port at 0415 GMT on 21 July 2026, officials said. Fires burned for hours and the harbour closed to shipping, the regional governor said."}""")]
    public void Json_LeadField_OpensTheBody_Once(string json)
    {
        var u = Understand(Encoding.UTF8.GetBytes(json), "a.json");
        Assert.Equal(["2026-07-21T04:15Z"], u.KeyTimes.Select(k => k.UtcText));
        Assert.StartsWith("Drones struck the port", u.Body, StringComparison.Ordinal);
        Assert.Equal(1, u.Body.Split("Drones struck the port").Length - 1);
    }

    [Theory]
    // A shop's product record is no article, whatever its description says; an article that names a price is.
    [InlineData("""{"product":{"sku":"RAD-1","name":"Storm Radio 4400 With Alarm","price":{"amount":59.99,"currency":"USD"},"availability":"In stock","description":"BODY"}}""", false)]
    [InlineData("""{"name":"Storm Radio 4400 With Alarm","price":59.99,"rating":4.6,"description":"BODY"}""", false)]
    [InlineData("""{"title":"Army Repels Attack","published":"2024-03-06T10:00:00+01:00","price":"free","body":"BODY"}""", true)]
    public void Json_ProductRecord_IsNoArticle(string json, bool alert)
    {
        var u = Understand(Encoding.UTF8.GetBytes(json.Replace("BODY", Story, StringComparison.Ordinal)), "a.json");
        Assert.Equal(alert, u.IsAlert);
    }

    [Theory]
    // A publication under "timestamp", or written out under a name in another script; a page's date in its "meta" line
    // beside counts of comments and views.
    [InlineData("""{"article":{"headline":"Army Repels Attack","timestamp":"Saturday, 02 Mar 2024 2:15 PM GMT","paragraphs":["The army repelled an attack near Kidal on Friday, officials said, after hours of fighting in the north."]}}""", "a.json")]
    [InlineData("""{"عنوان":"Army Repels Attack","تاریخ":"۱۴۰۲/۱۲/۱۲","تاریخ_میلادی":"Saturday, March 2, 2024","متن":["The army repelled an attack near Kidal on Friday, officials said, after hours of fighting in the north.","Officials said the attackers withdrew toward the border."]}""", "a.json")]
    [InlineData("""<html><body><h1>Army Repels Attack</h1><p class="meta">2 March 2024 10:05 am - <span class="comments">4</span> - <span class="views">5210</span></p><p>The army repelled an attack near Kidal on Friday, officials said, after hours of fighting in the north.</p></body></html>""", "a.html")]
    // A publication written year first with dots in a nested "meta"; a live page that gives only its last update.
    [InlineData("""{"source":"Sahel Agency","title":"Army Repels Attack","meta":{"published":"2024.03.02 17:45","author":"A. Diallo"},"body":"The army repelled an attack near Kidal on Friday, officials said, after hours of fighting in the north."}""", "a.json")]
    [InlineData("""{"outlet":"Sahel Live","title":"Army Repels Attack","lastUpdated":"2024-03-02T20:31:00+00:00","text":"The army repelled an attack near Kidal on Friday, officials said, after hours of fighting in the north."}""", "a.json")]
    // A standfirst between the headline and its byline and stamp; a site's name in one lower-case word over a two-part trail.
    [InlineData("Army Repels Rebel Attack Near Kidal\n\nTroops held the base after hours of fighting\n\nBy Amina Diallo\nPublished: Saturday, March 2, 2024 at 9:05 a.m. GMT\n\nThe army repelled an attack near Kidal on Friday, officials said, after hours of fighting in the north.", "a.txt")]
    // A live page that shows only when it was last updated.
    [InlineData("""<html><body><h1>Army Repels Attack Near Kidal</h1><p class="updated">Updated 2 March 2024, 09:15</p><p>The army repelled an attack near Kidal on Friday, officials said, after hours of fighting in the north.</p></body></html>""", "a.html")]
    public void PublicationWrittenOut_AnchorsTheStorysDays(string text, string name)
    {
        var u = Understand(Encoding.UTF8.GetBytes(text), name);
        Assert.StartsWith("Army Repels", u.Headline, StringComparison.Ordinal);
        Assert.Equal(["2024-03-01"], u.KeyTimes.Select(k => k.UtcText));
    }

    [Fact]
    public void Html_MetadataAndMainContent_AreExtracted()
    {
        var html = """
            <html><head><title>Army Repels Attack | Site</title><link rel="canonical" href="https://x.test/a">
            <meta property="article:published_time" content="2024-03-02T09:00:00Z"><meta name="author" content="Jane Doe"></head>
            <body><nav><p>Chad Niger Sudan Libya menu entries that are long enough to look like a paragraph of text</p></nav>
            <div class="content"><h1>Army Repels Attack</h1>
            <p>The army repelled an attack near Kidal in northern Mali early today, officials said, after hours of fighting.</p>
            <p>Officials said the attackers withdrew toward the Algerian border.</p></div>
            <aside><p>Most read: Niger junta expels envoy on March 1</p></aside></body></html>
            """;
        var u = Understand(Encoding.UTF8.GetBytes(html), "a.html");
        Assert.Equal("Army Repels Attack", u.Headline);
        Assert.Equal("https://x.test/a", u.Url);
        Assert.Equal("Jane Doe", u.Author);
        Assert.Equal(["2024-03-02"], u.KeyTimes.Select(k => k.UtcText));
        Assert.DoesNotContain("niger", u.Topics);
        Assert.DoesNotContain("chad", u.Topics);
    }

    [Fact]
    public void SplitFeed_GivesOneDocumentPerItem_WithMetadata()
    {
        var rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
            <item><title>First Alert</title><link>https://x.test/1</link><guid>g-1</guid><pubDate>Wed, 18 Sep 2024 00:30:00 +0000</pubDate>
            <description>&lt;p&gt;North Korea fired missiles at 0635 KST on Wednesday, officials in Seoul said.&lt;/p&gt;</description></item>
            <item><title>Second Alert</title><link>https://x.test/2</link><guid>g-2</guid><pubDate>Tue, 17 Sep 2024 09:00:00 GMT</pubDate>
            <description>Japan protested after a Chinese aircraft entered its airspace at 1130 JST on Monday, officials said.</description></item>
            </channel></rss>
            """;
        var items = Feeds.SplitFeed(new SourceDocument("asia.xml", Encoding.UTF8.GetBytes(rss)));
        Assert.Equal(2, items.Count);
        Assert.Equal("g-1", items[0].Id);
        Assert.Equal("https://x.test/2", items[1].Url);
        Assert.Equal(new DateTimeOffset(2024, 9, 17, 9, 0, 0, TimeSpan.Zero), items[1].Published);

        var understander = new ArticleUnderstander();
        var first = understander.Understand(items[0]);
        var second = understander.Understand(items[1]);
        Assert.Equal("First Alert", first.Headline);
        Assert.Equal("g-1", first.SourceId);
        Assert.Equal(["2024-09-17T21:35Z"], first.KeyTimes.Select(k => k.UtcText));
        Assert.Equal(["2024-09-16T02:30Z"], second.KeyTimes.Select(k => k.UtcText));
    }

    [Fact]
    public void SplitFeed_ReadsAtomEntries()
    {
        var atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
            <entry><title>Kursk Alert</title><link rel="alternate" href="https://x.test/k"/><id>urn:k</id><updated>2024-08-10T06:00:00Z</updated>
            <summary>Early Saturday, at 0430 Moscow time, Russia said missiles were shot down over Kursk.</summary></entry></feed>
            """;
        var items = Feeds.SplitFeed(new SourceDocument("f.atom", Encoding.UTF8.GetBytes(atom)));
        var item = Assert.Single(items);
        Assert.Equal("urn:k", item.Id);
        Assert.Equal("https://x.test/k", item.Url);
        Assert.Equal(["2024-08-10T01:30Z"], new ArticleUnderstander().Understand(item).KeyTimes.Select(k => k.UtcText));
    }

    [Fact]
    public void Feed_WithADoctype_IsNotExpanded()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "EXPANDED">]><rss><channel><item><title>Alert &x;</title><description>The army repelled an attack near Kidal on Monday, officials in Mali said.</description></item></channel></rss>""";
        var u = Understand(Encoding.UTF8.GetBytes(xml), "a.xml");
        Assert.DoesNotContain("EXPANDED", u.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Understander_IsThreadSafe()
    {
        var understander = new ArticleUnderstander();
        var files = Directory.GetFiles(CorpusScoreTests.CorpusDirectory).Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal)).ToArray();
        var docs = files.Select(f => new SourceDocument(Path.GetFileName(f), File.ReadAllBytes(f))).ToArray();
        var expected = docs.Select(d => Render(understander.Understand(d))).ToArray();
        Parallel.For(0, docs.Length * 20, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            Assert.Equal(expected[i % docs.Length], Render(understander.Understand(docs[i % docs.Length]))));
    }

    private static string Render(Understanding u) =>
        $"{u.Headline}|{u.Summary}|{string.Join(",", u.KeyTimes.Select(k => k.UtcText + k.Event))}|{string.Join(",", u.Topics)}|{u.IsAlert}|{string.Join(",", u.Warnings)}";
}
