namespace AlertBot.Core.Understand;

/// <summary>
/// A dateline opens a wire story with where and when it was filed: "KHARTOUM, Feb. 5, 2024 — …", "BEIRUT, Dec. 5,
/// 2025" on a line of its own, "16 July 2025 — Southern Ukraine". Its date is the day of writing, never an event.
/// Recognised only at the very start of the first two paragraphs: nothing before the date but a place written as
/// a name (one to four capitalised words, optionally ", Country" and an agency in brackets) and a comma, and after
/// it a dash, a colon, the end of the line, or a dash and a place.
/// </summary>
internal static class Datelines
{
    public static Mention? Find(IReadOnlyList<string> paragraphs, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Paragraph > 1)
                break;
            // A date-time group ("150230Z OCT 25 – boarded") opens a timeline entry: an event, not a dateline.
            var text = paragraphs[m.Paragraph];
            if (m.Kind != MentionKind.Date || m.Attached is not null || char.IsAsciiDigit(text[m.Start]) && text.AsSpan(m.Start).IndexOfAnyExceptInRange('0', '9') >= 6)
                continue;
            if (m.Start > 80)
                continue;
            if (PlaceLead(text.AsSpan(0, m.Start)) && DateEnd(text.AsSpan(m.End, Math.Min(32, text.Length - m.End))))
                return m;
        }

        return null;
    }

    /// <summary>Empty, or "KHARTOUM, ", "Port Sudan, Sudan, ", "GOMA, Congo (Reuters) ", "Sahel Monitor · " (an outlet and the day it filed).</summary>
    private static bool PlaceLead(ReadOnlySpan<char> lead)
    {
        lead = lead.Trim();
        if (lead.Length == 0)
            return true;
        // "KHARTOUM, " or "NORFOLK, Va. — ": the place, then a comma or a dash before the date.
        if (lead.Length > 60 || lead[^1] is not (',' or '—' or '–' or '-' or '·' or '|'))
            return false;
        // One separator, or a run of dashes ("MALMSTROM AIR FORCE BASE, Mont. -- Nov. 5, 2026 --").
        lead = (lead[^1] is '—' or '–' or '-' ? lead.TrimEnd("-—–") : lead[..^1]).TrimEnd();
        if (lead.IndexOf('(') is var open and >= 0)
        {
            if (lead[^1] != ')')
                return false;
            lead = lead[..open].TrimEnd();
        }

        var words = 0;
        foreach (var part in lead.ToString().Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(part[0]) || part.Any(c => !(char.IsLetter(c) || c is '.' or '\'' or '-')))
                return false;
            words++;
        }

        return words is >= 1 and <= 5;
    }

    /// <summary>What may follow a dateline's date: "—", "-", ":", the end of the line, or "— Southern Ukraine".</summary>
    private static bool DateEnd(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        // "Aug 6 (Reuters) -", "Dec. 10 (Xinhua) --", "August 10. /TASS/.": the agency after the date.
        if (rest.Length > 0 && rest[0] == '(' && rest.IndexOf(')') is var close and > 1)
            rest = rest[(close + 1)..].TrimStart();
        else if (rest.Length > 1 && rest[0] == '.' && rest[1..].TrimStart() is ['/', ..])
            return true;
        if (rest.Length == 0)
            return true;
        if (rest[0] is '—' or '–' or ':' or '|' or '/')
            return true;
        return rest[0] == '-' && (rest.Length == 1 || rest[1] == ' ' || rest[1] == '-');
    }
}
