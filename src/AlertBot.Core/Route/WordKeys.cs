namespace AlertBot.Core.Route;

/// <summary>
/// Chats keyed by the first word of each of their words (keywords or excludes), so that the words of a text find
/// every chat one of whose words <see cref="Router.ContainsWord"/> could find in it — and a few more, which
/// <see cref="Router.Route"/> then rules out. A word matches only at letter-or-digit boundaries, so its first
/// run of letters and digits is a whole run of the text, compared as <see cref="StringComparison.OrdinalIgnoreCase"/>
/// compares. Two things the runs cannot vouch for are never keyed: a word that starts with a symbol ("#tag"), and
/// a symbol that has a case (Ⓐ/ⓐ, U+0345), which might compare equal to a letter; a chat with such a word, or a
/// text with such a symbol, falls back to checking the chat's words one by one. A word that is one run ("kyiv")
/// is found when a run of the text equals it: then the chat is known to have the word in the text, no check needed.
/// </summary>
internal sealed class WordKeys
{
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _byFirstRun;
    private readonly int[] _unkeyed;
    private readonly int[] _any;

    private WordKeys(Dictionary<string, Entry> byFirstRun, int[] unkeyed, int[] any)
    {
        _byFirstRun = byFirstRun.GetAlternateLookup<ReadOnlySpan<char>>();
        _unkeyed = unkeyed;
        _any = any;
    }

    /// <summary>
    /// Marks in <paramref name="bits"/> every chat one of whose words may be in <paramref name="text"/>, and in
    /// <paramref name="found"/> those one of whose words surely is.
    /// </summary>
    public void Mark(string text, ulong[] bits, ulong[] found)
    {
        if (_any.Length == 0)
            return;
        ChatIndex.Mark(bits, _unkeyed);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0)
                    start = i;
                continue;
            }

            if (start >= 0 && _byFirstRun.TryGetValue(text.AsSpan(start, i - start), out var entry))
            {
                ChatIndex.Mark(bits, entry.Whole);
                ChatIndex.Mark(found, entry.Whole);
                ChatIndex.Mark(bits, entry.Prefix);
            }

            start = -1;
            if (IsCasedSymbol(c))
            {
                ChatIndex.Mark(bits, _any);
                return;
            }
        }
    }

    /// <summary>A character that is not a letter or digit yet has another case: the runs cannot vouch around it.</summary>
    private static bool IsCasedSymbol(char c) =>
        c >= 0x80 && !char.IsLetterOrDigit(c) && (char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c);

    internal sealed class Builder
    {
        private readonly Dictionary<string, (List<int> Whole, List<int> Prefix)> _byFirstRun = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<int> _unkeyed = [];
        private readonly List<int> _any = [];

        public void Add(IReadOnlySet<string> words, int chat)
        {
            if (words.Count == 0)
                return;
            _any.Add(chat);
            var unkeyed = false;
            foreach (var word in words)
            {
                if (word.Length == 0)
                    continue; // ContainsWord never finds an empty word.
                var run = 0;
                while (run < word.Length && char.IsLetterOrDigit(word[run]))
                    run++;
                if (run == 0 || word.Any(IsCasedSymbol))
                {
                    unkeyed = true;
                    continue;
                }

                var key = word[..run];
                if (!_byFirstRun.TryGetValue(key, out var lists))
                    _byFirstRun[key] = lists = ([], []);
                var chats = run == word.Length ? lists.Whole : lists.Prefix;
                if (chats.Count == 0 || chats[^1] != chat)
                    chats.Add(chat);
            }

            if (unkeyed)
                _unkeyed.Add(chat);
        }

        public WordKeys Build() => new(
            _byFirstRun.ToDictionary(p => p.Key, p => new Entry([.. p.Value.Whole], [.. p.Value.Prefix]), StringComparer.OrdinalIgnoreCase),
            [.. _unkeyed],
            [.. _any]);
    }

    /// <summary>The chats with a word that is exactly this run, and those with a longer word starting with it.</summary>
    private sealed record Entry(int[] Whole, int[] Prefix);
}
