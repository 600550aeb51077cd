using System.Text;

namespace AlertBot.Core.Understand;

/// <summary>One or two sentences that say what happened: the sentence carrying the first key time, else the lede.</summary>
internal static class Summary
{
    public const int MaxLength = 300;

    public static string Build(IReadOnlyList<string> paragraphs, IReadOnlyList<List<(int Start, int End)>> sentences, IReadOnlyList<KeyTimeSite> sites)
    {
        if (paragraphs.Count == 0) return "";
        int para, index;
        var site = sites.Count == 0 ? (KeyTimeSite?)null : sites[0];
        // A bare "DTG 050900ZJUN24" line says when, not what: prefer the first key time in a real sentence.
        foreach (var s in sites)
        {
            if (paragraphs[s.Paragraph].Length < 60) continue;
            site = s;
            break;
        }
        if (site is { } found)
        {
            para = found.Paragraph;
            index = 0;
            var list = sentences[para];
            for (var i = 0; i < list.Count; i++)
                if (found.Position >= list[i].Start && found.Position < list[i].End) index = i;
        }
        else if (!FindLede(paragraphs, sentences, out para, out index))
        {
            return Truncate(paragraphs[0]);
        }

        var first = Sentence(paragraphs, sentences, para, index);
        var sb = new StringBuilder(first);
        if (first.Length < MaxLength && !first.EndsWith(':'))
        {
            var (np, ni) = index + 1 < sentences[para].Count ? (para, index + 1) : (para + 1, 0);
            if (np < paragraphs.Count && ni < sentences[np].Count)
            {
                var next = Sentence(paragraphs, sentences, np, ni);
                if (first.Length + 1 + next.Length <= MaxLength && !next.EndsWith(':') && next.Length >= 20 && Noise.Classify(next, 0, 1) == NoiseKind.Story)
                    sb.Append(' ').Append(next);
            }
        }
        return Truncate(sb.ToString());
    }

    private static bool FindLede(IReadOnlyList<string> paragraphs, IReadOnlyList<List<(int Start, int End)>> sentences, out int para, out int index)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            for (var i = 0; i < sentences[p].Count; i++)
            {
                var s = Sentence(paragraphs, sentences, p, i);
                if (s.Length < 40 || IsLeadIn(s)) continue;
                para = p;
                index = i;
                return true;
            }
        }
        para = index = 0;
        return false;
    }

    /// <summary>"As this publication reported…" recaps earlier coverage rather than saying what happened now.</summary>
    private static bool IsLeadIn(string s) =>
        s.StartsWith("As this publication", StringComparison.OrdinalIgnoreCase) || s.StartsWith("As previously reported", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("As we reported", StringComparison.OrdinalIgnoreCase) || s.StartsWith("As reported", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("Background", StringComparison.OrdinalIgnoreCase) || s.EndsWith(':');

    private static string Sentence(IReadOnlyList<string> paragraphs, IReadOnlyList<List<(int Start, int End)>> sentences, int p, int i)
    {
        var (s, e) = sentences[p][i];
        return paragraphs[p][s..e].Trim();
    }

    private static string Truncate(string s)
    {
        if (s.Length <= MaxLength) return s;
        var cut = s.LastIndexOf(' ', MaxLength - 1);
        return s[..(cut > 100 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
