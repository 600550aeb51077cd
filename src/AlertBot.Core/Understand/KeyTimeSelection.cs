namespace AlertBot.Core.Understand;

/// <summary>A resolved key time, the day it fell on where it was written, and where the story says it.</summary>
internal readonly record struct Candidate(KeyTime Key, DateOnly Local, KeyTimeSite Site);

/// <summary>A mention that resolved to a day and took no clock: a candidate for a date-only key time.</summary>
internal readonly record struct DayMention(Mention Mention, DateOnly Date, int Index);

/// <summary>
/// Selection, the last of the three jobs that make key times (<see cref="TimeExpressions">tagging</see> →
/// <see cref="KeyTimeResolver">resolution</see> → selection): which of the times a story writes are its events.
/// Context is set aside before resolution from the words around a mention — schedules ("every Thursday", "a curfew
/// from 2100 to 0600"), the date an agreement was made ("the truce agreed on 12 February"), the dateline — and after
/// it from the story's timeline (a date far from it is history). What remains is chosen here: each instant once, a
/// day only when no timed key time already falls on it, in the order the story tells them.
/// </summary>
internal static class KeyTimeSelection
{
    /// <summary>
    /// Marks the mentions that the words around them make context, and returns the dateline's date ("KHARTOUM, Feb. 5,
    /// 2024 — …", "BAMAKO, Aug 6 (Reuters) -": the date of writing, not of an event), also marked context.
    /// </summary>
    public static Mention? MarkContext(IReadOnlyList<string> paragraphs, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            var text = paragraphs[m.Paragraph];
            if (m is { Kind: MentionKind.Relative, Relative: RelativeKind.Weekday } && Recurrence.IsRecurringDay(text, m.Start, m.End)
                || m.Kind == MentionKind.Clock && Recurrence.IsRecurringClock(text, m.Start, m.End)
                || m.Kind == MentionKind.Date && Background.IsAgreementDate(text, m.Start))
                m.Background = true;
        }

        if (Datelines.Find(paragraphs, mentions) is not { } dateline)
            return null;
        dateline.Background = true;
        return dateline;
    }

    /// <summary>Whether a date is context: written as such ("since May 2", a dateline, a schedule) or history far from the story's timeline.</summary>
    public static bool IsContext(Mention date) => date.IsBackgroundDate || date.Background;

    /// <summary>
    /// The story's key times: every timed candidate, then each day-only mention whose day no timed key time covers
    /// (in UTC or in the story's own zone: "7:58 a.m. (2358 GMT Tuesday)" on Wednesday in Taipei covers Wednesday),
    /// sorted into text order and each instant once. <paramref name="describe"/> builds a day's key time, only for
    /// the days chosen.
    /// </summary>
    public static List<KeyTime> Choose(
        List<Candidate> timed,
        List<DayMention> days,
        TimeZoneInfo? mainZone,
        List<KeyTimeSite> sites,
        Deadline deadline,
        Func<DayMention, Candidate> describe)
    {
        // Days already covered, as sets: asking every key time for every date-only mention was quadratic.
        var coveredDays = timed.Select(k => k.Local).ToHashSet();
        var mainZoneDays = mainZone is null ? null : timed.Select(k => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(k.Key.Utc, mainZone).DateTime)).ToHashSet();
        var chosen = new List<Candidate>(timed);
        foreach (var day in days)
        {
            deadline.Check();
            if (day.Mention.Used || day.Mention.IsBackgroundDate) continue;
            if (coveredDays.Contains(day.Date)) continue;
            if (mainZoneDays is not null && mainZoneDays.Contains(day.Date)) continue;
            chosen.Add(describe(day));
            coveredDays.Add(day.Date);
        }

        chosen.Sort((a, b) => a.Site.Paragraph != b.Site.Paragraph ? a.Site.Paragraph.CompareTo(b.Site.Paragraph) : a.Site.Position.CompareTo(b.Site.Position));
        var result = new List<KeyTime>(chosen.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _, site) in chosen)
        {
            if (!seen.Add(key.UtcText)) continue;
            result.Add(key);
            sites.Add(site);
        }

        return result;
    }
}
