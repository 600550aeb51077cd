using System.Text;
using System.Text.Json;
using System.Xml;

namespace AlertBot.Core.Understand;

/// <summary>One RSS item or Atom entry.</summary>
internal sealed record FeedItem(string? Id, string? Title, string? Link, string? Body, string? Published, string? Author);

/// <summary>RSS 2.0 and Atom: reading items (XmlReader, no DTDs, no external resources) and splitting a feed into per-item documents.</summary>
public static class Feeds
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>
    /// Splits an RSS/Atom document into one <see cref="SourceDocument"/> per item, each a small JSON article
    /// (<c>application/json</c>) carrying the item's Published, Url and Id, ready for <see cref="ArticleUnderstander"/>.
    /// </summary>
    public static IReadOnlyList<SourceDocument> SplitFeed(SourceDocument feed)
    {
        var text = TextDecoder.Decode(feed.Content.Span, int.MaxValue, out _);
        var items = ReadItems(text, Deadline.None);
        var result = new List<SourceDocument>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string?>
            {
                ["id"] = item.Id, ["title"] = item.Title, ["url"] = item.Link, ["published"] = item.Published, ["author"] = item.Author, ["body"] = item.Body,
            });
            result.Add(new SourceDocument($"{feed.Name}#{item.Id ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}", json)
            {
                ContentType = "application/json",
                Published = PublishedOrNull(item.Published),
                Url = item.Link,
                Id = item.Id,
            });
        }
        return result;
    }

    /// <summary>
    /// The item's date for routing before it is understood. Splitting has no time budget to map a runaway pattern
    /// to, so a date that cannot be read in time is no date here; the understander reads it again within its budget.
    /// </summary>
    private static DateTimeOffset? PublishedOrNull(string? published)
    {
        try
        {
            return Dates.ParseLoose(published);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Every item, in one forward pass of an <see cref="XmlReader"/> (which keeps open elements on the heap, so any nesting is safe).</summary>
    internal static List<FeedItem> ReadItems(string xml, Deadline deadline)
    {
        var items = new List<FeedItem>();
        using var sr = new StringReader(xml);
        using var reader = XmlReader.Create(sr, Settings);
        string? id = null, title = null, link = null, body = null, content = null, published = null, author = null;
        var depth = -1;
        reader.Read();
        while (!reader.EOF)
        {
            deadline.Check();
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
            {
                depth = reader.Depth;
                id = title = link = body = content = published = author = null;
                if (reader.IsEmptyElement) depth = -1;
                reader.Read();
                continue;
            }
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "item" or "entry" && reader.Depth == depth)
            {
                items.Add(new FeedItem(id, title, link, content ?? body, published, author));
                depth = -1;
                reader.Read();
                continue;
            }
            if (depth < 0 || reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            // ReadElementContentAsString and Skip leave the reader on the next node, so no Read() after them.
            switch (reader.LocalName)
            {
                case "title":
                    title = First(title, reader.ReadElementContentAsString().Trim());
                    break;
                case "link":
                    var href = reader.GetAttribute("href");
                    var rel = reader.GetAttribute("rel");
                    if (href is not null)
                    {
                        if (rel is null or "alternate") link ??= href;
                        reader.Skip();
                    }
                    else
                    {
                        link = First(link, reader.ReadElementContentAsString().Trim());
                    }
                    break;
                case "guid" or "id":
                    id = First(id, reader.ReadElementContentAsString().Trim());
                    break;
                case "description" or "summary":
                    body = First(body, reader.ReadElementContentAsString());
                    break;
                case "encoded" or "content" when reader.GetAttribute("type") is not "xhtml":
                    content = First(content, reader.ReadElementContentAsString());
                    break;
                case "content" or "inlineXML":
                    // Atom's XHTML content, and a NewsML-G2 item's body in its contentSet: markup, read as a fragment.
                    content = First(content, reader.ReadInnerXml());
                    break;
                case "pubDate" or "published" or "date" or "issued" or "updated" or "modified":
                    published = First(published, reader.ReadElementContentAsString().Trim());
                    break;
                case "author" or "creator":
                    author = First(author, ReadAuthor(reader));
                    break;
                default:
                    reader.Read();
                    break;
            }
        }
        return items;
    }

    /// <summary>
    /// The first value an item gave wins, but a repeated element is still read: reading is what moves the reader on
    /// (an Atom entry has both <c>published</c> and <c>updated</c>; <c>x ??= Read()</c> would not read the second and
    /// spin on it until the deadline).
    /// </summary>
    private static string? First(string? kept, string? read) => kept ?? read;

    private static string? ReadAuthor(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return null;
        }
        string? name = null;
        var text = new StringBuilder();
        using (var sub = reader.ReadSubtree())
        {
            while (sub.Read())
            {
                if (sub.NodeType == XmlNodeType.Element && sub.LocalName == "name") name = sub.ReadElementContentAsString();
                else if (sub.NodeType is XmlNodeType.Text or XmlNodeType.CDATA) text.Append(sub.Value);
            }
        }
        reader.Read(); // past the author end tag
        return (name ?? text.ToString()).Trim();
    }

    internal static ArticleParts ReadFirst(string xml, Deadline deadline)
    {
        var items = ReadItems(xml, deadline);
        var parts = new ArticleParts();
        if (items.Count == 0) return parts;
        var item = items[0];
        if (items.Count > 1) parts.Warnings.Add($"feed holds {items.Count} items; understood the first (use Feeds.SplitFeed for all)");
        parts.Headline = Noise.StripKickerPrefix(TextClean.CollapseWhitespace(item.Title ?? ""));
        parts.SetPublished(item.Published);
        parts.Url = item.Link;
        parts.Author = item.Author;
        parts.Id = item.Id;
        parts.Paragraphs = Noise.FilterBody(JsonArticleReader.Paragraphs(item.Body ?? "", deadline), deadline);
        return parts;
    }
}
