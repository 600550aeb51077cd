using System.Globalization;
using System.Text;
using System.Xml;
using AlertBot.Storage;

namespace AlertBot.Ingest;

/// <summary>OPML 2.0 feed lists: every outline with an <c>xmlUrl</c>, at any depth (folders are flattened).</summary>
public static class Opml
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
    };

    /// <summary>The feeds of an OPML document; an <c>interval</c> attribute (as written by <see cref="Write"/>) is kept.</summary>
    public static IReadOnlyList<(string Url, string Name, TimeSpan? Interval)> Read(TextReader text)
    {
        var feeds = new List<(string, string, TimeSpan?)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var reader = XmlReader.Create(text, ReaderSettings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "outline")
                continue;
            var url = reader.GetAttribute("xmlUrl")?.Trim();
            if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !seen.Add(url))
                continue;
            var name = reader.GetAttribute("title") ?? reader.GetAttribute("text");
            TimeSpan? interval = TimeSpan.TryParse(reader.GetAttribute("interval"), CultureInfo.InvariantCulture, out var i) && i >= TimeSpan.FromSeconds(1) ? i : null;
            feeds.Add((url, string.IsNullOrWhiteSpace(name) ? uri.Host : name.Trim(), interval));
        }

        return feeds;
    }

    public static void Write(IEnumerable<FeedRecord> feeds, TextWriter output, DateTimeOffset now)
    {
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument();
        writer.WriteStartElement("opml");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteStartElement("head");
        writer.WriteElementString("title", "AlertBot feeds");
        writer.WriteElementString("dateCreated", now.ToString("R", CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        writer.WriteStartElement("body");
        foreach (var feed in feeds)
        {
            writer.WriteStartElement("outline");
            writer.WriteAttributeString("type", "rss");
            writer.WriteAttributeString("text", feed.Name);
            writer.WriteAttributeString("title", feed.Name);
            writer.WriteAttributeString("xmlUrl", feed.Url);
            writer.WriteAttributeString("interval", feed.Interval.ToString("c", CultureInfo.InvariantCulture));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
