using System.Text.Json;

namespace AlertBot.Core.Understand;

/// <summary>Reads a JSON article: headline, body, publication, url, author, id — by name (several languages) or by shape.</summary>
internal static class JsonArticleReader
{
    // JsonDocument parses without recursion (its depth is a bit stack); MaxDepth only bounds what we walk.
    // An article is an object a few levels deep: anything deeper is not one.
    private const int MaxDepth = 32;

    // Field names as feeds and CMS exports spell them, English first, then the languages wire desks file in. A field with
    // another name is still found by its shape: the envelope by its headline, the body as the longest text, the
    // publication as the first ISO 8601 date-time that is not an edit's.
    private static readonly string[] HeadlineNames =
    [
        "title", "headline", "name", "titular", "titulo", "título", "titre", "titel", "titolo", "encabezado", "heading", "manchete",
        "baslik", "başlık", "überschrift", "ueberschrift", "schlagzeile", "kop", "judul", "tytul", "tytuł", "rubrik", "otsikko",
    ];
    private static readonly string[] EnvelopeHeadlineNames = HeadlineNames.Where(n => n != "name").ToArray();
    private static readonly HashSet<string> PersonFields = new(StringComparer.OrdinalIgnoreCase) { "byline", "author", "authors", "source", "publisher", "site", "creator", "credit", "contact", "editor", "reporter" };
    private static readonly string[] BodyNames =
    [
        "body", "content", "text", "articleBody", "article_body", "paragraphs", "contenido", "texto", "cuerpo", "contenu", "texte",
        "corps", "inhalt", "conteudo", "conteúdo", "corpo", "testo", "icerik", "içerik", "metin", "absaetze", "absätze", "tekst",
        "isi", "tresc", "treść", "content_html", "content_text", "contentHtml", "html", "description", "summary",
    ];
    // Names that often hold only a summary: a longer text under another name is the body.
    private static readonly string[] SummaryNames = ["description", "summary"];
    // A story's opening paragraph given apart from its body (not a summary or description, which restate it).
    private static readonly string[] LeadNames = ["lead", "lede", "standfirst", "intro", "leadText", "lead_text", "entradilla", "chapo", "chapeau", "lide", "vorspann", "spot"];
    private static readonly string[] PublishedNames =
    [
        "published", "datePublished", "date_published", "date", "pubDate", "published_at", "publishedAt", "created_at", "createdAt",
        "fecha_publicacion", "fecha", "data_publicacao", "date_publication", "datum", "time", "timestamp", "datetime", "date_time",
        "publishedDate", "published_date", "publish_date", "updated",
    ];
    private static readonly string[] EditNames = ["updat", "modif", "edit", "expir", "revis", "guncel", "güncel", "aktualis", "atualiz", "actualiz", "geaendert", "geändert"];

