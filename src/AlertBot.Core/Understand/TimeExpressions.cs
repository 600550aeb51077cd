using System.Collections.Frozen;

namespace AlertBot.Core.Understand;

/// <summary>
/// Tagging, the first of the three jobs that make key times (tagging → <see cref="KeyTimeResolver">resolution</see> →
/// <see cref="KeyTimeSelection">selection</see>). <see cref="TimeMentions"/> holds the grammar's parts — clock forms ×
/// zone forms, date forms, relative days, each read alone; this class composes them into the expressions a writer
/// meant: a clock and the date beside it ("1530 EST on November 13th", "Monday at 0600"), a range whose first clock
/// takes the second's zone and date ("between 0200 and 0400 local time on May 3"), a restatement in an explicit zone
/// ("10:15 local (07:15 GMT)"), a round word made exact ("shortly after midnight, at 0015"). Nothing here knows the
/// story's dates or decides what matters.
/// </summary>
internal static class TimeExpressions
{
    /// <summary>The time expressions of every paragraph, in text order, their parts composed.</summary>
    public static List<Mention> Tag(IReadOnlyList<string> paragraphs, Deadline deadline)
    {
        var mentions = new List<Mention>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            deadline.Check();
            TimeMentions.Find(paragraphs[p], p, mentions);
        }

