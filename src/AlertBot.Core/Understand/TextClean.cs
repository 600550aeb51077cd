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

    private static readonly System.Buffers.SearchValues<char> MarkdownMarks = System.Buffers.SearchValues.Create("*_~`[]!");

    /// <summary>
    /// Makes one line of Markdown plain text: drops heading, quote and list markers, emphasis markers and images;
    /// keeps a link's text and drops its target (so a <c>javascript:</c> target never survives). Leaves HTML as text.
    /// </summary>
    /// <remarks>
    /// A link's text is Markdown again ("[**a** [b](c)](d)"). It used to be stripped by a recursive call per level,
    /// each rescanning the rest of the line for its "]": a line of 60,000 nested links overflowed the stack, and
    /// 80 KB of unmatched "[" took seconds. Now every "[" and "(" is paired with its closer in one pass, and the
    /// nested texts are handled with an explicit stack of frames (one per open link, on the heap), in one more
    /// pass: linear in the line, whatever its nesting.
    /// </remarks>
    public static string StripMarkdown(string line)
    {
        var s = BlockMarkers(line.AsSpan().Trim());
        if (s.IndexOfAny(MarkdownMarks) < 0) return s.Length == line.Length ? line : s.ToString();

        int[]? closers = null;
        try
        {
            if (s.Contains('[')) closers = PairClosers(s);
            var sb = new StringBuilder(s.Length);
            var frames = new Stack<Frame>();
            var f = new Frame(0, s.Length, 0);
            var i = 0;
            while (true)
            {
                if (i >= f.End)
                {
                    // The end of a link's text (or of the line): its text is trimmed, as the line is.
                    while (sb.Length > f.Output && char.IsWhiteSpace(sb[^1])) sb.Length--;
                    if (frames.Count == 0) break;
                    f = frames.Pop();
                    i = f.Resume;
                    continue;
                }
                var c = s[i];
                if (c == '!' && i + 1 < f.End && s[i + 1] == '[' && LinkEnd(s, closers!, i + 1, f.End, out _) is var imageEnd and >= 0)
                {
                    i = imageEnd + 1;
                    continue;
                }
                if (c == '[' && LinkEnd(s, closers!, i, f.End, out var textEnd) is var linkEnd and >= 0)
                {
                    var text = BlockMarkers(s[(i + 1)..textEnd].Trim());
                    if (text.IsEmpty)
                    {
                        i = linkEnd + 1;
                        continue;
                    }
                    s.Overlaps(text, out var from);
                    if (text.IndexOfAny(MarkdownMarks) < 0)
                    {
                        // Plain link text is kept as it stands (not trimmed again), as the recursive version did.
                        Append(sb, f, text);
                        i = linkEnd + 1;
                        continue;
                    }
                    frames.Push(f with { Resume = linkEnd + 1 });
                    f = new Frame(from, from + text.Length, sb.Length);
                    i = from;
                    continue;
                }
                if (c is '*' or '_' or '~' or '`')
                {
                    var j = i;
                    while (j < f.End && s[j] == c) j++;
                    var prev = i == f.Start ? ' ' : s[i - 1];
                    var next = j >= f.End ? ' ' : s[j];
                    // Emphasis markers sit at a word edge; an underscore inside snake_case or a lone "5 * 3" stays.
                    var opens = !char.IsWhiteSpace(next) && !char.IsLetterOrDigit(prev);
                    var closes = !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next);
                    if (c == '`' || ((opens || closes) && !(c == '_' && char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next))))
                    {
                        i = j;
                        continue;
                    }
                }
                if (sb.Length > f.Output || !char.IsWhiteSpace(c)) sb.Append(c);
                i++;
            }
            return sb.ToString();
        }
        finally
        {
            if (closers is not null) System.Buffers.ArrayPool<int>.Shared.Return(closers);
        }
    }

    /// <summary>The text of one link being stripped: [Start, End) of the line, and where its output starts.</summary>
    /// <param name="Resume">For a suspended frame: where to go on after the inner link's ")".</param>
    private readonly record struct Frame(int Start, int End, int Output, int Resume = 0);

    /// <summary>Appends to a frame's output; leading white space is dropped, as trimming the frame's text would.</summary>
    private static void Append(StringBuilder sb, Frame f, ReadOnlySpan<char> text)
    {
        if (sb.Length == f.Output) text = text.TrimStart();
        sb.Append(text);
    }

    /// <summary>Heading, quote and list markers at the start of a (trimmed) line or link text.</summary>
    private static ReadOnlySpan<char> BlockMarkers(ReadOnlySpan<char> s)
    {
        while (s.Length > 0 && s[0] == '>') s = s[1..].TrimStart();
        var hashes = 0;
        while (hashes < s.Length && s[hashes] == '#') hashes++;
        if (hashes is > 0 and <= 6 && (hashes == s.Length || s[hashes] == ' ')) s = s[hashes..].Trim().TrimEnd('#').TrimEnd();
        if (s.Length > 2 && (s[0] is '-' or '+' or '*') && s[1] == ' ') s = s[2..];
        return s;
    }

    /// <summary>
    /// For every "[" and "(" of <paramref name="s"/>, the index of the "]" or ")" that closes it (-1 when none):
    /// the first closer at which the count of openers minus closers from it falls to zero. One pass, two stacks.
    /// </summary>
    private static int[] PairClosers(ReadOnlySpan<char> s)
    {
        var closers = System.Buffers.ArrayPool<int>.Shared.Rent(s.Length);
        var brackets = new Stack<int>();
        var parens = new Stack<int>();
        for (var i = 0; i < s.Length; i++)
        {
            switch (s[i])
            {
                case '[':
                    closers[i] = -1;
                    brackets.Push(i);
                    break;
                case '(':
                    closers[i] = -1;
                    parens.Push(i);
                    break;
                case ']' when brackets.Count > 0:
                    closers[brackets.Pop()] = i;
                    break;
                case ')' when parens.Count > 0:
                    closers[parens.Pop()] = i;
                    break;
            }
        }
        return closers;
    }

    /// <summary>
    /// For "[text](target)" starting at <paramref name="open"/> and ending before <paramref name="end"/>, the index of
    /// its ")" (else -1), and in <paramref name="textEnd"/> the index of its "]".
    /// </summary>
    private static int LinkEnd(ReadOnlySpan<char> s, int[] closers, int open, int end, out int textEnd)
    {
        textEnd = closers[open];
        if (textEnd < 0 || textEnd >= end || textEnd + 1 >= end || s[textEnd + 1] != '(') return -1;
        var close = closers[textEnd + 1];
        return close < end ? close : -1;
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
