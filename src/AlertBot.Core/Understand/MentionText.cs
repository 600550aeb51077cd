namespace AlertBot.Core.Understand;

/// <summary>The low-level reads the mention readers share: words, spaces, two-digit numbers, and the bare number that opens a range.</summary>
internal static class MentionText
{
    internal static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\u00A0')) i++;
        return i;
    }

    internal static ReadOnlySpan<char> WordAt(string text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        return text.AsSpan(i, j - i);
    }

    internal static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> s)
    {
        var n = 0;
        while (n < s.Length && char.IsAsciiLetter(s[n])) n++;
        return s[..n];
    }

    internal static int Two(ReadOnlySpan<char> s, int at) => (s[at] - '0') * 10 + (s[at + 1] - '0');

    internal static int Int(ReadOnlySpan<char> s)
    {
        var v = 0;
        foreach (var ch in s) v = v * 10 + (ch - '0');
        return v;
    }

    /// <summary>
    /// "11 to 12 June", "10–14 June", "between 6 and 7 a.m.": the bare number that opens a range written right before
    /// <paramref name="at"/>, and where it stands; with <paramref name="needsLeadIn"/>, only after "between" or "from".
    /// </summary>
    internal static (int Value, int At)? RangeStart(string text, int at, bool needsLeadIn)
    {
        var i = at;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i >= 3 && text.AsSpan(i - 3, 3) is "and") i -= 3;
        else if (i >= 2 && text.AsSpan(i - 2, 2) is "to") i -= 2;
        else if (i >= 1 && text[i - 1] is '-' or '–') i--;
        else return null;
        while (i > 0 && text[i - 1] == ' ') i--;
        var end = i;
        while (i > 0 && char.IsAsciiDigit(text[i - 1]) && end - i < 2) i--;
        if (i == end || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '/' or '.' or ':' or ',')))
            return null;
        if (needsLeadIn)
        {
            var lead = text.AsSpan(Math.Max(0, i - 9), i - Math.Max(0, i - 9)).TrimEnd();
            if (!lead.EndsWith("between", StringComparison.OrdinalIgnoreCase) && !lead.EndsWith("from", StringComparison.OrdinalIgnoreCase))
                return null;
        }

        return (Int(text.AsSpan(i, end - i)), i);
    }
}
