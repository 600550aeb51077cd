using System.Globalization;
using System.Text;

namespace AlertBot.TestBotApi;

/// <summary>
/// Telegram's HTML parse mode, modelled on tdlib's <c>parse_html</c>: the supported tags only, properly
/// nested, the four named entities plus numeric ones, errors worded like Telegram's with UTF-8 byte offsets.
/// Produces the visible text and its entities (offsets in UTF-16 code units, as Telegram counts).
/// </summary>
internal static class TelegramHtml
{
    private static readonly HashSet<string> SupportedTags = new(StringComparer.Ordinal)
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji", "tg-time", "span", "pre", "code", "blockquote",
    };

    public static (string Text, List<TextEntity> Entities) Parse(string html, bool rejectBareAmpersand)
    {
        var text = new StringBuilder(html.Length);
        var entities = new List<TextEntity>();
        var open = new Stack<OpenTag>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '&')
            {
                if (TryDecodeEntity(html, ref i, text))
                    continue;
                if (rejectBareAmpersand)
                    throw Error($"Character \"&\" is not the start of an HTML entity at byte offset {ByteOffset(html, i)}; escape it as \"&amp;\"");
                text.Append(c);
                i++;
            }
            else if (c == '<')
            {
                if (i + 1 < html.Length && html[i + 1] == '/')
                    i = CloseTag(html, i, text, open, entities);
                else
                    i = OpenTagAt(html, i, text, open);
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        if (open.Count > 0)
            throw Error($"Can't find end tag corresponding to start tag \"{open.Peek().Name}\"");

        entities.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        return (text.ToString(), entities);
    }

    /// <summary>Escapes text for HTML parse mode the way Telegram asks: &lt; &gt; &amp; (and &quot; for attributes).</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);

    private static int OpenTagAt(string html, int begin, StringBuilder text, Stack<OpenTag> open)
    {
        var i = begin + 1;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
            i++;
        if (i == html.Length)
            throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");

        var name = html[(begin + 1)..i].ToLowerInvariant();
        if (!SupportedTags.Contains(name))
            throw Error($"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, begin)}");

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            while (i < html.Length && char.IsWhiteSpace(html[i]))
                i++;
            if (i == html.Length)
                throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
            if (html[i] == '>')
            {
                i++;
                break;
            }

            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '=' && html[i] != '>')
                i++;
            var attribute = html[nameStart..i].ToLowerInvariant();
            while (i < html.Length && char.IsWhiteSpace(html[i]))
                i++;
            if (i == html.Length)
                throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
            if (html[i] != '=')
            {
                // A value-less attribute, e.g. <blockquote expandable>.
                attributes[attribute] = "";
                continue;
            }

            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i]))
                i++;
            if (i == html.Length)
                throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");

            var value = new StringBuilder();
            if (html[i] is '"' or '\'')
            {
                var quote = html[i++];
                while (i < html.Length && html[i] != quote)
                {
                    if (html[i] == '&' && TryDecodeEntity(html, ref i, value))
                        continue;
                    value.Append(html[i++]);
                }

                if (i == html.Length)
                    throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
                i++;
            }
            else
            {
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                    value.Append(html[i++]);
            }

            attributes[attribute] = value.ToString();
        }

        string? url = null, language = null, emojiId = null;
        long? unixTime = null;
        switch (name)
        {
            case "span" when !attributes.TryGetValue("class", out var cls) || cls != "tg-spoiler":
                throw Error($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, begin)}");
            case "a":
                url = attributes.GetValueOrDefault("href");
                break;
            case "code":
                if (attributes.TryGetValue("class", out var codeClass) && codeClass.StartsWith("language-", StringComparison.Ordinal))
                    language = codeClass["language-".Length..];
                break;
            case "tg-emoji":
                if (!attributes.TryGetValue("emoji-id", out emojiId) || !long.TryParse(emojiId, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    throw Error($"Tag \"tg-emoji\" must have a valid attribute \"emoji-id\" at byte offset {ByteOffset(html, begin)}");
                break;
            case "tg-time":
                if (!attributes.TryGetValue("unix", out var unix) || !TryUnixTime(unix, out var seconds))
                    throw Error($"Tag \"tg-time\" must have a valid attribute \"unix\" at byte offset {ByteOffset(html, begin)}");
                var format = attributes.GetValueOrDefault("format") ?? "";
                if (!IsDateTimeFormat(format))
                    throw Error($"Invalid date-time format \"{format}\" specified in tag \"tg-time\" at byte offset {ByteOffset(html, begin)}");
                unixTime = seconds;
                language = format;
                break;
            case "blockquote" when attributes.ContainsKey("expandable"):
                language = "expandable";
                break;
        }

        open.Push(new OpenTag(name, text.Length, url, language, emojiId, unixTime));
        return i;
    }

    private static int CloseTag(string html, int begin, StringBuilder text, Stack<OpenTag> open, List<TextEntity> entities)
    {
        var i = begin + 2;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
            i++;
        var name = html[(begin + 2)..i].ToLowerInvariant();
        while (i < html.Length && char.IsWhiteSpace(html[i]))
            i++;
        if (i == html.Length || html[i] != '>')
            throw Error($"Unclosed end tag at byte offset {ByteOffset(html, begin)}");
        i++;

        if (open.Count == 0)
            throw Error($"Unexpected end tag at byte offset {ByteOffset(html, begin)}");
        var tag = open.Peek();
        if (name.Length > 0 && name != tag.Name)
            throw Error($"Unmatched end tag at byte offset {ByteOffset(html, begin)}, expected \"</{tag.Name}>\", found \"</{name}>\"");
        open.Pop();

        var length = text.Length - tag.Start;
        if (tag.Name == "code" && open.TryPeek(out var parent) && parent.Name == "pre")
        {
            // <pre><code class="language-x">…</code></pre> is one pre entity with a language.
            if (tag.Language is not null)
                open.Push(open.Pop() with { Language = tag.Language });
            return i;
        }

        if (length == 0)
            return i;

        TextEntity? entity = tag.Name switch
        {
            "b" or "strong" => new("bold", tag.Start, length),
            "i" or "em" => new("italic", tag.Start, length),
            "u" or "ins" => new("underline", tag.Start, length),
            "s" or "strike" or "del" => new("strikethrough", tag.Start, length),
            "span" or "tg-spoiler" => new("spoiler", tag.Start, length),
            "code" => new("code", tag.Start, length),
            "pre" => new("pre", tag.Start, length, Language: tag.Language),
            "blockquote" => new(tag.Language == "expandable" ? "expandable_blockquote" : "blockquote", tag.Start, length),
            "tg-emoji" => new("custom_emoji", tag.Start, length, CustomEmojiId: tag.EmojiId),
            "tg-time" => new("date_time", tag.Start, length) { UnixTime = tag.UnixTime, DateTimeFormat = tag.Language },
            "a" => LinkEntity(tag, length),
            _ => null,
        };
        if (entity is not null)
            entities.Add(entity);
        return i;
    }

    private static TextEntity? LinkEntity(OpenTag tag, int length)
    {
        if (string.IsNullOrEmpty(tag.Url))
            return null;
        const string mention = "tg://user?id=";
        if (tag.Url.StartsWith(mention, StringComparison.OrdinalIgnoreCase)
            && long.TryParse(tag.Url.AsSpan(mention.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
            return new TextEntity("text_mention", tag.Start, length, UserId: userId);
        return new TextEntity("text_link", tag.Start, length, Url: tag.Url);
    }

    /// <summary>Decodes &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric entities; anything else is not an entity.</summary>
    private static bool TryDecodeEntity(string html, ref int i, StringBuilder into)
    {
        var semicolon = html.IndexOf(';', i + 1);
        if (semicolon < 0 || semicolon - i > 12)
            return false;
        var body = html.AsSpan(i + 1, semicolon - i - 1);
        int codePoint;
        switch (body)
        {
            case "lt": codePoint = '<'; break;
            case "gt": codePoint = '>'; break;
            case "amp": codePoint = '&'; break;
            case "quot": codePoint = '"'; break;
            default:
                if (body.Length < 2 || body[0] != '#')
                    return false;
                var parsed = body[1] is 'x' or 'X'
                    ? int.TryParse(body[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out codePoint)
                    : int.TryParse(body[1..], NumberStyles.None, CultureInfo.InvariantCulture, out codePoint);
                if (!parsed || codePoint <= 0 || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
                    return false;
                break;
        }

        into.Append(char.ConvertFromUtf32(codePoint));
        i = semicolon + 1;
        return true;
    }

    private static int ByteOffset(string html, int charIndex) => Encoding.UTF8.GetByteCount(html.AsSpan(0, charIndex));

    private static BotApiError Error(string reason) => BotApiError.BadRequest("can't parse entities: " + reason);

    /// <summary>
    /// The Unix times a date-time entity may carry. Telegram does not publish the range; its MTProto entity
    /// (messageEntityFormattedDate) holds the date as a 32-bit int, so 1 … 2^31-1 (1970 … 2038-01-19) is what fits.
    /// </summary>
    public const long MaxUnixTime = int.MaxValue;

    public static bool TryUnixTime(string value, out long seconds) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seconds) && seconds is >= 1 and <= MaxUnixTime;

    /// <summary>Telegram's date-time format: "r" (relative, alone) or <c>w?[dD]?[tT]?</c> — weekday, then date, then time.</summary>
    public static bool IsDateTimeFormat(string format) =>
        format == "r" || System.Text.RegularExpressions.Regex.IsMatch(format, "^w?[dD]?[tT]?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private sealed record OpenTag(string Name, int Start, string? Url, string? Language, string? EmojiId, long? UnixTime = null);
}
