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

    /// <summary>
    /// What a correction changed, in a line: the article's own note when it has one ("Corrects time of the attack"),
    /// else the new headline, the key times it gives now, or its first new line. Plain text (escaped when rendered).
    /// </summary>
    public static string WhatChanged(Understanding before, Understanding after, StoryDiff diff)
    {
        if (after.RevisionNote is { Length: > 0 } note)
            return Clip(note, 300);
        var changes = new List<string>();
        if (diff.HeadlineChanged)
            changes.Add("headline now “" + Clip(after.Headline, 160) + "”");
        if (diff.NewKeyTimes.Count > 0)
        {
            var now = diff.NewKeyTimes.Take(3).Select(k => k.UtcText + (k.Event.Length > 0 ? " (" + Clip(k.Event, 80) + ")" : ""));
            var was = before.KeyTimes.Where(b => !after.KeyTimes.Any(a => a.Utc == b.Utc && a.IsDateOnly == b.IsDateOnly)).Take(3).Select(k => k.UtcText).ToList();
            changes.Add("key time " + string.Join(", ", now) + (was.Count > 0 ? ", was " + string.Join(", ", was) : ""));
        }

        if (changes.Count == 0 && diff.NewParagraphs.Count > 0)
            changes.Add("“" + Clip(diff.NewParagraphs[0], 200) + "”");
        return changes.Count == 0 ? "wording" : string.Join("; ", changes);
    }

    /// <summary>
    /// The line an edited alert of a corrected story carries: "Corrected" and what changed. It stays through later
    /// updates (the "Updated" line under it says when the story last changed).
    /// </summary>
    public static string CorrectedBlock(string whatChanged) =>
        "⚠️ <b>Corrected:</b> <i>" + TelegramHtml.Escape(whatChanged) + "</i>";

    /// <summary>What a withdrawn story's alert is edited to: "Withdrawn: headline — reason".</summary>
    public static string Withdrawn(string headline, string? reason) =>
        "🚫 <b>Withdrawn:</b> <s>" + TelegramHtml.Escape(Clip(headline, 300)) + "</s>"
        + (string.IsNullOrWhiteSpace(reason) ? "" : " — " + TelegramHtml.Escape(Clip(reason, 300)));

    public static string AlsoReportedBy(IEnumerable<string> origins) =>
        "<i>Also reported by: " + TelegramHtml.Escape(string.Join(", ", origins)) + "</i>";

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
