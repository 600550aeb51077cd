namespace AlertBot.Core.Understand;

/// <summary>
/// Turns a raw <see cref="SourceDocument"/> into an <see cref="Understanding"/>: format detection, noise removal,
/// headline, key times in UTC, summary and topic tags. Pure (no I/O, no clock) and thread-safe.
/// </summary>
public sealed class ArticleUnderstander(UnderstandOptions? options = null)
{
    // A one-line flash item ("Explosions reported in Kyiv at 0412 local time.") is a real alert.
    private const int MinStoryChars = 40;

    private readonly UnderstandOptions _options = options ?? new UnderstandOptions();

    /// <exception cref="ArticleRejectedException">The input is over the size limit or is not text, or a text pattern ran away.</exception>
    public Understanding Understand(SourceDocument document)
    {
        try
        {
            return UnderstandCore(document);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            // The backstop: a pattern that ran away is a refusal of this article, never a crash.
            throw Deadline.TookTooLong($"a text pattern ran over its {e.MatchTimeout.TotalMilliseconds:0} ms limit");
        }
    }

    private Understanding UnderstandCore(SourceDocument document)
    {
        var text = TextDecoder.Decode(document.Content.Span, _options.MaxBytes, out var decodeWarning);
        var warnings = new List<string>();
        if (decodeWarning is not null) warnings.Add(decodeWarning);

        var format = FormatDetector.Detect(document, text);
        var parts = Read(format, document, text, warnings);
        warnings.AddRange(parts.Warnings);

        var paragraphs = parts.Paragraphs;
        var headline = parts.Headline;
        var sentences = new List<List<(int Start, int End)>>(paragraphs.Count);
        foreach (var p in paragraphs) sentences.Add(Sentences.Split(p));

        var (topics, mainZone) = Topics.Find(headline, paragraphs);
        var published = parts.Published ?? document.Published;
        var sites = new List<KeyTimeSite>();
        var keyTimes = KeyTimeResolver.Resolve(paragraphs, sentences, published, mainZone, warnings, sites);
        var summary = Summary.Build(paragraphs, sentences, sites);
        for (var i = 0; i < keyTimes.Count; i++)
        {
            // A bare "DTG: 050900ZJUN24" line says when but not what; the headline says what.
            if (keyTimes[i].Event.Length == 0 && headline.Length > 0)
                keyTimes[i] = keyTimes[i] with { Event = headline.Length <= 80 ? headline : headline[..Math.Max(headline.LastIndexOf(' ', 79), 40)] };
        }

        var storyChars = 0;
        foreach (var p in paragraphs) storyChars += p.Length;
        var isAlert = headline.Length > 0 && storyChars >= MinStoryChars;
        if (!isAlert) warnings.Add(headline.Length == 0 ? "no headline found; not an article" : "no story text after removing page noise; not an article");

        return new Understanding
        {
            Headline = headline,
            Summary = summary,
            KeyTimes = isAlert ? keyTimes : [],
            Topics = isAlert ? topics : [],
            IsAlert = isAlert,
            Warnings = Distinct(warnings),
            Body = string.Join("\n\n", paragraphs),
            Url = parts.Url ?? document.Url,
            Published = published,
            SourceId = parts.Id ?? document.Id,
            Author = parts.Author,
            Format = format,
        };
    }

    private static ArticleParts Read(ArticleFormat format, SourceDocument document, string text, List<string> warnings)
    {
        try
        {
            return format switch
            {
                ArticleFormat.Html => HtmlArticleReader.Read(text),
                ArticleFormat.Json => JsonArticleReader.Read(System.Text.Encoding.UTF8.GetBytes(text)),
                ArticleFormat.Feed => Feeds.ReadFirst(text),
                ArticleFormat.Markdown => PlainTextReader.Read(text, markdown: true),
                _ => PlainTextReader.Read(text, markdown: false),
            };
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or System.Xml.XmlException)
        {
            // Broken XML is still markup: the HTML parser reads it as text without expanding anything.
            var fallback = format == ArticleFormat.Feed ? ArticleFormat.Html : ArticleFormat.PlainText;
            warnings.Add($"{document.Name} is not valid {format} ({e.GetType().Name}: {FirstLine(e.Message)}); read as {fallback}");
            return fallback == ArticleFormat.Html ? HtmlArticleReader.Read(text) : PlainTextReader.Read(text, markdown: false);
        }
    }

    private static string FirstLine(string s)
    {
        var i = s.IndexOf('\n', StringComparison.Ordinal);
        return i < 0 ? s : s[..i];
    }

    private static List<string> Distinct(List<string> warnings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>(warnings.Count);
        foreach (var w in warnings)
            if (seen.Add(w)) result.Add(w);
        return result;
    }
}
