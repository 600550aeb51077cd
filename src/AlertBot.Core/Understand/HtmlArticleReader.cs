using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AlertBot.Core.Understand;

/// <summary>
/// Reads an HTML page with a real parser (AngleSharp) and extracts the main content: the headline from the
/// article's &lt;h1&gt; (else og:title / &lt;title&gt;), the story from &lt;article&gt;/&lt;main&gt; or the
/// densest block of paragraphs, with page furniture (nav, header, footer, aside, forms, share widgets) dropped.
/// </summary>
internal static class HtmlArticleReader
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false, IsNotConsumingCharacterReferences = false };

    private static readonly System.Collections.Frozen.FrozenSet<string> NoiseTokens = new[]
    {
        "share", "sharing", "social", "related", "newsletter", "subscribe", "subscription", "cookie", "cookies", "consent", "comment",
        "comments", "advert", "advertisement", "ad", "ads", "promo", "sidebar", "breadcrumb", "breadcrumbs", "byline", "author", "bio",
        "tags", "tag", "popup", "modal", "recommended", "recommendations", "trending", "footer", "menu", "nav", "navbar", "caption",
        "kicker", "eyebrow", "teaser", "teasers", "more", "paywall", "signup", "banner", "toolbar", "meta", "dateline", "timestamp",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const string Furniture = "script,style,noscript,template,nav,header,footer,aside,form,iframe,svg,button,select,input,textarea,figure,figcaption,picture,video,audio,canvas,[role=navigation],[role=banner],[role=contentinfo],[role=complementary],[aria-hidden=true],[hidden]";

    public static ArticleParts Read(string html)
    {
        var parser = new HtmlParser(ParserOptions);
        using var doc = parser.ParseDocument(html);
        var parts = new ArticleParts();

        ReadJsonLd(doc, parts);
        foreach (var e in doc.QuerySelectorAll("script,style,noscript,template").ToArray()) e.Remove();
        ReadMetadata(doc, parts);

        var h1 = doc.QuerySelector("article h1, main h1, [role=main] h1") ?? doc.QuerySelector("h1");
        var headline = h1 is null ? "" : TextClean.CollapseWhitespace(h1.TextContent);
        if (headline.Length == 0)
        {
            headline = doc.QuerySelector("meta[property='og:title']")?.GetAttribute("content")
                ?? StripSiteName(doc.Title ?? "");
            headline = TextClean.CollapseWhitespace(headline);
        }
        parts.Headline = Noise.StripKickerPrefix(headline);
        h1?.Remove();

        foreach (var e in doc.QuerySelectorAll(Furniture).ToArray()) e.Remove();
        foreach (var e in doc.Body?.QuerySelectorAll("[class],[id]").ToArray() ?? [])
        {
            if (e.LocalName is "article" or "main" or "body" or "html" || !IsNoiseByName(e)) continue;
            e.Remove();
        }

        var root = ChooseRoot(doc);
        var paragraphs = new List<string>();
        if (root is not null) Collect(root, paragraphs);
        parts.Paragraphs = Noise.FilterBody(paragraphs);
        return parts;
    }

    /// <summary>Paragraph texts of an HTML fragment (a JSON body or a feed item's content).</summary>
    public static List<string> FragmentParagraphs(string html)
    {
        var parser = new HtmlParser(ParserOptions);
        using var doc = parser.ParseDocument("<html><body>" + html + "</body></html>");
        foreach (var e in doc.QuerySelectorAll(Furniture).ToArray()) e.Remove();
        var paragraphs = new List<string>();
        if (doc.Body is not null) Collect(doc.Body, paragraphs);
        return paragraphs;
    }

    private static void ReadMetadata(IDocument doc, ArticleParts parts)
    {
        string? Meta(string selector) => doc.QuerySelector(selector)?.GetAttribute("content");
        var published = Meta("meta[property='article:published_time']") ?? Meta("meta[itemprop='datePublished']")
            ?? Meta("meta[name='pubdate']") ?? Meta("meta[name='publish-date']") ?? Meta("meta[name='date']") ?? Meta("meta[name='DC.date.issued']")
            ?? doc.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime");
        parts.Published ??= Dates.ParseLoose(published);
        parts.Url ??= doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("meta[property='og:url']");
        parts.Author ??= Meta("meta[name='author']") ?? doc.QuerySelector("[rel='author']")?.TextContent.Trim();
    }

    /// <summary>schema.org NewsArticle data (datePublished, url, author) from JSON-LD blocks; broken JSON is ignored.</summary>
    private static void ReadJsonLd(IDocument doc, ArticleParts parts)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(script.TextContent, new System.Text.Json.JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 16 });
                Visit(json.RootElement, parts, 0);
            }
            catch (System.Text.Json.JsonException)
            {
            }
        }
    }

    private static void Visit(System.Text.Json.JsonElement e, ArticleParts parts, int depth)
    {
        if (depth > 4) return;
        if (e.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Visit(item, parts, depth + 1);
            return;
        }
        if (e.ValueKind != System.Text.Json.JsonValueKind.Object) return;
        if (e.TryGetProperty("datePublished", out var published) && published.ValueKind == System.Text.Json.JsonValueKind.String)
            parts.Published ??= Dates.ParseLoose(published.GetString());
        if (e.TryGetProperty("url", out var url) && url.ValueKind == System.Text.Json.JsonValueKind.String && e.TryGetProperty("headline", out _))
            parts.Url ??= url.GetString();
        if (e.TryGetProperty("author", out var author))
        {
            var a = author.ValueKind == System.Text.Json.JsonValueKind.Array && author.GetArrayLength() > 0 ? author[0] : author;
            if (a.ValueKind == System.Text.Json.JsonValueKind.Object && a.TryGetProperty("name", out var name) && name.ValueKind == System.Text.Json.JsonValueKind.String)
                parts.Author ??= name.GetString();
            else if (a.ValueKind == System.Text.Json.JsonValueKind.String)
                parts.Author ??= a.GetString();
        }
        if (e.TryGetProperty("@graph", out var graph)) Visit(graph, parts, depth + 1);
    }

    private static string StripSiteName(string title)
    {
        foreach (var sep in new[] { " | ", " - ", " — ", " – " })
        {
            var i = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (i > 20) return title[..i];
        }
        return title;
    }

    private static bool IsNoiseByName(IElement e)
    {
        foreach (var name in new[] { e.ClassName, e.Id })
        {
            if (string.IsNullOrEmpty(name)) continue;
            foreach (var range in name.AsSpan().SplitAny(" -_"))
            {
                var token = name.AsSpan()[range];
                if (token.Length > 0 && NoiseTokens.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token)) return true;
            }
        }
        return false;
    }

    /// <summary>The element holding the story: the &lt;article&gt; or &lt;main&gt; with the most paragraph text, else the densest paragraph parent.</summary>
    private static IElement? ChooseRoot(IDocument doc)
    {
        IElement? best = null;
        var bestScore = 0;
        foreach (var e in doc.QuerySelectorAll("article, main, [role=main], [itemprop=articleBody]"))
        {
            var score = ParagraphText(e);
            if (score > bestScore)
            {
                bestScore = score;
                best = e;
            }
        }
        if (best is not null && bestScore >= 200) return best;

        var scores = new Dictionary<IElement, int>();
        foreach (var p in doc.QuerySelectorAll("p"))
        {
            var len = p.TextContent.Length;
            if (len < 25) continue;
            if (p.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + len;
                if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + len / 2;
            }
        }
        foreach (var (e, s) in scores)
        {
            if (s > bestScore)
            {
                bestScore = s;
                best = e;
            }
        }
        return best ?? doc.Body;
    }

    private static int ParagraphText(IElement e)
    {
        var total = 0;
        foreach (var p in e.QuerySelectorAll("p")) total += p.TextContent.Length;
        return total;
    }

    private static void Collect(IElement root, List<string> into)
    {
        foreach (var child in root.Children)
        {
            switch (child.LocalName)
            {
                case "p" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "pre" or "dd" or "dt" or "td" or "h1":
                    Add(child, into);
                    break;
                case "blockquote" or "div" or "section" or "article" or "main" or "ul" or "ol" or "span" or "dl" or "table" or "tbody" or "tr":
                    if (HasBlockChild(child)) Collect(child, into);
                    else Add(child, into);
                    break;
                case "br" or "hr" or "img":
                    break;
                default:
                    Add(child, into);
                    break;
            }
        }
    }

    private static bool HasBlockChild(IElement e)
    {
        foreach (var c in e.Children)
            if (c.LocalName is "p" or "div" or "section" or "ul" or "ol" or "li" or "blockquote" or "h2" or "h3" or "h4" or "table" or "article" or "tr" or "td") return true;
        return false;
    }

    private static void Add(IElement e, List<string> into)
    {
        var text = TextClean.CollapseWhitespace(e.TextContent);
        if (text.Length > 0) into.Add(text);
    }
}
