namespace AlertBot.Core.Understand;

/// <summary>The input formats the understander reads.</summary>
public enum ArticleFormat
{
    PlainText,
    Markdown,
    Html,
    Json,
    Feed,
}

internal static class FormatDetector
{
    /// <summary>By content type when given, else by file extension, else by sniffing the text.</summary>
    public static ArticleFormat Detect(SourceDocument doc, string text)
    {
        if (doc.ContentType is { Length: > 0 } ct)
        {
            if (ct.Contains("html", StringComparison.OrdinalIgnoreCase)) return ArticleFormat.Html;
            if (ct.Contains("json", StringComparison.OrdinalIgnoreCase)) return ArticleFormat.Json;
            if (ct.Contains("rss", StringComparison.OrdinalIgnoreCase) || ct.Contains("atom", StringComparison.OrdinalIgnoreCase) || ct.Contains("xml", StringComparison.OrdinalIgnoreCase)) return ArticleFormat.Feed;
            if (ct.Contains("markdown", StringComparison.OrdinalIgnoreCase)) return ArticleFormat.Markdown;
            if (ct.Contains("text/plain", StringComparison.OrdinalIgnoreCase)) return ArticleFormat.PlainText;
        }
        var ext = Path.GetExtension(doc.Name.AsSpan());
        if (ext.Equals(".txt", StringComparison.OrdinalIgnoreCase) || ext.Equals(".text", StringComparison.OrdinalIgnoreCase)) return ArticleFormat.PlainText;
        if (ext.Equals(".md", StringComparison.OrdinalIgnoreCase) || ext.Equals(".markdown", StringComparison.OrdinalIgnoreCase)) return ArticleFormat.Markdown;
        if (ext.Equals(".html", StringComparison.OrdinalIgnoreCase) || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase) || ext.Equals(".xhtml", StringComparison.OrdinalIgnoreCase)) return ArticleFormat.Html;
        if (ext.Equals(".json", StringComparison.OrdinalIgnoreCase)) return ArticleFormat.Json;
        if (ext.Equals(".xml", StringComparison.OrdinalIgnoreCase) || ext.Equals(".rss", StringComparison.OrdinalIgnoreCase) || ext.Equals(".atom", StringComparison.OrdinalIgnoreCase)) return ArticleFormat.Feed;
        return Sniff(text);
    }

    public static ArticleFormat Sniff(string text)
    {
        var t = text.AsSpan().TrimStart();
        if (t.Length == 0) return ArticleFormat.PlainText;
        if (t[0] is '{' or '[') return ArticleFormat.Json;
        var head = t[..Math.Min(t.Length, 1024)];
        if (t[0] == '<')
        {
            if (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)) return ArticleFormat.Feed;
            return ArticleFormat.Html;
        }
        if (head.StartsWith("# ") || head.Contains("\n# ", StringComparison.Ordinal) || head.Contains("**", StringComparison.Ordinal) || head.StartsWith("---")) return ArticleFormat.Markdown;
        return ArticleFormat.PlainText;
    }
}
