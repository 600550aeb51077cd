using System.Collections.Frozen;
namespace AlertBot.Core.Understand;

/// <summary>Splits a paragraph into sentences, knowing the abbreviations news copy is full of.</summary>
internal static class Sentences
{
    private static readonly System.Collections.Frozen.FrozenSet<string> Abbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Cpt", "Maj", "Adm", "Brig", "Gov", "Sen", "Rep", "Pres",
        "St", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "etc", "Inc",
        "Ltd", "Jr", "Sr", "approx", "Mt", "Ft", "Cmdr", "Cdr", "Rev", "Prof", "Hon", "Amb", "Pvt", "Cpl", "Spc", "Fig", "est",
        "U.S", "U.N", "U.K", "E.U", "e.g", "i.e", "a.m", "p.m",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbrLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> Terminators = System.Buffers.SearchValues.Create(".!?…");

    /// <summary>Sentence ranges of <paramref name="text"/> as (start, end) pairs, end exclusive.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var result = new List<(int, int)>(8);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text.AsSpan(i).IndexOfAny(Terminators);
            if (skip < 0) break;
            i += skip;
            var c = text[i];
            var j = i + 1;
            while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')' or ']' or '.') j++;
            if (j >= text.Length) break;
            if (!char.IsWhiteSpace(text[j])) continue;
            var k = j;
            while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
            if (k >= text.Length) break;
            var n = text[k];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '\'' or '‘' or '(' or '[')) continue;
            if (c == '.' && IsAbbreviation(text, i, k)) continue;
            result.Add((start, j));
            start = k;
            i = k - 1;
        }
        if (start < text.Length)
        {
            var end = text.Length;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end > start) result.Add((start, end));
        }
        return result;
    }

    private static bool IsAbbreviation(string text, int dot, int next)
    {
        var s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || (text[s - 1] == '.' && s > 1 && char.IsLetter(text[s - 2])))) s--;
        var word = text.AsSpan(s, dot - s);
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "John F. Kennedy"
        if (word is "a.m" or "p.m" or "a.m." or "p.m.")
        {
            // "at 5 p.m. EST" continues; "at 5 p.m. Officials said" does not.
            var e = next;
            while (e < text.Length && char.IsLetter(text[e])) e++;
            var following = text.AsSpan(next, e - next);
            // "1:15 a.m. (2215 GMT)" and "5 p.m. EST" continue the sentence
            return text[next] is '(' or '[' || (following.Length <= 5 && IsAllUpper(following));
        }
        return AbbrLookup.Contains(word);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        foreach (var ch in s)
            if (!char.IsUpper(ch)) return false;
        return s.Length > 0;
    }
}