    // A publication under a name of its own language: these stems, in a field that is no edit's ("publicadoEm",
    // "veroeffentlicht", "yayin": {"tarih", "saat"}); a zone written beside it ("fusoHorario": "CAT") belongs to it.
    private static readonly string[] PublishedStems = ["publi", "veroeff", "veröff", "yayin", "yayın", "erschien", "issued", "fecha", "datum", "tarih", "date", "data"];
    private static readonly string[] ZoneStems = ["zone", "fuso", "tz", "zeitzone", "saatdilimi"];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth };

    /// <exception cref="JsonException">Not JSON (the caller reads it as text).</exception>
    /// <exception cref="ArticleRejectedException">JSON nested deeper than an article can be.</exception>
    public static ArticleParts Read(ReadOnlyMemory<byte> utf8, Deadline deadline)
    {
        using var doc = Parse(utf8);
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Array) root = root.GetArrayLength() > 0 ? root[0] : default;
        if (root.ValueKind != JsonValueKind.Object) return new ArticleParts();
        var top = root;
        root = Envelope(root);
        // The envelope holds no headline or no body by name: the article may sit deeper (a feed's item, a CMS export's last
        // revision, a headline in a "meta" object beside the body). Its fields are read there, the publication also from
        // the objects that hold it.
        JsonElement headlineHolder = root;
        IReadOnlyList<JsonElement> outer = [];
        if ((!HasField(root, HeadlineNames) || !HasField(root, BodyNames)) && Deepest(top) is { } deep)
            (headlineHolder, root, outer) = deep;

        var parts = new ArticleParts
        {
            Headline = Noise.StripKickerPrefix(TextClean.CollapseWhitespace(TextClean.StripMarkdown(Str(headlineHolder, HeadlineNames) ?? ""))),
            Url = Str(root, "url", "link", "canonical_url", "canonicalUrl", "permalink"),
            Author = Author(root),
            Id = Str(root, "id", "guid", "uuid", "_id"),
        };
        if (parts.Headline.Length == 0 && HeadlineByShape(root) is { } shaped)
            parts.Headline = Noise.StripKickerPrefix(TextClean.CollapseWhitespace(shaped));
        parts.SetPublished(Published(root) ?? outer.Select(Published).FirstOrDefault(p => p is not null) ?? DateValued(root) ?? EditStamp(root));
        var body = Str(root, BodyNames.AsSpan(0, BodyNames.Length - SummaryNames.Length)) ?? LongestOrSummary(root, parts.Headline.Length) ?? "";
        // {"lead": "TEHRAN – The IRGC seized a tanker … at 05:30 Tehran time", "text": "The vessel …"}: the story's first
        // paragraph in a field of its own, unless the body already opens with it.
        if (Str(root, LeadNames) is { } lead && !string.IsNullOrWhiteSpace(lead) && !body.AsSpan().TrimStart().StartsWith(lead.AsSpan().Trim()[..Math.Min(lead.Trim().Length, 80)]))
            body = lead + "\n" + body;
        parts.Paragraphs = Noise.FilterBody(Paragraphs(body, deadline), deadline);
        parts.NotArticle = IsShopRecord(root) ? "a shop's product record (SKU, price, stock), not an article" : null;
        return parts;
    }

    /// <summary>
    /// {"product": {"sku": …, "price": …, "availability": …}}: a catalogue entry. A product's code, or its price beside its
    /// stock, rating or currency, in the record or the object it wraps.
    /// </summary>
    private static bool IsShopRecord(JsonElement obj)
    {
        var (sku, price, shop) = (false, false, false);
        foreach (var p in obj.EnumerateObject())
        {
            var name = p.Name.ToLowerInvariant();
            sku |= name is "sku" or "gtin" or "ean" or "upc" or "mpn";
            price |= name is "price" or "offers" or "offer";
            shop |= name is "availability" or "instock" or "in_stock" or "stock" or "rating" or "aggregaterating" or "currency" or "pricecurrency" or "cart";
        }
        return sku || price && shop;
    }

    /// <summary>
    /// Valid JSON nested deeper than <see cref="MaxDepth"/> is refused; it used to be read as plain text, which made an
    /// "article" of brackets. Other JSON errors are left to the caller (a ".json" file that is really text).
    /// </summary>
    private static JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException) when (NestedTooDeeply(utf8.Span))
        {
            throw new ArticleRejectedException($"JSON nested more than {MaxDepth} levels deep; not an article");
        }
    }

    private static bool NestedTooDeeply(ReadOnlySpan<byte> utf8)
    {
        // The reader keeps its depth in a bit stack, not on the call stack, so any depth is safe to measure.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = int.MaxValue });
        try
        {
            while (reader.Read())
                if (reader.CurrentDepth >= MaxDepth) return true;
        }
        catch (JsonException)
        {
            // broken before it got too deep
        }
        return false;
    }

    /// <summary>A body string as paragraphs: HTML through the HTML reader, else blank-line or line separated text.</summary>
    internal static List<string> Paragraphs(string body, Deadline deadline)
    {
        if (LooksLikeHtml(body)) return HtmlArticleReader.FragmentParagraphs(body, deadline);
        var result = new List<string>();
        foreach (var line in body.Split('\n'))
        {
            deadline.Check();
            var t = TextClean.CollapseWhitespace(TextClean.StripMarkdown(line.TrimEnd('\r')));
            if (t.Length > 0 && !TextClean.LooksLikeMarkdownRule(t)) result.Add(t);
        }
        return result;
    }

    private static bool LooksLikeHtml(string s) =>
        s.Contains("</p>", StringComparison.OrdinalIgnoreCase) || s.Contains("<p>", StringComparison.OrdinalIgnoreCase)
        || s.Contains("<br", StringComparison.OrdinalIgnoreCase) || s.Contains("</div>", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An envelope such as <c>{"article": {...}}</c> or <c>{"data": {...}}</c> — or under any name (<c>{"nota": {...}}</c>)
    /// when the root has no headline of its own: the first property that is an object holding one.
    /// </summary>
    private static JsonElement Envelope(JsonElement root)
    {
        foreach (var name in (ReadOnlySpan<string>)["article", "data", "item", "story"])
        {
            if (Find(root, name) is { ValueKind: JsonValueKind.Object } inner && Str(inner, HeadlineNames) is not null) return inner;
        }
        if (Str(root, HeadlineNames) is not null) return root;
        // A byline's or a source's "name" is no headline: an object under another name is the article only with a title.
        foreach (var p in root.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Object && Str(p.Value, EnvelopeHeadlineNames) is not null) return p.Value;
        }
        foreach (var p in root.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Object && !PersonFields.Contains(p.Name) && Str(p.Value, "name") is not null) return p.Value;
        }
        return root;
    }

    /// <summary>The longest text, unless the summary is longer (a feed item whose description is its whole story).</summary>
    private static string? LongestOrSummary(JsonElement obj, int headlineLength)
    {
        var longest = LongestText(obj, headlineLength, 0);
        var summary = Str(obj, SummaryNames);
        return summary is not null && (longest is null || summary.Length >= longest.Length) ? summary : longest;
    }

    /// <summary>Whether one of the names holds a non-empty text or a list, without reading it out (a body is kilobytes).</summary>
    private static bool HasField(JsonElement obj, ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Find(obj, name) is { } v && (v.ValueKind == JsonValueKind.String && !v.ValueEquals("") || v.ValueKind is JsonValueKind.Array or JsonValueKind.Number))
                return true;
        }
        return false;
    }

    private static string? Published(JsonElement obj) => Str(obj, PublishedNames) ?? PublishedByStem(obj, 0);

    private static string? BodyOf(JsonElement obj, int headlineLength) => Str(obj, BodyNames) ?? LongestText(obj, headlineLength, 0);

    /// <summary>
    /// The article below an envelope that has no headline or no body under a body's name: of the objects a few levels down that
    /// hold a headline, the one whose body (its own, else one under a body's name in the object holding it, as for a
    /// "meta" beside a "body") is longest; of a list of revisions (a name such as "revisions", "versions", "history") only the last counts, as
    /// it supersedes the others. Returns where the headline is, the object read as the article, and the objects around
    /// it from the nearest out (where a publication given once for all revisions is).
    /// </summary>
    private static (JsonElement Headline, JsonElement Article, IReadOnlyList<JsonElement> Outer)? Deepest(JsonElement top)
    {
        (JsonElement, JsonElement, IReadOnlyList<JsonElement>)? best = null;
        var bestLength = 0;
        var stack = new List<JsonElement>();
        Visit(top, 0);
        return best;

        void Visit(JsonElement obj, int depth)
        {
            if (Str(obj, EnvelopeHeadlineNames) is { } headline)
            {
                var own = BodyOf(obj, headline.Length);
                var around = own is null && stack.Count > 0 ? BodyByName(stack[^1]) : null;
                var length = (own ?? around)?.Length ?? 0;
                // A tie goes to the deeper object that holds the text: a feed's text found through its item is the item's.
                if (length > 0 && (length > bestLength || length == bestLength && own is not null))
                {
                    // The objects holding the article, nearest first; a body beside the headline's object makes their holder the article.
                    var holders = Enumerable.Reverse(stack).ToList();
                    var article = own is not null ? obj : holders[0];
                    (best, bestLength) = ((obj, article, own is not null ? holders : holders[1..]), length);
                }
            }
            if (depth >= 4) return;
            stack.Add(obj);
            foreach (var p in obj.EnumerateObject())
            {
                if (HasStem(p.Name, TeaserNames))
                    continue;
                if (p.Value.ValueKind == JsonValueKind.Object && !PersonFields.Contains(p.Name))
                    Visit(p.Value, depth + 1);
                else if (p.Value.ValueKind == JsonValueKind.Array)
                {
                    var items = p.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList();
                    if (items.Count > 0 && IsRevisionList(p.Name)) items = [items[^1]];
                    foreach (var item in items.Take(8))
                        Visit(item, depth + 1);
                }
            }
            stack.RemoveAt(stack.Count - 1);
        }
    }

    /// <summary>A body under a body's name, directly or one object down (<c>"body": {"paragraphs": […]}</c>); none found by shape.</summary>
    private static string? BodyByName(JsonElement obj)
    {
        if (Str(obj, BodyNames) is { } body) return body;
        foreach (var name in BodyNames)
        {
            if (Find(obj, name) is { ValueKind: JsonValueKind.Object } inner && Str(inner, BodyNames) is { } nested) return nested;
        }
        return null;
    }

    // Other stories a page links to ("related", "recommended", "mostRead"): never the article.
    private static readonly string[] TeaserNames = ["related", "recommend", "teaser", "popular", "trending", "mostread", "most_read", "seealso", "see_also", "relacionad", "similar", "weitere"];

    private static readonly string[] HistoryNames = ["version", "history", "historial", "histori"];

    private static bool IsRevisionList(string name) => HasStem(name, EditNames) || HasStem(name, HistoryNames);

    /// <summary>
    /// The body under a name not listed: the longest text well past the headline — a string, an array of strings, an
    /// array of blocks each holding its text (<c>[{"type": "p", "text": "…"}]</c>), or an object holding one
    /// (<c>"icerik": {"metin": "…"}</c>).
    /// </summary>
    private static string? LongestText(JsonElement obj, int headlineLength, int depth)
    {
        string? best = null;
        foreach (var p in obj.EnumerateObject())
        {
            var text = p.Value.ValueKind switch
            {
                JsonValueKind.String => Str(obj, p.Name),
                JsonValueKind.Array => Str(obj, p.Name) ?? Blocks(p.Value, depth),
                JsonValueKind.Object when depth < 3 => Str(p.Value, BodyNames) ?? LongestText(p.Value, headlineLength, depth + 1),
                _ => null,
            };
            if (text is null || text.Length < Math.Max(120, 2 * headlineLength) || text.StartsWith("http", StringComparison.OrdinalIgnoreCase)) continue;
            if (best is null || text.Length > best.Length) best = text;
        }
        return best;
    }

    /// <summary>An array of blocks, each an object with its text under a body name or as its longest string: one paragraph each.</summary>
    private static string? Blocks(JsonElement array, int depth)
    {
        if (depth >= 3) return null;
        var texts = new List<string>();
        foreach (var el in array.EnumerateArray())
        {
            if (el.ValueKind != JsonValueKind.Object) continue;
            var text = Str(el, BodyNames) ?? LongestString(el);
            if (text is not null) texts.Add(text);
        }
        return texts.Count > 0 ? string.Join("\n", texts) : null;
    }

    private static string? LongestString(JsonElement obj)
    {
        string? best = null;
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() is { Length: > 0 } v && (best is null || v.Length > best.Length)) best = v;
        }
        return best is { Length: >= 20 } ? best : null;
    }

    /// <summary>
    /// A headline under a name not listed: the first line-like string of three words or more and at most 250 characters
    /// that is no date, link or identifier, before the body.
    /// </summary>
    private static string? HeadlineByShape(JsonElement obj)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.String || p.Value.GetString() is not { } v) continue;
            v = v.Trim();
            if (v.Length is < 15 or > 250 || v.Contains('\n') || !char.IsLetter(v[0]) || v.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                || v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || Dates.ParseLoose(v) is not null) continue;
            return v;
        }
        return null;
    }

    /// <summary>The publication under a stem of its language's word (<see cref="PublishedStems"/>), in the object or one it holds.</summary>
    private static string? PublishedByStem(JsonElement obj, int depth)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (!HasStem(p.Name, PublishedStems) || HasStem(p.Name, EditNames)) continue;
            var written = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                // "yayin": {"tarih": "2026-08-06", "saat": "16:40", "guncelleme": …}: its parts that are no edit's, in order.
                JsonValueKind.Object => string.Join(' ', p.Value.EnumerateObject()
                    .Where(x => x.Value.ValueKind == JsonValueKind.String && !HasStem(x.Name, EditNames)).Select(x => x.Value.GetString())),
                _ => null,
            };
            if (Dates.ParseLoose(written) is null) continue;
            var zone = obj.EnumerateObject().FirstOrDefault(x => x.Value.ValueKind == JsonValueKind.String && HasStem(x.Name, ZoneStems));
            return zone.Value.ValueKind == JsonValueKind.String && zone.Value.GetString() is { Length: >= 2 and <= 6 } z && z.All(char.IsAsciiLetter)
                && Dates.WrittenOffset(written) is null ? $"{written} {z}" : written;
        }
        if (depth >= 2) return null;
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Object && !HasStem(p.Name, EditNames) && PublishedByStem(p.Value, depth + 1) is { } inner) return inner;
        }
        return null;
    }

    private static bool HasStem(string name, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (name.Contains(stem, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>The publication under a name not listed: the first ISO 8601 date-time whose name is not an edit's.</summary>
    private static string? DateValued(JsonElement obj)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.String || HasStem(p.Name, EditNames)) continue;
            var v = p.Value.GetString();
            if (v is { Length: >= 16 and <= 40 } && char.IsAsciiDigit(v[0]) && v[4] == '-' && v[7] == '-' && v[10] is 'T' or ' '
                && DateTimeOffset.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _))
                return v;
        }
        // A date written out under a name of another script or language ("تاریخ_میلادی": "Saturday, October 3, 2026"):
        // a short field that is nothing but a date with its year.
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.String || HasStem(p.Name, EditNames)) continue;
            var v = p.Value.GetString();
            if (v is { Length: >= 8 and <= 48 } && Dates.ParseLoose(v) is not null && v.Count(char.IsLetter) <= 24)
                return v;
        }
        return null;
    }

    /// <summary>A live page that gives only when it was last updated ("lastUpdated"): that is when it was written, near enough.</summary>
    private static string? EditStamp(JsonElement obj)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.String && HasStem(p.Name, EditNames)
                && p.Value.GetString() is { Length: >= 16 and <= 40 } v && Dates.ParseLoose(v) is not null)
                return v;
        }
        return null;
    }

    private static string? Author(JsonElement root)
    {
        var a = Find(root, "author") ?? Find(root, "byline") ?? Find(root, "creator") ?? Find(root, "autor") ?? Find(root, "auteur") ?? Find(root, "writer") ?? Find(root, "firma");
        return a?.ValueKind switch
        {
            JsonValueKind.String => a.Value.GetString(),
            JsonValueKind.Object => Str(a.Value, "name"),
            JsonValueKind.Array when a.Value.GetArrayLength() > 0 => a.Value[0].ValueKind == JsonValueKind.String ? a.Value[0].GetString() : Str(a.Value[0], "name"),
            _ => null,
        };
    }

    private static string? Str(JsonElement obj, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Find(obj, name) is not { } v) continue;
            switch (v.ValueKind)
            {
                case JsonValueKind.String:
                    var s = v.GetString();
                    if (!string.IsNullOrWhiteSpace(s)) return s;
                    break;
                case JsonValueKind.Number:
                    return v.GetRawText();
                case JsonValueKind.Array:
                    // a body given as an array of paragraphs
                    var texts = v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString());
                    var joined = string.Join("\n", texts);
                    if (joined.Length > 0) return joined;
                    break;
            }
        }
        return null;
    }

    private static JsonElement? Find(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object) return null;
        if (obj.TryGetProperty(name, out var exact)) return exact;
        foreach (var p in obj.EnumerateObject())
            if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        // "headline_en", "title-fr", "titleEn": the field in the language the site files it in.
        foreach (var p in obj.EnumerateObject())
            if (p.Name.Length is var n && n > name.Length && n <= name.Length + 3 && p.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (p.Name[name.Length] is '_' or '-' && n - name.Length - 1 is 2 || n - name.Length == 2 && char.IsUpper(p.Name[name.Length]) && char.IsLower(p.Name[^1])))
                return p.Value;
        return null;
    }
}
