using System.Globalization;
using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Render;

/// <summary>
/// Renders an alert as Telegram HTML, readable on a phone: bold headline, the summary, the key times in UTC
/// (and in the chat's own zone), tags and the source link. Every piece of article text is escaped.
/// The result is a list of blocks, each with balanced tags, so <see cref="MessageSplitter"/> can cut
/// between them.
/// </summary>
public static class AlertRenderer
{
    private const int MaxHeadline = 300;
    private const int MaxQuote = 200;

    public static IReadOnlyList<string> RenderBlocks(Understanding article, TimeZoneInfo? chatZone = null, string? chatZoneName = null)
    {
        var blocks = new List<string>(4 + article.KeyTimes.Count)
        {
            "⚡ <b>" + TelegramHtml.Escape(Clip(article.Headline, MaxHeadline)) + "</b>",
        };
        if (article.Summary.Length > 0)
            blocks.Add(TelegramHtml.Escape(article.Summary));

        var showLocal = chatZone is not null && chatZone.Id != "Etc/UTC" && chatZone.Id != "UTC";
        if (article.KeyTimes.Count > 0)
            blocks.Add("<b>Key times (UTC)</b>");
        foreach (var keyTime in article.KeyTimes)
            blocks.Add(RenderKeyTime(keyTime, showLocal ? chatZone : null, chatZoneName));

        var footer = new StringBuilder();
        if (article.Topics.Count > 0)
            footer.AppendJoin(' ', article.Topics.Select(t => "#" + TelegramHtml.Escape(t.Replace('-', '_'))));
        if (SafeUrl(article.Url) is { } url)
        {
            if (footer.Length > 0)
                footer.Append('\n');
            footer.Append("<a href=\"").Append(TelegramHtml.Escape(url)).Append("\">Source</a>");
        }

        if (footer.Length > 0)
            blocks.Add(footer.ToString());
        return blocks;
    }

    /// <summary>The whole alert as Telegram messages, each within Telegram's length limit.</summary>
    public static IReadOnlyList<string> Render(Understanding article, TimeZoneInfo? chatZone = null, string? chatZoneName = null) =>
        MessageSplitter.Pack(RenderBlocks(article, chatZone, chatZoneName));

    /// <summary>One compact line per alert for a digest.</summary>
    public static string RenderDigestLine(Understanding article, TimeZoneInfo? chatZone)
    {
        var sb = new StringBuilder("• <b>").Append(TelegramHtml.Escape(Clip(article.Headline, 150))).Append("</b>");
        var first = article.KeyTimes.FirstOrDefault(k => !k.IsDateOnly) ?? (article.KeyTimes.Count > 0 ? article.KeyTimes[0] : null);
        if (first is not null)
        {
            sb.Append(" — ").Append(FormatUtc(first));
            if (!first.IsDateOnly && chatZone is not null && chatZone.Id is not ("Etc/UTC" or "UTC"))
                sb.Append(" (").Append(FormatLocal(first.Utc, chatZone)).Append(')');
            if (!first.IsDateOnly)
                sb.Append(" · ").Append(ReaderTime(first));
        }

        if (SafeUrl(article.Url) is { } url)
            sb.Append(" <a href=\"").Append(TelegramHtml.Escape(url)).Append("\">›</a>");
        return sb.ToString();
    }

    private static string RenderKeyTime(KeyTime keyTime, TimeZoneInfo? zone, string? zoneName)
    {
        var sb = new StringBuilder("• <b>").Append(FormatUtc(keyTime)).Append("</b>");
        if (zone is not null && !keyTime.IsDateOnly)
            sb.Append(" · ").Append(FormatLocal(keyTime.Utc, zone)).Append(' ').Append(TelegramHtml.Escape(zoneName ?? zone.Id));
        if (!keyTime.IsDateOnly)
            sb.Append(" · your time ").Append(ReaderTime(keyTime));
        if (keyTime.Event.Length > 0)
            sb.Append(" — ").Append(TelegramHtml.Escape(Clip(keyTime.Event, MaxQuote)));
        if (keyTime.Text.Length > 0)
            sb.Append("\n   <i>“").Append(TelegramHtml.Escape(Clip(keyTime.Text, MaxQuote))).Append("”</i>");
        return sb.ToString();
    }

    /// <summary>
    /// A clock key time as each reader's own local time (a date-time entity); its fallback for older clients is the
    /// UTC form. Date-only key times have no instant to convert and stay plain text.
    /// </summary>
    public static string ReaderTime(KeyTime keyTime) => TelegramHtml.Time(keyTime.Utc, TelegramHtml.WeekdayDateTime, FormatUtc(keyTime));

    /// <summary>The UTC form shown for a key time: "Tue 5 Mar 2024 04:15 UTC", or "Tue 5 Mar 2024" for a date-only one.</summary>
    public static string FormatUtc(KeyTime keyTime) => keyTime.IsDateOnly
        ? keyTime.Utc.UtcDateTime.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)
        : keyTime.Utc.UtcDateTime.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC";

    public static string FormatLocal(DateTimeOffset utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(utc, zone).ToString("ddd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Only http(s) links become anchors: a <c>javascript:</c> URL in an article never reaches a reader as a link.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
