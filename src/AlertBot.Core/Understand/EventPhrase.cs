using System.Collections.Frozen;
using System.Text;

namespace AlertBot.Core.Understand;

/// <summary>The short clause of a sentence that says what happened at a key time.</summary>
internal static class EventPhrase
{
    private const int MaxLength = 80;

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadWords =
        new[] { "at", "by", "on", "around", "approximately", "about", "roughly", "until", "from", "in", "of", "since", "shortly", "just", "after", "before", "early", "late", "local", "time", "hrs", "and", "then", "when", "as", "that" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DanglingWords =
        new[] { "and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "with", "by", "for", "from", "as", "that", "which", "who", "its", "their", "his", "her", "after", "before", "while", "into", "between", "around", "about", "approximately", "until", "since" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The clause around a time span: the words before it when they carry a subject and verb
    /// ("The shelling began"), else the clause after it ("…, JNIM fighters detonated an IED").
    /// <paramref name="clauseStart"/>/<paramref name="clauseEnd"/> bound the text between neighbouring time mentions.
    /// </summary>
    public static string From(string paragraph, (int Start, int End) sentence, int spanStart, int spanEnd, int clauseStart = 0, int clauseEnd = int.MaxValue)
    {
        var from = Math.Max(sentence.Start, Math.Min(clauseStart, spanStart));
        var to = Math.Min(sentence.End, Math.Max(clauseEnd, spanEnd));
        var after = paragraph.AsSpan(spanEnd, Math.Max(0, to - spanEnd)).TrimStart(" ,:;)—–-".AsSpan());
        after = TrimTrailingWords(TrimLeadWords(Clause(after)));

        var before = paragraph.AsSpan(from, Math.Max(0, spanStart - from));
        var cut = before.LastIndexOfAny(';', ':');
        if (cut >= 0) before = before[(cut + 1)..];
        before = AfterDateline(before);
        before = TrimTrailingWords(TrimLeadWords(before).TrimEnd(" ,—–-(".AsSpan()));

        ReadOnlySpan<char> phrase;
        if (WordCount(before) >= 3 && !before.StartsWith("According", StringComparison.OrdinalIgnoreCase)) phrase = before;
        else if (WordCount(after) >= 2) phrase = after;
        else phrase = WordCount(before) >= WordCount(after) ? before : after;
        return Finish(phrase);
    }

    /// <summary>
    /// "KHARKIV, Ukraine - Gunmen attacked", "GOMA, March 3 (Agency) -- Rebels entered": the words after a wire dateline,
    /// which names where the story was filed (a run of capitals, or an agency in brackets, before a spaced dash).
    /// </summary>
    private static ReadOnlySpan<char> AfterDateline(ReadOnlySpan<char> s)
    {
        foreach (var dash in (ReadOnlySpan<string>)[" -- ", " - ", " — ", " – "])
        {
            var at = s.IndexOf(dash, StringComparison.Ordinal);
            if (at is <= 0 or > 80)
                continue;
            var lead = s[..at].TrimEnd();
            if (lead.EndsWith(")") || HasCapitalsWord(lead))
                return s[(at + dash.Length)..];
        }

        return s;
    }

    private static bool HasCapitalsWord(ReadOnlySpan<char> s)
    {
        var run = 0;
        foreach (var c in s)
        {
            if (char.IsUpper(c)) { if (++run >= 3) return true; }
            else run = 0;
        }

        return false;
    }

    private static ReadOnlySpan<char> Clause(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is ';' or ':' or '!' or '?') return s[..i];
            if (c == '.' && (i + 1 >= s.Length || char.IsWhiteSpace(s[i + 1])) && !(i >= 3 && s[(i - 3)..i] is "a.m" or "p.m")) return s[..i];
        }
        return s;
    }

    private static ReadOnlySpan<char> TrimLeadWords(ReadOnlySpan<char> s)
    {
        while (true)
        {
            s = s.TrimStart(" ,)—–-".AsSpan());
            var j = 0;
            while (j < s.Length && char.IsLetter(s[j])) j++;
            if (j == 0 || j == s.Length || !LeadWords.Contains(s[..j])) return s;
            // keep "the", keep real verbs; only drop connectors
            s = s[j..];
        }
    }

    private static ReadOnlySpan<char> TrimTrailingWords(ReadOnlySpan<char> s)
    {
        while (true)
        {
            s = s.TrimEnd(" ,—–-(".AsSpan());
            var j = s.Length;
            while (j > 0 && char.IsLetter(s[j - 1])) j--;
            if (j == s.Length || !(LeadWords.Contains(s[j..]) || DanglingWords.Contains(s[j..]))) return s;
            s = s[..j];
        }
    }

    private static string Finish(ReadOnlySpan<char> phrase)
    {
        phrase = phrase.Trim().Trim("\"“”'‘’".AsSpan()).Trim();
        if (phrase.Length > MaxLength) phrase = Tighten(phrase.ToString());
        if (phrase.Length > MaxLength)
        {
            var cut = phrase[..MaxLength].LastIndexOf(' ');
            phrase = phrase[..(cut > 20 ? cut : MaxLength)];
            var j = phrase.Length;
            while (true)
            {
                phrase = phrase.TrimEnd(" ,;—–-(".AsSpan());
                j = phrase.Length;
                while (j > 0 && char.IsLetter(phrase[j - 1])) j--;
                if (j == phrase.Length || j == 0 || !DanglingWords.Contains(phrase[j..])) break;
                phrase = phrase[..j];
            }
        }
        if (phrase.Length == 0) return "";
        var sb = new StringBuilder(phrase.Length);
        sb.Append(char.ToUpperInvariant(phrase[0]));
        sb.Append(phrase[1..]);
        return sb.ToString();
    }

    /// <summary>Drops asides that crowd out the verb: "(CSP)" and ", an alliance of armed groups,".</summary>
    private static string Tighten(string s)
    {
        var sb = new StringBuilder(s.Length);
        var depth = 0;
        foreach (var c in s)
        {
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0) sb.Append(c);
        }
        var t = sb.ToString().Replace("  ", " ", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal);
        foreach (var lead in (ReadOnlySpan<string>)[", an ", ", a ", ", which ", ", who ", ", the "])
        {
            var open = t.IndexOf(lead, StringComparison.Ordinal);
            if (open < 0) continue;
            var close = t.IndexOf(',', open + lead.Length);
            if (close < 0 || close - open > 90) continue;
            t = string.Concat(t.AsSpan(0, open), t.AsSpan(close + 1));
            break;
        }
        return t;
    }

    private static int WordCount(ReadOnlySpan<char> s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }
}
