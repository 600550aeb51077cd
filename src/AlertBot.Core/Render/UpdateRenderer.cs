using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Render;

/// <summary>The text of a story update: a short follow-up that replies to the alert chats already have.</summary>
public static class UpdateRenderer
{
    private const int MaxParagraphs = 3;
    private const int MaxParagraph = 600;

    /// <summary>"Update: …" with the new key times first (what readers act on), then the new lines of the story.</summary>
    public static string FollowUp(Understanding after, StoryDiff diff, int version)
    {
        var sb = new StringBuilder("✏️ <b>Update")
            .Append(version > 1 ? $" {version - 1}" : "")
            .Append(":</b> ")
            .Append(TelegramHtml.Escape(Clip(after.Headline, 300)));
        if (diff.NewKeyTimes.Count > 0)
        {
            sb.Append("\n\n<b>New key times (UTC)</b>");
            foreach (var k in diff.NewKeyTimes)
                sb.Append("\n• ").Append(TelegramHtml.Escape(k.UtcText)).Append(k.IsDateOnly ? "" : " · your time " + AlertRenderer.ReaderTime(k)).Append(" — ").Append(TelegramHtml.Escape(Clip(k.Event.Length > 0 ? k.Event : k.Text, 200)));
        }

        foreach (var p in diff.NewParagraphs.Take(MaxParagraphs))
            sb.Append("\n\n").Append(TelegramHtml.Escape(Clip(p, MaxParagraph)));
        if (diff.IsEmpty)
            sb.Append("\n\n").Append(TelegramHtml.Escape(Clip(after.Summary, MaxParagraph)));
        return sb.ToString();
    }

    /// <summary>The line appended to an edited alert: when it was last updated.</summary>
    public static string UpdatedBlock(DateTimeOffset updatedUtc)
    {
        var utc = updatedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        return "✏️ <i>Updated " + utc + " (" + TelegramHtml.Time(updatedUtc, TelegramHtml.DateTime, utc) + ")</i>";
    }

    public static string AlsoReportedBy(IEnumerable<string> origins) =>
        "<i>Also reported by: " + TelegramHtml.Escape(string.Join(", ", origins)) + "</i>";

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
