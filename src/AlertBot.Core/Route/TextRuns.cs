namespace AlertBot.Core.Route;

/// <summary>
/// Every run of letters and digits (a maximal <see cref="char.IsLetterOrDigit(char)"/> stretch) of the chats' words
/// (keywords and excludes), numbered, so that an article's runs are taken once (<see cref="Of"/>) and a word is
/// ruled out before <see cref="Router.ContainsWord"/> searches the text for it. Where a word matches, each of its
/// runs is a whole run of the text: the match compares char by char as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> does, a letter or digit never equals a caseless symbol there
/// (every char checked, .NET 10), and the word's ends sit at letter-or-digit boundaries. A symbol with a case
/// (Ⓐ/ⓐ, U+0345, which upper-cases to Ι) breaks that, in the word or in the text: then nothing is ruled out.
/// </summary>
internal sealed class TextRuns
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ids;
    private readonly int _count;

    private TextRuns(Dictionary<string, int> ids)
    {
        _ids = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _count = ids.Count;
    }

    /// <summary>The article's text with the runs it has of the chats' words.</summary>
    public ArticleText Of(string headline, string body)
    {
        var present = new ulong[(_count + 63) / 64];
        var cased = Mark(headline, present) | Mark(body, present);
        return new ArticleText(headline, body, cased ? null : this, present);
    }

    /// <summary>True when the text holds a symbol with a case: its runs cannot vouch for a word.</summary>
    private bool Mark(string text, ulong[] present)
    {
        var runs = new Runs(text);
        while (runs.MoveNext())
        {
            if (_ids.TryGetValue(runs.Current, out var id))
                present[id >> 6] |= 1UL << (id & 63);
        }

        return runs.SawCasedSymbol;
    }

    /// <summary>Whether every run of <paramref name="word"/> is among the marked runs (or that cannot be told).</summary>
    internal bool AllPresent(string word, ulong[] present)
    {
        var runs = new Runs(word);
        var all = true;
        while (runs.MoveNext())
        {
            // A run no chat's word has (a word from elsewhere) is not in the marks: it cannot rule the word out.
            if (_ids.TryGetValue(runs.Current, out var id) && (present[id >> 6] & (1UL << (id & 63))) == 0)
                all = false;
        }

        return all || runs.SawCasedSymbol;
    }

    internal sealed class Builder
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);

        public void Add(IReadOnlySet<string> words)
        {
            foreach (var word in words)
            {
                var runs = new Runs(word);
                while (runs.MoveNext())
                    _ids.TryAdd(runs.Current.ToString(), _ids.Count);
            }
        }

        public TextRuns Build() => new(new Dictionary<string, int>(_ids, StringComparer.OrdinalIgnoreCase));
    }
}

/// <summary>
/// One article's headline and body with what <see cref="TextRuns.Of"/> found in them: whether a word is in the text
/// (<see cref="Contains"/>) is decided once per article and word, and mostly without searching the text.
/// Used by one routing call at a time.
/// </summary>
internal sealed class ArticleText
{
    private readonly TextRuns? _runs;
    private readonly ulong[] _present;
    private readonly Dictionary<string, bool> _searched = new(StringComparer.Ordinal);

    internal ArticleText(string headline, string body, TextRuns? runs, ulong[] present)
    {
        Headline = headline;
        Body = body;
        _runs = runs;
        _present = present;
    }

    public string Headline { get; }

    public string Body { get; }

    /// <summary>The text holds a symbol with a case: a word's first run in it does not tell whether the word is there.</summary>
    public bool HasCasedSymbol => _runs is null;

    /// <summary><see cref="Router.ContainsWord"/> on the headline or the body.</summary>
    public bool Contains(string word)
    {
        if (_runs is not null && !_runs.AllPresent(word, _present))
            return false;
        if (!_searched.TryGetValue(word, out var found))
            _searched[word] = found = Router.ContainsWord(Headline, word) || Router.ContainsWord(Body, word);
        return found;
    }
}

/// <summary>The runs of letters and digits of a text, in order, and whether a symbol with a case lies between them.</summary>
internal ref struct Runs(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _next;

    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>A char that is not a letter or digit yet has another case was passed (<see cref="IsCasedSymbol"/>).</summary>
    public bool SawCasedSymbol { get; private set; }

    public bool MoveNext()
    {
        var i = _next;
        while (i < _text.Length && !char.IsLetterOrDigit(_text[i]))
        {
            SawCasedSymbol |= IsCasedSymbol(_text[i]);
            i++;
        }

        var start = i;
        while (i < _text.Length && char.IsLetterOrDigit(_text[i]))
            i++;
        _next = i;
        Current = _text[start..i];
        return i > start;
    }

    /// <summary>A character that is not a letter or digit yet has another case: the runs cannot vouch around it.</summary>
    public static bool IsCasedSymbol(char c) =>
        c >= 0x80 && !char.IsLetterOrDigit(c) && (char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c);
}
