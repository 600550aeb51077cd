namespace AlertBot.Core.Understand;

/// <summary>Where a mention stands among the others: its span, its neighbours, its sentence, a bracketed restatement.</summary>
internal static class MentionSpans
{
    /// <summary>Whether the day at <paramref name="at"/> is written as the end of a night: "overnight into", "the night to".</summary>
    internal static bool NightInto(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        foreach (var cue in (ReadOnlySpan<string>)["overnight into", "overnight to", "night into", "night to", "overnight before", "night before"])
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    /// <summary>
    /// The end of the previous and the start of the next time mention in the same paragraph, outside this span.
    /// Mentions are in text order and do not overlap (but for the date and clock of one DTG, and the mentions a span
    /// joins), so the nearest ones either side are found by walking out from this one, not by scanning all of them.
    /// </summary>
    internal static (int Start, int End) Neighbours(List<Mention> mentions, int index, int start, int end)
    {
        var m = mentions[index];
        var before = 0;
        var after = int.MaxValue;
        for (var k = index - 1; k >= 0 && mentions[k].Paragraph == m.Paragraph; k--)
        {
            var o = mentions[k];
            if (o.Skip || ReferenceEquals(o, m.Attached) || o.End > start) continue;
            before = o.End;
            break;
        }
        for (var k = index + 1; k < mentions.Count && mentions[k].Paragraph == m.Paragraph; k++)
        {
            var o = mentions[k];
            if (o.Skip || ReferenceEquals(o, m.Attached) || o.Start < end) continue;
            after = o.Start;
            break;
        }
        return (before, after);
    }

    internal static (int Start, int End) Span(Mention m) =>
        m.Attached is { } a ? (Math.Min(m.Start, a.Start), Math.Max(m.End, a.End)) : (m.Start, m.End);

    internal static string SpanText(string para, Mention m)
    {
        var (s, e) = Span(m);
        return para[s..e];
    }

    /// <summary>Whether the day at <paramref name="index"/> belongs to a bracketed clock that restates the one before it ("(2324 GMT Sunday)").</summary>
    internal static bool InBracketedClock(string paragraph, List<Mention> mentions, int index)
    {
        var m = mentions[index];
        for (var i = index - 1; i >= 0 && mentions[i].Paragraph == m.Paragraph && m.Start - mentions[i].End <= 4; i--)
        {
            if (mentions[i].Kind == MentionKind.Clock)
                return Restated(paragraph, mentions, i) is not null && paragraph.AsSpan(mentions[i].End, m.Start - mentions[i].End).IndexOf(')') < 0;
        }

        return false;
    }

    /// <summary>The clock the mention at <paramref name="index"/> restates in brackets right after it ("8:24 a.m. on Monday (2324 GMT Sunday)"), or null.</summary>
    internal static Mention? Restated(string paragraph, List<Mention> mentions, int index)
    {
        var m = mentions[index];
        var open = m.Start - 1;
        while (open >= 0 && paragraph[open] == ' ') open--;
        if (open < 0 || paragraph[open] != '(') return null;
        for (var i = index - 1; i >= 0; i--)
        {
            var p = mentions[i];
            if (p.Paragraph != m.Paragraph) return null;
            if (p.Kind != MentionKind.Clock) continue;
            // The clock, its date and nothing else before the bracket: "9.30pm on Saturday (", "noon local time (".
            // (A date written after the bracket, "05:10 SAMT (04:10 Moscow) on 3 May", is both clocks'.)
            var end = Math.Max(p.End, p.Attached is { } a && a.Paragraph == p.Paragraph && a.End <= open ? a.End : p.End);
            return end <= open && open - end <= 2 && paragraph.AsSpan(end, open - end).IsWhiteSpace() ? p : null;
        }

        return null;
    }

    /// <summary>The sentence holding <paramref name="position"/> (else the last), by binary search: sentences are in order and apart.</summary>
    internal static (int Start, int End) SentenceAt(List<(int Start, int End)> sentences, int position)
    {
        var (lo, hi) = (0, sentences.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= position) lo = mid + 1;
            else hi = mid;
        }
        if (lo > 0 && position < sentences[lo - 1].End) return sentences[lo - 1];
        return sentences.Count > 0 ? sentences[^1] : (0, 0);
    }
}
