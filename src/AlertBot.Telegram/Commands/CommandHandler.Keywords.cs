using AlertBot.Core.Render;
using AlertBot.Core.Route;

namespace AlertBot.Telegram.Commands;

// A chat's own words: /keywords add|remove|clear (alerts that mention them match) and /exclude (alerts that mention them never do).
public sealed partial class CommandHandler
{
    internal const int MaxKeywords = 30;
    internal const int MaxKeywordLength = 64;

    private static (ChatSettings, string, string?) Keywords(ChatSettings chat, string[] args, bool exclude)
    {
        var name = exclude ? "exclude" : "keywords";
        var label = exclude ? "Excluded words" : "Keywords";
        var set = (exclude ? chat.Excludes : chat.Keywords).ToHashSet(StringComparer.Ordinal);
        var usage = $"Usage: /{name} add &lt;word, phrase…&gt;, /{name} remove &lt;word…&gt;, /{name} clear.";
        if (args.Length == 0)
            return (chat, $"{label}: {List(set)}. {usage}", null);

        // Words and phrases are separated by commas: "/keywords add drone strike, wagner" adds two.
        var words = string.Join(' ', args[1..])
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => string.Join(' ', w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        switch (args[0].ToLowerInvariant())
        {
            case "clear":
                set.Clear();
                break;
            case "add" when words.Count > 0:
                if (words.FirstOrDefault(w => w.Length < 2 || w.Length > MaxKeywordLength || !w.Any(char.IsLetterOrDigit)) is { } bad)
                    return (chat, $"“{TelegramHtml.Escape(bad)}” is not a usable word: 2 to {MaxKeywordLength} characters with a letter or digit.", null);
                set.UnionWith(words);
                if (set.Count > MaxKeywords)
                    return (chat, $"At most {MaxKeywords} {label.ToLowerInvariant()} per chat; /{name} remove some first.", null);
                break;
            case "remove" when words.Count > 0:
                set.ExceptWith(words);
                break;
            default:
                return (chat, usage, null);
        }

        var updated = exclude ? chat with { Excludes = set } : chat with { Keywords = set };
        var meaning = exclude
            ? "alerts that mention any of them are never sent here."
            : "alerts that mention any of them are sent here, whatever their topics.";
        return (updated, set.Count == 0 ? $"{label}: none." : $"{label}: {List(set)} — {meaning}", null);
    }

    private static string List(IEnumerable<string> words)
    {
        var list = words.Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "none" : TelegramHtml.Escape(string.Join(", ", list));
    }
}
