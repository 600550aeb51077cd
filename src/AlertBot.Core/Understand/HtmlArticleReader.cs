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
    private static readonly System.Collections.Frozen.FrozenSet<string> NoiseTokens = new[]
    {
        "share", "sharing", "social", "related", "newsletter", "subscribe", "subscription", "cookie", "cookies", "consent", "comment",
        "comments", "advert", "advertisement", "ad", "ads", "promo", "sidebar", "breadcrumb", "breadcrumbs", "byline", "author", "bio",
        "tags", "tag", "popup", "modal", "recommended", "recommendations", "trending", "footer", "menu", "nav", "navbar", "caption",
        "kicker", "eyebrow", "teaser", "teasers", "more", "paywall", "signup", "banner", "toolbar", "meta", "dateline", "timestamp",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const string Furniture = "script,style,noscript,template,nav,header,footer,aside,form,iframe,svg,button,select,input,textarea,figure,figcaption,picture,video,audio,canvas,[role=navigation],[role=banner],[role=contentinfo],[role=complementary],[aria-hidden=true],[hidden]";

    /// <summary>
    /// A parser for one document. Every element it creates counts against the time budget, and against a cap: HTML can
    /// make a parser create elements it does not contain (formatting elements re-opened in each new paragraph), but
    /// never sensibly more than one per character.
    /// </summary>
    private static HtmlParser Parser(string html, Deadline deadline)
    {
        var cap = html.Length + 1024;
        var created = 0;
        return new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false,
            IsNotConsumingCharacterReferences = false,
            MaximumDepth = HtmlNesting.MaxDepth * 2,
            OnCreated = (_, _) =>
            {
                if (++created > cap) throw new ArticleRejectedException($"HTML builds more than {cap} elements from {html.Length} characters; not an article");
                deadline.Check();
            },
        });
    }

    public static ArticleParts Read(string html, Deadline deadline)
    {
        html = HtmlNesting.Limit(html);
        using var doc = Parser(html, deadline).ParseDocument(html);
        deadline.Check();
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
        deadline.Check();

        var root = ChooseRoot(doc);
        deadline.Check();
        var paragraphs = new List<string>();
        if (root is not null) Collect(root, paragraphs, deadline);
        parts.Paragraphs = Noise.FilterBody(paragraphs, deadline);
        return parts;
    }

    /// <summary>Paragraph texts of an HTML fragment (a JSON body or a feed item's content).</summary>
    public static List<string> FragmentParagraphs(string html, Deadline deadline)
    {
        html = "<html><body>" + HtmlNesting.Limit(html) + "</body></html>";
        using var doc = Parser(html, deadline).ParseDocument(html);
        deadline.Check();
        foreach (var e in doc.QuerySelectorAll(Furniture).ToArray()) e.Remove();
        var paragraphs = new List<string>();
        if (doc.Body is not null) Collect(doc.Body, paragraphs, deadline);
        return paragraphs;
    }

    private static void ReadMetadata(IDocument doc, ArticleParts parts)
    {
        string? Meta(string selector) => doc.QuerySelector(selector)?.GetAttribute("content");
        var published = Meta("meta[property='article:published_time']") ?? Meta("meta[itemprop='datePublished']")
            ?? Meta("meta[name='pubdate']") ?? Meta("meta[name='publish-date']") ?? Meta("meta[name='date']") ?? Meta("meta[name='DC.date.issued']")
            ?? doc.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime");
        parts.SetPublished(published);
        parts.Published ??= VisibleDate(doc);
        parts.Url ??= doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("meta[property='og:url']");
        parts.Author ??= Meta("meta[name='author']") ?? doc.QuerySelector("[rel='author']")?.TextContent.Trim();
    }

    /// <summary>
    /// A page with no machine-readable date often shows one: "Published On 26 Oct 2025", "Posted Sun 5 Oct 2025 at
    /// 3:41pm", a <c>time</c> element's text, a date or byline element. The first short one that names a date is the
    /// publication day (its clock, often in an unstated zone, is not trusted: the day is what anchors the story).
    /// </summary>
    private static DateTimeOffset? VisibleDate(IDocument doc)
    {
        var candidates = doc.QuerySelectorAll("time, [class*='date'], [class*='time'], [class*='publish'], [class*='posted'], [class*='byline'], [class*='dateline'], [class*='meta'], [itemprop*='date']")
            .Concat(doc.QuerySelectorAll("span, p, div, small").Where(e => e.ChildElementCount == 0 && (StartsLikeAStamp(e.TextContent) || OpensWithADate(e.TextContent) || DatePart(e.TextContent) is not null)));
        var seen = 0;
        DateTimeOffset? updated = null;
        foreach (var e in candidates)
        {
            if (++seen > 200)
                break;
            var text = e.TextContent.Trim();
            if (text.Length is 0 or > 120)
                continue;
            if (text.StartsWith("updated", StringComparison.OrdinalIgnoreCase) || text.StartsWith("last updated", StringComparison.OrdinalIgnoreCase))
            {
                // A live page that shows only when it was last updated ("Updated 25 October 2026, 09:15"): its day, if
                // nothing else dates the page.
                updated ??= Dates.ParseLoose(text) ?? DatePart(text);
                continue;
            }
            if ((Dates.ParseLoose(text) ?? Dates.ParseLoose(FirstPart(text)) ?? DatePart(text)) is { } when)
                return new DateTimeOffset(when.UtcDateTime.Date.AddHours(12), TimeSpan.Zero);
        }

        // The title's parts: "Live updates: fighting near Uvira - 22 July 2026 | Great Lakes Live".
        var title = doc.Title ?? "";
        foreach (var part in title.Split(['|', '·', '•', '—', '–'], StringSplitOptions.TrimEntries))
        {
            foreach (var piece in part.Split(" - ", StringSplitOptions.TrimEntries))
            {
                if (piece.Length is > 0 and <= 40 && Dates.ParseLoose(piece) is { } inTitle)
                    return new DateTimeOffset(inTitle.UtcDateTime.Date.AddHours(12), TimeSpan.Zero);
            }
        }

        return updated is { } lastUpdate ? new DateTimeOffset(lastUpdate.UtcDateTime.Date.AddHours(12), TimeSpan.Zero) : null;
    }

    /// <summary>"Wednesday 22 July 2026 · entries in CAT" → "Wednesday 22 July 2026": the text before its first separator.</summary>
    private static string FirstPart(string text)
    {
        var end = text.AsSpan().IndexOfAny("|·•—–");
        var dash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (dash >= 0 && (end < 0 || dash < end)) end = dash;
        return end > 0 ? text[..end].Trim() : "";
    }

    /// <summary>
    /// "Release No. 26-014 · February 11, 2026 4:30 PM EST": a short line of parts (a serial, a desk, a label) one of which
    /// is nothing but a date.
    /// </summary>
    private static DateTimeOffset? DatePart(string text)
    {
        var t = text.Trim();
        if (t.Length > 100) return null;
        var parts = t.Split(['|', '·', '•', '—', '–'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts.Any(p => p.Length > 40)) return null;
        foreach (var part in parts)
        {
            if (Dates.ParseLoose(part) is { } when) return when;
        }
        return null;
    }

    /// <summary>A leaf element that opens with a date and a separator ("Wednesday 22 July 2026 · entries in CAT").</summary>
    private static bool OpensWithADate(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.Length is > 0 and <= 120 && (char.IsAsciiDigit(t[0]) || char.IsUpper(t[0])) && FirstPart(text) is { Length: > 0 and <= 40 } first
               && Dates.ParseLoose(first) is not null;
    }

    private static bool StartsLikeAStamp(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.Length <= 120 && (t.StartsWith("Published", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Posted", StringComparison.OrdinalIgnoreCase)
                                   || t.StartsWith("First published", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Issued", StringComparison.OrdinalIgnoreCase));
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
            parts.SetPublished(published.GetString());
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
        var candidates = doc.QuerySelectorAll("article, main, [role=main], [itemprop=articleBody]");
        var text = ParagraphLengths(doc, candidates);
        IElement? best = null;
        var bestScore = 0;
        foreach (var e in candidates)
        {
            var score = text.Within[e];
            if (score > bestScore)
            {
                bestScore = score;
                best = e;
            }
        }
        if (best is not null && bestScore >= 200) return best;

        var scores = new Dictionary<IElement, int>();
        foreach (var (p, len) in text.Paragraphs)
        {
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

    /// <param name="Paragraphs">Every &lt;p&gt; in document order with the length of its text.</param>
    /// <param name="Within">For each candidate root: the summed text length of the &lt;p&gt; elements inside it.</param>
    private sealed record ParagraphText(List<(IElement P, int Length)> Paragraphs, Dictionary<IElement, int> Within);

    /// <summary>
    /// Paragraph text lengths in one walk of the tree. Asking each candidate for its paragraphs and each paragraph for
    /// its text walked a subtree per candidate and per paragraph: nested articles (or p elements nested through
    /// tables) made that quadratic. The sums are the same: a p's length is that of its text content (descendant
    /// text nodes), and a candidate's score counts every p inside it, nested ones again, as the selector did.
    /// </summary>
    private static ParagraphText ParagraphLengths(IDocument doc, IHtmlCollection<IElement> candidates)
    {
        var result = new ParagraphText([], new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance));
        foreach (var c in candidates) result.Within[c] = 0;
        if (doc.DocumentElement is not { } html) return result;
        var stack = new Stack<OpenElement>();
        stack.Push(new OpenElement(html, -1));
        while (stack.Count > 0)
        {
            var top = stack.Peek();
            var children = top.Node.ChildNodes;
            if (top.Child < children.Length)
            {
                var next = children[top.Child++];
                if (next is IText t)
                {
                    top.Text += t.Data.Length;
                }
                else if (next is IElement e)
                {
                    var slot = -1;
                    if (e.LocalName == "p")
                    {
                        // Slots are taken on entering, so the list is in document order, as the selector returned it.
                        slot = result.Paragraphs.Count;
                        result.Paragraphs.Add((e, 0));
                    }
                    stack.Push(new OpenElement(e, slot));
                }
                continue;
            }
            // All children seen: record the sums and hand them to the parent.
            stack.Pop();
            if (top.Slot >= 0) result.Paragraphs[top.Slot] = (result.Paragraphs[top.Slot].P, top.Text);
            if (top.Node is IElement done && result.Within.ContainsKey(done)) result.Within[done] = top.PText;
            if (stack.TryPeek(out var parent))
            {
                parent.Text += top.Text;
                parent.PText += top.PText + (top.Slot >= 0 ? top.Text : 0);
            }
        }
        return result;
    }

    /// <summary>An element being walked: the next child to visit, its text so far, the p text inside it so far, its paragraph slot.</summary>
    private sealed class OpenElement(INode node, int slot)
    {
        public INode Node { get; } = node;
        public int Slot { get; } = slot;
        public int Child { get; set; }
        public int Text { get; set; }
        public int PText { get; set; }
    }

    /// <summary>
    /// The story's paragraphs: leaf blocks in document order, descending into containers that hold blocks.
    /// An explicit stack of child enumerators, not recursion, so that the nesting of the page never meets the call stack.
    /// </summary>
    private static void Collect(IElement root, List<string> into, Deadline deadline)
    {
        var stack = new Stack<IEnumerator<IElement>>();
        stack.Push(root.Children.GetEnumerator());
        while (stack.Count > 0)
        {
            var children = stack.Peek();
            if (!children.MoveNext())
            {
                children.Dispose();
                stack.Pop();
                continue;
            }
            deadline.Check();
            var child = children.Current;
            switch (child.LocalName)
            {
                case "p" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "pre" or "dd" or "dt" or "td" or "h1":
                    Add(child, into);
                    break;
                case "blockquote" or "div" or "section" or "article" or "main" or "ul" or "ol" or "span" or "dl" or "table" or "tbody" or "tr":
                    if (HasBlockChild(child)) stack.Push(child.Children.GetEnumerator());
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
