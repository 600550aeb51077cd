namespace AlertBot.Core.Route;

/// <summary>
/// Chats keyed by their words (keywords or excludes), so that an article finds exactly the chats one of whose words
/// <see cref="Router.ContainsWord"/> finds in its headline or body. A word matches only at letter-or-digit
/// boundaries, so its first run of letters and digits is a whole run of the text, compared as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> compares (<see cref="TextRuns"/> says why). A word that is one
/// run ("kyiv") is found when a run of the text equals it. A longer word ("fuel depot", "c++") is looked at when
/// its first run is in the text, one that starts with a symbol ("#tag") or holds a symbol with a case (Ⓐ/ⓐ, U+0345)
/// in every article: <see cref="ArticleText.Contains"/> decides it once per article, for all its chats. A text with
/// a symbol that has a case, which might compare equal to a letter, is the one case left to
/// <see cref="Router.Route"/>: every chat with words may then have one in it.
/// </summary>
internal sealed class WordKeys
{
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _byFirstRun;

    /// <summary>The words that are not one run, by number, and the chats that have each.</summary>
    private readonly string[] _words;
    private readonly int[][] _wordChats;

    /// <summary>The words no run of a text can point to: looked at in every article.</summary>
    private readonly int[] _unkeyed;
    private readonly int[] _any;

    private WordKeys(Dictionary<string, Entry> byFirstRun, string[] words, int[][] wordChats, int[] unkeyed, int[] any)
    {
        _byFirstRun = byFirstRun.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = words;
        _wordChats = wordChats;
        _unkeyed = unkeyed;
        _any = any;
    }

    /// <summary>
    /// Marks in <paramref name="found"/> and <paramref name="bits"/> every chat one of whose words is in the text;
    /// when the text holds a symbol with a case, every chat with words in <paramref name="bits"/> (it may have one).
    /// </summary>
    public void Mark(ArticleText text, ulong[] bits, ulong[] found)
    {
        if (_any.Length == 0)
            return;
        if (text.HasCasedSymbol)
        {
            ChatIndex.Mark(bits, _any);
            return;
        }

        var look = new ulong[(_words.Length + 63) / 64];
        MarkRuns(text.Headline, look, bits, found);
        MarkRuns(text.Body, look, bits, found);
        foreach (var word in _unkeyed)
            look[word >> 6] |= 1UL << (word & 63);
        for (var w = 0; w < look.Length; w++)
        {
            var words = look[w];
            while (words != 0)
            {
                var word = (w * 64) + System.Numerics.BitOperations.TrailingZeroCount(words);
                words &= words - 1;
                if (text.Contains(_words[word]))
                {
                    ChatIndex.Mark(bits, _wordChats[word]);
                    ChatIndex.Mark(found, _wordChats[word]);
                }
            }
        }
    }

    /// <summary>The chats whose one-run word is a run of the text, and in <paramref name="look"/> the longer words that start with one.</summary>
    private void MarkRuns(string text, ulong[] look, ulong[] bits, ulong[] found)
    {
        var runs = new Runs(text);
        while (runs.MoveNext())
        {
            if (!_byFirstRun.TryGetValue(runs.Current, out var entry))
                continue;
            ChatIndex.Mark(bits, entry.Whole);
            ChatIndex.Mark(found, entry.Whole);
            foreach (var word in entry.Longer)
                look[word >> 6] |= 1UL << (word & 63);
        }
    }

    internal sealed class Builder
    {
        private readonly Dictionary<string, (List<int> Whole, List<int> Longer)> _byFirstRun = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
        private readonly List<List<int>> _wordChats = [];
        private readonly List<int> _unkeyed = [];
        private readonly List<int> _any = [];

        public void Add(IReadOnlySet<string> words, int chat)
        {
            if (words.Count == 0)
                return;
            _any.Add(chat);
            foreach (var word in words)
            {
                if (word.Length == 0)
                    continue; // ContainsWord never finds an empty word.
                var run = 0;
                while (run < word.Length && char.IsLetterOrDigit(word[run]))
                    run++;
                if (run == word.Length)
                {
                    Add(KeyOf(word).Whole, chat);
                    continue;
                }

                if (!_wordIds.TryGetValue(word, out var id))
                {
                    _wordIds[word] = id = _wordChats.Count;
                    _wordChats.Add([]);
                    if (run == 0 || word.Any(Runs.IsCasedSymbol))
                        _unkeyed.Add(id);
                    else
                        KeyOf(word[..run]).Longer.Add(id);
                }

                Add(_wordChats[id], chat);
            }
        }

        public WordKeys Build() => new(
            _byFirstRun.ToDictionary(p => p.Key, p => new Entry([.. p.Value.Whole], [.. p.Value.Longer]), StringComparer.OrdinalIgnoreCase),
            [.. _wordIds.OrderBy(p => p.Value).Select(p => p.Key)],
            [.. _wordChats.Select(c => c.ToArray())],
            [.. _unkeyed],
            [.. _any]);

        private (List<int> Whole, List<int> Longer) KeyOf(string run)
        {
            if (!_byFirstRun.TryGetValue(run, out var lists))
                _byFirstRun[run] = lists = ([], []);
            return lists;
        }

        private static void Add(List<int> chats, int chat)
        {
            // Chats come in order; a chat with two words under one key is listed once.
            if (chats.Count == 0 || chats[^1] != chat)
                chats.Add(chat);
        }
    }

    /// <summary>The chats with a word that is exactly this run, and the longer words (by number) starting with it.</summary>
    private sealed record Entry(int[] Whole, int[] Longer);
}
