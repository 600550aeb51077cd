namespace AlertBot.Core.Understand;

/// <summary>
/// Turns a raw <see cref="SourceDocument"/> into an <see cref="Understanding"/>: format detection, noise removal,
/// headline, key times in UTC, summary and topic tags. Pure (no I/O; the clock only for its time budget) and thread-safe.
/// </summary>
/// <param name="time">The clock of the time budget (<see cref="UnderstandOptions.MaxTime"/>); only its monotonic timestamp is read.</param>
public sealed class ArticleUnderstander(UnderstandOptions? options = null, TimeProvider? time = null)
{
    // A one-line flash item ("Explosions reported in Kyiv at 0412 local time.") is a real alert.
    private const int MinStoryChars = 40;

    private readonly UnderstandOptions _options = options ?? new UnderstandOptions();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <exception cref="ArticleRejectedException">
    /// The input is over the size limit, is not text, is nested too deeply, or took longer than <see cref="UnderstandOptions.MaxTime"/>.
    /// </exception>
    public Understanding Understand(SourceDocument document)
    {
        // The gazetteer is read and the patterns built once per process; that one-off cost is not this article's.
        Preload();
        var deadline = new Deadline(_time, _options.MaxTime);
        try
        {
            return Understand(document, deadline);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
        {
            // The backstop behind the budget: a pattern that ran away is the same refusal, never a crash.
            throw Deadline.TookTooLong($"a text pattern ran over its {e.MatchTimeout.TotalMilliseconds:0} ms limit");
        }
    }

    private static readonly Lazy<bool> Warm = new(WarmUp, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Reads the gazetteer and runs every stage once on small built-in documents, outside any time budget: the first
    /// use of a pattern builds it, and on a loaded machine that one-off cost could exceed a pattern's time limit and
    /// refuse a real article. A host calls it at start; the first article calls it otherwise.
    /// </summary>
    public static void Preload() => _ = Warm.Value;

    private static bool WarmUp()
    {
        Places.Preload();
        var understander = new ArticleUnderstander(new UnderstandOptions { MaxTime = TimeSpan.FromMinutes(1) });
        foreach (var (name, text) in (ReadOnlySpan<(string, string)>)
                 [
                     ("warm.txt", "Drones Strike Kharkiv Overnight\n\nKHARKIV, Ukraine, July 14 (Reuters) - Drones hit Kharkiv at 4:15 a.m. local time (0115 GMT) on Monday, the governor said. Talks will resume on Thursday.\n\nSirens sounded from 0300 to 0500 hrs, officials said."),
                     ("warm.html", "<html><head><title>Strike hits port | Site</title><meta property=\"article:published_time\" content=\"2025-07-14T09:00:00+03:00\"></head><body><article><h1>Strike hits port</h1><p>A missile hit the port of Odesa at 0412 GMT on 14 July 2025, killing two, officials said.</p><p>Read also: Another story</p></article></body></html>"),
                     ("warm.json", "{\"title\":\"Curfew ordered in Goma\",\"published\":\"2025-01-27T10:00:00Z\",\"body\":\"Rebels entered Goma at 0400 local time on 27 January 2025. A curfew from 6 p.m. to 6 a.m. daily was ordered, the army said.\"}"),
                 ])
        {
            try
            {
                understander.Understand(new SourceDocument(name, System.Text.Encoding.UTF8.GetBytes(text)), new Deadline(TimeProvider.System, TimeSpan.FromMinutes(1)));
            }
            catch (Exception e) when (e is ArticleRejectedException or System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                // A warm-up that could not finish on a starved machine leaves the rest to the first article.
            }
        }

        return true;
    }

    /// <summary>A stamp read as UTC for want of a zone, read again as the wall clock of <paramref name="zone"/>.</summary>
    private static DateTimeOffset? InZone(DateTimeOffset? readAsUtc, TimeZoneInfo zone) =>
        readAsUtc is { } t ? Zones.ToUtc(DateTime.SpecifyKind(t.UtcDateTime, DateTimeKind.Unspecified), zone, null, out _) : null;

    private Understanding Understand(SourceDocument document, Deadline deadline)
    {
        var text = TextDecoder.Decode(document.Content.Span, _options.MaxBytes, out var decodeWarning);
        var warnings = new List<string>();
        if (decodeWarning is not null) warnings.Add(decodeWarning);

        var format = FormatDetector.Detect(document, text);
        var parts = Read(format, document, text, warnings, deadline);
        warnings.AddRange(parts.Warnings);

        var (headline, revision) = Revisions.Strip(parts.Headline);
        var paragraphs = parts.Paragraphs;
        string? revisionNote = null;
        for (var i = 0; i < Math.Min(2, paragraphs.Count); i++)
        {
            // "(Corrects time of the attack)" under the headline: what the revision changed, not story text.
            if (Revisions.Note(paragraphs[i]) is not { } note) continue;
            (revision, revisionNote) = (revision == RevisionKinds.Correction ? revision : note.Kind, note.Note);
            paragraphs = [.. paragraphs.Take(i), .. paragraphs.Skip(i + 1)];
            break;
        }
        var sentences = new List<List<(int Start, int End)>>(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            deadline.Check();
            sentences.Add(Sentences.Split(p));
        }

        deadline.Check();
        var published = parts.Published ?? document.Published;
        // A release's letterhead says where its issuer is: read for places after the story (it is no story text).
        var story = Topics.Find(headline, parts.Letterhead.Count == 0 ? paragraphs : [.. paragraphs, .. parts.Letterhead], parts.Published, parts.PublishedOffset, parts.Letterhead.Count);
        var (topics, mainZone) = (story.Tags, story.MainZone);
        var publishedOtherWay = parts.PublishedOtherWay;
        if (parts.PublishedZoneless && mainZone is not null && Zones.Find(mainZone) is { } storyZone)
        {
            // "[21.07.2026 16:02]" over a post about Marawi: the poster's clock, the story's zone.
            published = InZone(parts.Published, storyZone) ?? published;
            publishedOtherWay = InZone(publishedOtherWay, storyZone);
        }
        var sites = new List<KeyTimeSite>();
        var keyTimes = KeyTimeResolver.Resolve(paragraphs, sentences, ref published, mainZone, warnings, sites, deadline, publishedByArticle: parts.Published is not null, places: story.Mentions, publishedOtherWay: publishedOtherWay);
        deadline.Check();
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
        else if (parts.NotArticle is { } notArticle)
        {
            isAlert = false;
            warnings.Add(notArticle);
        }
        else if (ServicePages.Reason(headline, paragraphs, sentences) is { } servicePage)
        {
            isAlert = false;
            warnings.Add(servicePage);
        }

        return new Understanding
        {
            Headline = headline,
            Summary = summary,
            KeyTimes = isAlert ? keyTimes : [],
            Topics = isAlert ? topics : [],
            PassingTopics = isAlert ? story.PassingTags : [],
            Places = isAlert ? story.Places : [],
            Location = isAlert ? story.Location : null,
            IsAlert = isAlert,
            Warnings = Distinct(warnings),
            Body = string.Join("\n\n", paragraphs),
            Url = parts.Url ?? document.Url,
            Published = published,
            SourceId = parts.Id ?? document.Id,
            Author = parts.Author,
            Format = format,
            Revision = revision,
            RevisionNote = revisionNote,
        };
    }

    private static ArticleParts Read(ArticleFormat format, SourceDocument document, string text, List<string> warnings, Deadline deadline)
    {
        try
        {
            return format switch
            {
                ArticleFormat.Html => HtmlArticleReader.Read(text, deadline),
                ArticleFormat.Json => JsonArticleReader.Read(System.Text.Encoding.UTF8.GetBytes(text), deadline),
                ArticleFormat.Feed => Feeds.ReadFirst(text, deadline),
                ArticleFormat.Markdown => PlainTextReader.Read(text, markdown: true, deadline),
                _ => PlainTextReader.Read(text, markdown: false, deadline),
            };
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or System.Xml.XmlException)
        {
            // Broken XML is still markup: the HTML parser reads it as text without expanding anything.
            var fallback = format == ArticleFormat.Feed ? ArticleFormat.Html : ArticleFormat.PlainText;
            warnings.Add($"{document.Name} is not valid {format} ({e.GetType().Name}: {FirstLine(e.Message)}); read as {fallback}");
            return fallback == ArticleFormat.Html ? HtmlArticleReader.Read(text, deadline) : PlainTextReader.Read(text, markdown: false, deadline);
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
