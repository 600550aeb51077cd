using System.Globalization;
using System.Net;
using AlertBot.Core.Render;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Deliver;

/// <summary>
/// A story's reply-style follow-up as a short rich message. The outbox row holds the follow-up as Telegram HTML (the
/// same text a classic chat gets); its first paragraph becomes the heading, the others paragraphs, and the few tags
/// our renderers write (<c>b</c>, <c>i</c>, <c>a</c>, <c>code</c>, <c>tg-time</c>) the matching rich text. Article text
/// in it was escaped by the renderer, so decoding it gives back plain text, never markup.
/// </summary>
public static class RichFollowUp
{
    public static InputRichMessage FromHtml(string html)
    {
        var paragraphs = html.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var blocks = new List<InputRichBlock>(paragraphs.Length);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var text = Inline(paragraphs[i]);
            blocks.Add(i == 0 ? new InputRichBlockSectionHeading { Text = text, Size = 3 } : new InputRichBlockParagraph { Text = text });
        }

        return new InputRichMessage { Blocks = blocks, SkipEntityDetection = true };
    }

    private static RichText Inline(string html)
    {
        var stack = new Stack<(string Tag, Dictionary<string, string> Attributes, List<RichText> Parts)>();
        var parts = new List<RichText>();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || html.IndexOf('>', lt) is var gt && gt < 0)
            {
                parts.Add(WebUtility.HtmlDecode(html[i..]));
                break;
            }

            if (lt > i)
                parts.Add(WebUtility.HtmlDecode(html[i..lt]));
            var tag = html[(lt + 1)..gt];
            i = gt + 1;
            if (tag.StartsWith('/'))
            {
                if (stack.Count == 0)
                    continue;
                var (name, attributes, outer) = stack.Pop();
                outer.Add(Wrap(name, attributes, parts));
                parts = outer;
            }
            else
            {
                var space = tag.IndexOf(' ', StringComparison.Ordinal);
                var name = (space < 0 ? tag : tag[..space]).ToLowerInvariant();
                stack.Push((name, Attributes(space < 0 ? "" : tag[space..]), parts));
                parts = [];
            }
        }

        // Unclosed tags (not written by our renderers): their text still shows.
        while (stack.Count > 0)
        {
            var (_, _, outer) = stack.Pop();
            outer.AddRange(parts);
            parts = outer;
        }

        return Join(parts);
    }

    private static RichText Wrap(string tag, Dictionary<string, string> attributes, List<RichText> parts)
    {
        var text = Join(parts);
        switch (tag)
        {
            case "b" or "strong":
                return new RichTextBold { Text = text };
            case "i" or "em":
                return new RichTextItalic { Text = text };
            case "code":
                return new RichTextCode { Text = text };
            case "a" when AlertRenderer.SafeUrl(attributes.GetValueOrDefault("href")) is { } url:
                return new RichTextUrl { Text = text, Url = url };
            case "tg-time" when long.TryParse(attributes.GetValueOrDefault("unix"), NumberStyles.None, CultureInfo.InvariantCulture, out var unix):
                return new RichTextDateTime { Text = text, UnixTime = DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime, DateTimeFormat = attributes.GetValueOrDefault("format") ?? "" };
            default:
                return text;
        }
    }

    private static RichText Join(List<RichText> parts) => parts.Count == 1 ? parts[0] : new RichTextArray { Array = [.. parts] };

    /// <summary>name="value" pairs, as our renderers write them (double quotes, values HTML-escaped).</summary>
    private static Dictionary<string, string> Attributes(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (true)
        {
            var eq = text.IndexOf("=\"", i, StringComparison.Ordinal);
            if (eq < 0)
                return result;
            var close = text.IndexOf('"', eq + 2);
            if (close < 0)
                return result;
            result[text[i..eq].Trim()] = WebUtility.HtmlDecode(text[(eq + 2)..close]);
            i = close + 1;
        }
    }
}
