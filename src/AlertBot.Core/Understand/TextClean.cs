using System.Text;

namespace AlertBot.Core.Understand;

/// <summary>Plain-text clean-up shared by the readers: whitespace, Markdown markers.</summary>
internal static class TextClean
{
    private static readonly System.Buffers.SearchValues<char> OddWhitespace =
        System.Buffers.SearchValues.Create("\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\u00AD\u200B\uFEFF");

    /// <summary>Collapses runs of whitespace (incl. NBSP and newlines) to single spaces and trims.</summary>
    public static string CollapseWhitespace(string s)
    {
        var span = s.AsSpan();
        // Fast path: most lines are already clean (single spaces, nothing invisible, no padding).
        var needs = span.Length > 0 && (span[0] == ' ' || span[^1] == ' ')
            || span.IndexOfAny(OddWhitespace) >= 0 || span.IndexOf("  ", StringComparison.Ordinal) >= 0;
        if (!needs) return s;
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (c is '\u00AD' or '\u200B' or '\uFEFF') continue;
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Makes one line of Markdown plain text: drops heading, quote and list markers, emphasis markers and images;
    /// keeps a link's text and drops its target (so a <c>javascript:</c> target never survives). Leaves HTML as text.
    /// </summary>
    public static string StripMarkdown(string line)
    {
        var s = line.AsSpan().Trim();
        while (s.Length > 0 && s[0] == '>') s = s[1..].TrimStart();
        var hashes = 0;
        while (hashes < s.Length && s[hashes] == '#') hashes++;
        if (hashes is > 0 and <= 6 && (hashes == s.Length || s[hashes] == ' ')) s = s[hashes..].Trim().TrimEnd('#').TrimEnd();
        if (s.Length > 2 && (s[0] is '-' or '+' or '*') && s[1] == ' ') s = s[2..];
        if (s.IndexOfAny("*_~`[]!".AsSpan()) < 0) return s.Length == line.Length ? line : s.ToString();

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '!' && i + 1 < s.Length && s[i + 1] == '[')
            {
                var close = LinkEnd(s, i + 1, out _);
                if (close > 0)
                {
                    i = close;
                    continue;
                }
            }
            if (c == '[')
            {
                var close = LinkEnd(s, i, out var textEnd);
                if (close > 0)
                {
                    sb.Append(StripEmphasis(s[(i + 1)..textEnd]));
                    i = close;
                    continue;
                }
            }
            if (c is '*' or '_' or '~' or '`')
            {
                var j = i;
                while (j < s.Length && s[j] == c) j++;
                var prev = i == 0 ? ' ' : s[i - 1];
                var next = j >= s.Length ? ' ' : s[j];
                // Emphasis markers sit at a word edge; an underscore inside snake_case or a lone "5 * 3" stays.
                var opens = !char.IsWhiteSpace(next) && !char.IsLetterOrDigit(prev);
                var closes = !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next);
                if (c == '`' || ((opens || closes) && !(c == '_' && char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next))))
                {
                    i = j - 1;
                    continue;
                }
            }
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    private static string StripEmphasis(ReadOnlySpan<char> s) => StripMarkdown(s.ToString());

    /// <summary>For "[text](target)" starting at <paramref name="open"/>, the index of ")" (else -1).</summary>
    private static int LinkEnd(ReadOnlySpan<char> s, int open, out int textEnd)
    {
        textEnd = -1;
        var depth = 0;
        for (var i = open; i < s.Length; i++)
        {
            if (s[i] == '[') depth++;
            else if (s[i] == ']' && --depth == 0)
            {
                textEnd = i;
                if (i + 1 >= s.Length || s[i + 1] != '(') return -1;
                var parens = 0;
                for (var j = i + 1; j < s.Length; j++)
                {
                    if (s[j] == '(') parens++;
                    else if (s[j] == ')' && --parens == 0) return j;
                }
                return -1;
            }
        }
        return -1;
    }

    public static bool LooksLikeMarkdownRule(string line)
    {
        var t = line.AsSpan().Trim();
        if (t.Length < 3) return false;
        foreach (var c in t)
            if (c is not ('-' or '*' or '_' or '=' or ' ')) return false;
        return true;
    }
}
