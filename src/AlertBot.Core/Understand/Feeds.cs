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
        var items = ReadItems(text);
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
                Published = Dates.ParseLoose(item.Published),
                Url = item.Link,
                Id = item.Id,
            });
        }
        return result;
    }

    internal static List<FeedItem> ReadItems(string xml)
    {
        var items = new List<FeedItem>();
        using var sr = new StringReader(xml);
        using var reader = XmlReader.Create(sr, Settings);
        string? id = null, title = null, link = null, body = null, content = null, published = null, author = null;
        var depth = -1;
        // ReadElementContentAsString leaves the reader on the node after the element, so a reader.Read() after
        // it would skip a sibling written without whitespace between (minified feeds): only advance when
        // nothing was read.
        reader.Read();
        while (!reader.EOF)
        {
            if (!Step(reader))
                reader.Read();
        }

        return items;

        bool Step(XmlReader reader)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
            {
                depth = reader.Depth;
                id = title = link = body = content = published = author = null;
                return false;
            }
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "item" or "entry" && reader.Depth == depth)
            {
                items.Add(new FeedItem(id, title, link, content ?? body, published, author));
                depth = -1;
                return false;
            }
            if (depth < 0 || reader.NodeType != XmlNodeType.Element) return false;
            switch (reader.LocalName)
            {
                case "title" when title is null:
                    title = reader.ReadElementContentAsString().Trim();
                    return true;
                case "link":
                    var href = reader.GetAttribute("href");
                    var rel = reader.GetAttribute("rel");
                    if (href is not null)
                    {
                        if (rel is null or "alternate") link ??= href;
                    }
                    else if (link is null)
                    {
                        link = reader.ReadElementContentAsString().Trim();
                        return true;
                    }
                    break;
                case "guid" or "id" when id is null:
                    id = reader.ReadElementContentAsString().Trim();
                    return true;
                case "description" or "summary" when body is null:
                    body = reader.ReadElementContentAsString();
                    return true;
                case "encoded" or "content" when content is null:
                    content = reader.ReadElementContentAsString();
                    return true;
                case "pubDate" or "published" or "date" or "issued" or "updated" or "modified" when published is null:
                    published = reader.ReadElementContentAsString().Trim();
                    return true;
                case "author" or "creator":
                    if (!reader.IsEmptyElement)
                    {
                        var sub = reader.ReadSubtree();
                        var sb = new StringBuilder();
                        var nameOnly = (string?)null;
                        while (sub.Read())
                        {
                            if (sub.NodeType == XmlNodeType.Element && sub.LocalName == "name") nameOnly = sub.ReadElementContentAsString();
                            else if (sub.NodeType is XmlNodeType.Text or XmlNodeType.CDATA) sb.Append(sub.Value);
                        }
                        author ??= (nameOnly ?? sb.ToString()).Trim();
                    }
                    break;
            }
            return false;
        }
    }

    internal static ArticleParts ReadFirst(string xml)
    {
        var items = ReadItems(xml);
        var parts = new ArticleParts();
        if (items.Count == 0) return parts;
        var item = items[0];
        if (items.Count > 1) parts.Warnings.Add($"feed holds {items.Count} items; understood the first (use Feeds.SplitFeed for all)");
        parts.Headline = Noise.StripKickerPrefix(TextClean.CollapseWhitespace(item.Title ?? ""));
        parts.Published = Dates.ParseLoose(item.Published);
        parts.Url = item.Link;
        parts.Author = item.Author;
        parts.Id = item.Id;
        parts.Paragraphs = Noise.FilterBody(JsonArticleReader.Paragraphs(item.Body ?? ""));
        return parts;
    }
}