        Attach(paragraphs, mentions);
        ShareRanges(paragraphs, mentions);
        ApproximateBeforeExact(paragraphs, mentions);
        return mentions;
    }

    /// <summary>Links each clock to the date written right next to it ("1530 EST on November 13th", "Monday at 0600").</summary>
    internal static void Attach(IReadOnlyList<string> paragraphs, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var c = mentions[i];
            if (c.Kind != MentionKind.Clock || c.Attached is not null) continue;
            var text = paragraphs[c.Paragraph];
            if (i + 1 < mentions.Count && mentions[i + 1] is { Kind: not MentionKind.Clock } next && next.Paragraph == c.Paragraph
                && next.Attached is null && IsConnector(text.AsSpan(c.End, Math.Max(0, next.Start - c.End))))
            {
                c.Attached = next;
                next.Attached = c;
                // "1:30 a.m. Wednesday AKST", "0600 on Monday GMT": the zone written after the day is the clock's.
                // (A bracket after the day is a gloss, read later.)
                if (c.Zone.Kind == ZoneKind.None && next.End + 1 < text.Length && text[next.End] == ' ' && char.IsAsciiLetterUpper(text[next.End + 1])
                    && ClockZones.ParseZone(text, next.End) is { Zone.Kind: ZoneKind.Abbreviation or ZoneKind.Fixed } after)
                    c.Zone = after.Zone;
                continue;
            }
            if (i > 0 && mentions[i - 1] is { Kind: not MentionKind.Clock } prev && prev.Paragraph == c.Paragraph
                && prev.Attached is null && IsConnector(text.AsSpan(prev.End, Math.Max(0, c.Start - prev.End))))
            {
                c.Attached = prev;
                prev.Attached = c;
            }
        }
    }

    /// <summary>
    /// "shortly after midnight, at 0015", "around noon (1210 GMT)": a round word the next words make exact is not a
    /// time of its own; the exact clock is the key time, and it keeps the zone and date the word had.
    /// </summary>
    private static void ApproximateBeforeExact(IReadOnlyList<string> paragraphs, List<Mention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var a = mentions[i];
            if (a.Kind != MentionKind.Clock || a.Skip || a.Minute != 0 || a.Hour is not (0 or 12) || a.Paragraph != mentions[i + 1].Paragraph) continue;
            var text = paragraphs[a.Paragraph];
            var word = text.AsSpan(a.Start, a.End - a.Start);
            if (!word.StartsWith("midnight", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("noon", StringComparison.OrdinalIgnoreCase)) continue;
            var b = mentions[i + 1];
            if (b.Kind != MentionKind.Clock) continue;
            var gap = text.AsSpan(a.End, Math.Max(0, b.Start - a.End)).Trim().TrimStart(',').Trim();
            if (gap is not ("at" or "(" or "at about" or "at around" or "around" or "about" or "—" or "-" or "–" or "")) continue;
            // The exact clock is within the hour either side of the round word.
            var minutes = b.Hour * 60 + b.Minute;
            var round = a.Hour * 60;
            if (Math.Min(Math.Abs(minutes - round), 1440 - Math.Abs(minutes - round)) > 90) continue;
            a.Skip = true;
            if (b.Zone.Kind == ZoneKind.None) b.Zone = a.Zone;
            if (b.Attached is null && a.Attached is { } date)
            {
                b.Attached = date;
                date.Attached = b;
            }
        }
    }

    /// <summary>"between 0200 and 0400 local time on May 3": the first clock of a range shares the second's zone and date.</summary>
    private static void ShareRanges(IReadOnlyList<string> paragraphs, List<Mention> mentions)
    {
        for (var i = mentions.Count - 2; i >= 0; i--)
        {
            var a = mentions[i];
            var b = mentions[i + 1];
            if (a.Kind != MentionKind.Clock || b.Kind != MentionKind.Clock || a.Paragraph != b.Paragraph) continue;
            var gap = paragraphs[a.Paragraph].AsSpan(a.End, Math.Max(0, b.Start - a.End)).Trim();
            if (gap is "(" && b.Zone.Kind is ZoneKind.Fixed or ZoneKind.Abbreviation && a.Zone.Kind is not (ZoneKind.Fixed or ZoneKind.Abbreviation))
            {
                // "10:15 local (07:15 GMT)": the bracket restates the same instant in an explicit zone; keep that one,
                // quoted from the first clock so the key time's text reads as the source wrote it.
                a.Skip = true;
                b.Start = a.Start;
                b.FrameZone = a.Zone;
                continue;
            }
            if (gap is "(" && a.Zone.Kind is ZoneKind.Fixed or ZoneKind.Abbreviation && b.Zone.Kind is ZoneKind.Local or ZoneKind.None
                && paragraphs[a.Paragraph].AsSpan(b.End).TrimStart().StartsWith(")"))
            {
                // "0600 GMT (0900 local) on Sunday": the bracket restates the explicit instant in the local clock; keep
                // the first, with the date written after the bracket.
                b.Skip = true;
                if (a.Attached is null && b.Attached is { } written)
                {
                    (a.Attached, written.Attached, b.Attached) = (written, a, null);
                }
                continue;
            }
            if (gap is "(" && a.Attached is null && (b.Attached ?? (i + 2 < mentions.Count ? mentions[i + 2] : null)) is { Kind: not MentionKind.Clock } after
                && after.Paragraph == a.Paragraph && after.Start > b.End && ClosesGloss(paragraphs[a.Paragraph].AsSpan(b.End, after.Start - b.End)))
            {
                // "05:10 SAMT (04:10 Moscow) on 3 May": the date after the bracket is the day of the clock it glosses.
                a.Attached = after;
                after.Attached ??= a;
                continue;
            }
            // "between 1 and 3 a.m.": a bare opening hour is read over the whole range, so it holds its end.
            var holdsEnd = a.Start <= b.Start && a.End >= b.End;
            if (!(holdsEnd || gap is "and" or "to" or "-" or "–" or "—" or "until" or "till" or "and about" or "to about")) continue;
            if (a.Zone.Kind == ZoneKind.None) a.Zone = b.Zone;
            if (a.Attached is null && b.Attached is { Kind: not MentionKind.Clock } date) (a.Attached, a.RangeTo) = (date, b);
        }
    }

    /// <summary>") on", " Moscow) on", " in Lisbon) on": the rest of a bracketed clock, a place's words and the bracket's end.</summary>
    private static bool ClosesGloss(ReadOnlySpan<char> rest)
    {
        var close = rest.IndexOf(')');
        return close >= 0 && close <= 30 && rest[..close].IndexOfAnyInRange('0', '9') < 0 && rest[..close].IndexOfAny("(.;") < 0
               && rest[(close + 1)..].Trim() is "" or "on" or "," or ", on";
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors =
        new[]
        {
            "on", "of", "at", "the", "in", "hrs", "hours", "local", "time", "approximately", "around", "about", "roughly", "some",
            "early", "late", "morning", "afternoon", "evening", "night", "this", "by", "just", "after", "before", "shortly", "until",
            // "a las 2:30 de la madrugada del sábado", "à 7h30 samedi", "alle 9:15 di sabato", "às 9:40 de sábado", "am Samstag".
            "de", "del", "la", "el", "este", "esta", "du", "le", "ce", "di", "della", "questo", "da", "do", "no", "na", "am",
            "hora", "heure", "ora", "locale", "madrugada", "mañana", "tarde", "noche", "matin", "soir", "nuit", "mattina", "sera", "notte",
            "manhã", "noite", "Uhr", "Ortszeit",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsConnector(ReadOnlySpan<char> gap)
    {
        // "4.30pm AEST (Canberra time) on Saturday": a bracketed gloss of the zone or place sits between them.
        var trimmed = gap.TrimStart();
        if (trimmed.Length > 0 && trimmed[0] == '(' && trimmed.IndexOf(')') is var close and > 0 and <= 30 && trimmed[1..close].IndexOfAnyInRange('0', '9') < 0)
            gap = trimmed[(close + 1)..];
        if (gap.Length > 32) return false;
        var i = 0;
        while (i < gap.Length)
        {
            var ch = gap[i];
            if (char.IsLetter(ch))
            {
                var j = i;
                while (j < gap.Length && char.IsLetter(gap[j])) j++;
                if (!Connectors.Contains(gap[i..j])) return false;
                i = j;
                continue;
            }
            if (!(char.IsWhiteSpace(ch) || ch is ',' or '(' or ')' or '-' or '–' or '—')) return false;
            i++;
        }
        return true;
    }
}
