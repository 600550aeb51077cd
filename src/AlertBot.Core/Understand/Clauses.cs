namespace AlertBot.Core.Understand;

/// <summary>Where a clause ends, for the rules that read the words around a time mention.</summary>
internal static class Clauses
{
    /// <summary>
    /// Whether the character at <paramref name="i"/> ends a clause: ";", "!", "?", a line break, and a full stop
    /// that is not an abbreviation's ("a.m.", "p.m.", "U.S.", "Feb.": a letter run of at most four before it, then
    /// no capital after it) — "at 9 a.m. Friday" is one clause.
    /// </summary>
    /// <summary>The letters of the word that ends at <paramref name="at"/>, past the spaces before it: [Start, End).</summary>
    public static (int Start, int End) WordBefore(string text, int at)
    {
        var e = at;
        while (e > 0 && text[e - 1] == ' ') e--;
        var s = e;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        return (s, e);
    }

    /// <summary>The letters of the word after <paramref name="at"/>, past spaces (and one comma when asked): [Start, End).</summary>
    public static (int Start, int End) WordAfter(string text, int at, bool pastComma = false)
    {
        var s = at;
        if (pastComma && s < text.Length && text[s] == ',') s++;
        while (s < text.Length && text[s] == ' ') s++;
        var e = s;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return (s, e);
    }

    /// <summary>Whether a clause ends anywhere in [start, end).</summary>
    public static bool HasBreak(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsBreak(text, i))
                return true;
        }

        return false;
    }

    public static bool IsBreak(string text, int i)
    {
        var c = text[i];
        if (c is ';' or '!' or '?' or '\n')
            return true;
        if (c != '.')
            return false;
        // "13.00 WIB", "4.15pm", "3.5 km": a point inside a number.
        if (i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            return false;
        var s = i;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        var word = i - s;
        if (word is >= 1 and <= 4)
        {
            var next = i + 1;
            while (next < text.Length && text[next] == ' ') next++;
            // "a.m. Friday", "U.S. Navy", "Feb. 3": an abbreviation, whatever follows.
            if (word == 1 || (s > 0 && text[s - 1] == '.'))
                return false;
            if (next < text.Length && (char.IsAsciiDigit(text[next]) || char.IsLower(text[next])))
                return false;
        }

        return true;
    }
}
