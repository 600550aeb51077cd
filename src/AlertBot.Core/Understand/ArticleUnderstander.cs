using System.Text;

namespace AlertBot.Core.Understand;

/// <summary>
/// Turns a raw <see cref="SourceDocument"/> into an <see cref="Understanding"/>. Pure and thread-safe.
/// PLACEHOLDER: first line as headline, first sentence as summary; the understanding work replaces the inside.
/// </summary>
public sealed class ArticleUnderstander(UnderstandOptions? options = null)
{
    private readonly UnderstandOptions _options = options ?? new UnderstandOptions();

    public Understanding Understand(SourceDocument document)
    {
        if (document.Content.Length > _options.MaxBytes)
            throw new ArticleRejectedException($"{document.Content.Length} bytes is over the {_options.MaxBytes}-byte limit");
        var text = Encoding.UTF8.GetString(document.Content.Span).Trim();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var headline = lines.Length > 0 ? lines[0] : "";
        var body = string.Join("\n\n", lines.Skip(1));
        var dot = body.IndexOf(". ", StringComparison.Ordinal);
        return new Understanding
        {
            Headline = headline,
            Summary = dot > 0 ? body[..(dot + 1)] : body,
            KeyTimes = [],
            Topics = [],
            IsAlert = headline.Length > 0 && body.Length > 0,
            Warnings = [],
            Body = body,
            Url = document.Url,
            Published = document.Published,
        };
    }
}
