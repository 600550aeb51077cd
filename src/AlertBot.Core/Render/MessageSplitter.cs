using System.Text;

namespace AlertBot.Core.Render;

/// <summary>Packs HTML blocks into as few Telegram messages as fit, cutting only between blocks.</summary>
public static class MessageSplitter
{
    private const string Separator = "\n\n";

    public static IReadOnlyList<string> Pack(IReadOnlyList<string> blocks, int limit = TelegramHtml.MaxMessageLength)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        var currentLength = 0;
        foreach (var raw in blocks)
        {
            var block = raw;
            var length = TelegramHtml.VisibleLength(block);
            if (length > limit)
            {
                // A single block over the limit (a hostile or broken input): send it as escaped plain text, cut to size.
                var plain = TelegramHtml.ToPlainText(block);
                block = TelegramHtml.Escape(plain[..(limit - 1)] + "…");
                length = limit;
            }

            var needed = currentLength == 0 ? length : currentLength + Separator.Length + length;
            if (needed > limit && currentLength > 0)
            {
                messages.Add(current.ToString());
                current.Clear();
                currentLength = 0;
                needed = length;
            }

            if (currentLength > 0)
                current.Append(Separator);
            current.Append(block);
            currentLength = needed;
        }

        if (currentLength > 0)
            messages.Add(current.ToString());
        return messages;
    }

    /// <summary>Splits a ready HTML text (a reply, a digest) at blank lines, then at line ends.</summary>
    public static IReadOnlyList<string> Split(string html, int limit = TelegramHtml.MaxMessageLength) =>
        TelegramHtml.VisibleLength(html) <= limit
            ? [html]
            : Pack(html.Split(Separator).SelectMany(p => TelegramHtml.VisibleLength(p) <= limit ? [p] : p.Split('\n')).ToList(), limit);
}
