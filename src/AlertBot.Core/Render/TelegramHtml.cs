using System.Net;
using System.Text;

namespace AlertBot.Core.Render;

/// <summary>Telegram's HTML parse mode: escaping, visible length, and plain-text fallback.</summary>
public static class TelegramHtml
{
    /// <summary>Telegram's limit on a message's text, counted after entity parsing, in UTF-16 code units.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Escapes the three characters Telegram's HTML parser gives meaning to, plus quotes for attributes.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"") < 0)
            return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>Telegram's date-time entity formats: "r" (relative) or weekday, date (short d / long D), time (short t / long T).</summary>
    public const string WeekdayDateTime = "wdt";

    /// <summary>Date and short time, no weekday: for lists where every line has a date.</summary>
    public const string DateTime = "dt";

    /// <summary>
    /// A date-time entity: each reader's Telegram shows <paramref name="utc"/> in their own zone and locale, formatted
    /// by <paramref name="format"/>; older clients show <paramref name="fallback"/> (the UTC form, escaped here).
    /// </summary>
    public static string Time(DateTimeOffset utc, string format, string fallback) =>
        "<tg-time unix=\"" + utc.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)
        + "\" format=\"" + format + "\">" + Escape(fallback) + "</tg-time>";

    /// <summary>The text a reader sees: tags removed, entities decoded.</summary>
    public static string ToPlainText(string html)
    {
        var sb = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
                inTag = true;
            else if (c == '>' && inTag)
                inTag = false;
            else if (!inTag)
                sb.Append(c);
        }

        return WebUtility.HtmlDecode(sb.ToString());
    }

    /// <summary>Length as Telegram counts it against <see cref="MaxMessageLength"/>.</summary>
    public static int VisibleLength(string html) => ToPlainText(html).Length;
}
