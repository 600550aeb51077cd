using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>
/// Hostile documents made from a seed, for every format: deep nesting of each kind, long runs of one character,
/// huge single lines, control characters, random bytes, mixed scripts and combining marks, invalid UTF-8 (lone
/// surrogates, overlong forms, cut sequences). Under the default options each is understood or refused with
/// <see cref="ArticleRejectedException"/>, never anything else, and returns: the time budget is what bounds it.
/// A failure names the seed and the document, so it can be made again.
/// </summary>
public sealed class HostileFuzzTests
{
    private const string Story = "At 0600 GMT on March 2, 2024, the army said it had repelled an attack near Kidal in northern Mali.";

    private static readonly string[] Names = ["a.txt", "a.md", "a.html", "a.json", "a.xml", "a.rss", "push-1"];

    private static readonly Func<Random, int, string>[] Payloads =
    [
        DeepMarkdownLinks, DeepHtml, DeepJson, DeepXml, RunOfOneCharacter, HugeLine, ControlCharacters, MixedScripts, TokenSoup,
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void HostileDocuments_AreUnderstoodOrRefused_NeverCrash(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 60; i++)
        {
            var name = Names[random.Next(Names.Length)];
            var size = Size(random);
            string what;
            byte[] bytes;
            switch (random.Next(12))
            {
                case 0:
                    what = "random bytes";
                    bytes = new byte[size];
                    random.NextBytes(bytes);
                    break;
                case 1:
                    what = "invalid UTF-8";
                    bytes = InvalidUtf8(random, size);
                    break;
                default:
                    var payload = Payloads[random.Next(Payloads.Length)];
                    what = payload.Method.Name;
                    bytes = Encoding.UTF8.GetBytes(Wrap(random, name, payload(random, size)));
                    break;
            }
            Check(seed, i, what, name, bytes);
        }
    }

    private static void Check(int seed, int index, string what, string name, byte[] bytes)
    {
        var label = $"seed {seed} document {index} ({what}, {name}, {bytes.Length} bytes)";
        var (u, error) = HostileInputTests.OnSmallStack(name, bytes, options: null);
        if (error is ArticleRejectedException rejected)
        {
            Assert.False(string.IsNullOrWhiteSpace(rejected.Message), label);
            return;
        }
        if (error is not null) throw new Xunit.Sdk.XunitException($"{label} threw {error}");
        Assert.NotNull(u);
        Assert.NotNull(u.Headline);
        Assert.True(u.Summary.Length <= Summary.MaxLength + 1, label);
        Assert.All(u.KeyTimes, k => Assert.True(k.Event.Length <= 80, label));
    }

    /// <summary>Mostly small, some tens of kilobytes, a few up to the 2 MiB limit.</summary>
    private static int Size(Random random) => random.Next(100) switch
    {
        < 60 => random.Next(1, 4_000),
        < 92 => random.Next(4_000, 120_000),
        _ => random.Next(120_000, 2_000_000),
    };

    /// <summary>The payload as the body of its format half of the time (a title, then it), else as the whole document.</summary>
    private static string Wrap(Random random, string name, string payload)
    {
        if (random.Next(2) == 0) return payload;
        return Path.GetExtension(name) switch
        {
            ".html" => $"<html><head><title>Army Repels Attack</title></head><body><h1>Army Repels Attack</h1><p>{Story}</p>{payload}</body></html>",
            ".json" => System.Text.Json.JsonSerializer.Serialize(new { title = "Army Repels Attack", body = Story + "\n" + payload }),
            ".xml" or ".rss" => random.Next(2) == 0
                ? $"<rss><channel><item><title>Army Repels Attack</title><description><![CDATA[{payload.Replace("]]>", "", StringComparison.Ordinal)}]]></description></item></channel></rss>"
                : $"<rss><channel><item><title>Army Repels Attack</title><description>{System.Security.SecurityElement.Escape(payload)}</description></item></channel></rss>",
            _ => $"Army Repels Attack\n\n{Story}\n\n{payload}",
        };
    }

    private static string DeepMarkdownLinks(Random random, int size)
    {
        var depth = size / 5;
        var closed = random.Next(depth + 1);
        var open = random.Next(3) switch { 0 => "[", 1 => "![", _ => "[*" };
        return string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(random.Next(2) == 0 ? "](y)" : "]", closed));
    }

    private static readonly string[] Tags =
    [
        "div", "span", "b", "i", "a", "font", "p", "li", "ul", "ol", "dl", "dt", "table", "tr", "td", "th", "tbody", "blockquote",
        "section", "article", "main", "h1", "h2", "select", "option", "svg", "math", "g", "mi", "foreignObject", "template", "form",
        "button", "nobr", "em", "strong", "custom-el", "frameset", "html", "body", "head",
    ];

    private static string DeepHtml(Random random, int size)
    {
        var sb = new StringBuilder(size + 64);
        var tags = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Tags[random.Next(Tags.Length)]).ToArray();
        var attributes = random.Next(3) == 0;
        var selfClosing = random.Next(4) == 0;
        var closeSome = random.Next(3) == 0;
        var n = 0;
        while (sb.Length < size)
        {
            var tag = tags[n++ % tags.Length];
            sb.Append('<').Append(tag);
            if (attributes) sb.Append(" id=").Append(n).Append(" class=\"share x").Append(n % 7).Append('"');
            sb.Append(selfClosing ? "/>" : ">");
            if (closeSome && random.Next(3) == 0) sb.Append("</").Append(tags[random.Next(tags.Length)]).Append('>');
            if (random.Next(8) == 0) sb.Append("text ").Append(n).Append(' ');
        }
        sb.Append(random.Next(2) == 0 ? $"<p>{Story}</p>" : "<!-- <div>");
        return sb.ToString();
    }

    private static string DeepJson(Random random, int size)
    {
        var sb = new StringBuilder(size + 16);
        var closers = new Stack<char>();
        while (sb.Length < size)
        {
            if (random.Next(2) == 0)
            {
                sb.Append('[');
                closers.Push(']');
            }
            else
            {
                sb.Append("{\"body\":");
                closers.Push('}');
            }
        }
        sb.Append(random.Next(2) == 0 ? "\"" + Story + "\"" : "1");
        // Balanced, cut short, or closed with the wrong brackets.
        var mode = random.Next(3);
        while (closers.Count > 0 && mode != 1) sb.Append(mode == 0 ? closers.Pop() : (closers.Pop() == ']' ? '}' : ']'));
        return sb.ToString();
    }

    private static string DeepXml(Random random, int size)
    {
        var depth = size / 7;
        var name = random.Next(2) == 0 ? "item" : "x";
        var inner = string.Concat(Enumerable.Repeat($"<{name}>", depth)) + (random.Next(2) == 0 ? string.Concat(Enumerable.Repeat($"</{name}>", random.Next(depth + 1))) : "");
        return $"<rss><channel><item><title>Army Repels Attack</title>{inner}<description>{Story}</description></item></channel></rss>";
    }

    private static string RunOfOneCharacter(Random random, int size)
    {
        const string characters = "[](){}<>!*_~`#->|:;.,…\"' \t\n\r\u00A0\u200B\uFEFFa1Zé-/\\&%$@^=+?";
        return new string(characters[random.Next(characters.Length)], size);
    }

    private static string HugeLine(Random random, int size)
    {
        string[] words = ["army", "said", "the", "Kidal", "at", "0600", "GMT", "on", "March", "2,", "2024", "and", "-a", "|", "[x]", "(y)", "**", "_", "By", "Share"];
        var sb = new StringBuilder(size + 16);
        while (sb.Length < size) sb.Append(words[random.Next(words.Length)]).Append(random.Next(5) == 0 ? "" : " ");
        return sb.ToString();
    }

    private static string ControlCharacters(Random random, int size)
    {
        // Sparse control characters are text with oddities; dense ones make it binary (refused).
        var density = random.Next(2) == 0 ? 200 : 3;
        var sb = new StringBuilder(size);
        for (var i = 0; i < size; i++)
            sb.Append(random.Next(density) == 0 ? (char)random.Next(1, 32) : (char)random.Next('a', 'z' + 1));
        return sb.ToString();
    }

    private static string MixedScripts(Random random, int size)
    {
        string[] pieces =
        [
            "Київ", "Москва", "القاهرة", "ירושלים", "北京", "東京", "서울", "नई दिल्ली", "กรุงเทพ", "😀", "👩🏽‍💻", "🇺🇦", "\u200F", "\u202E", "\u2066",
            "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307", "\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309", "\uFFFD", "Z\u0351\u0352\u0353\u0354", "ǅ", "ß", "İ", "ﬁ",
            " ", "\n", ". ", "At 0600 GMT", "March 2, 2024",
        ];
        var sb = new StringBuilder(size + 16);
        while (sb.Length < size) sb.Append(pieces[random.Next(pieces.Length)]);
        return sb.ToString();
    }

    private static readonly string[] Tokens =
    [
        "At", "1530", "EST", "on", "November", "13th,", "2023", "0412Z", "131530ZNOV23", "Kyiv", "time", "local", "hrs", "(GMT+3)", "UTC+14",
        "Monday", "yesterday", "the next day", "between", "and", "3:30", "p.m.", "5.30am", "noon", "midnight", "Feb.", "29", "2023-02-29",
        "31/02/2024", "99:99", "2400", "<p>", "</p>", "<h1>", "{", "}", "\"title\":", "[", "]", "**", "_", "#", "\n", "\n\n", ".", ",", "…",
        "Mali", "Wagner", "al-", "Qaeda", "U.S.", "Editor's note:", "By", "Photo:", "Share", "Related", "...", "\u00A0", "\t", "é", "😀",
    ];

    private static string TokenSoup(Random random, int size)
    {
        var sb = new StringBuilder(size + 32);
        while (sb.Length < size) sb.Append(Tokens[random.Next(Tokens.Length)]).Append(random.Next(4) == 0 ? "" : " ");
        return sb.ToString();
    }

    /// <summary>Text with byte sequences that are not UTF-8: lone surrogates (ED A0 80), overlong forms, cut sequences, stray continuation bytes.</summary>
    private static byte[] InvalidUtf8(Random random, int size)
    {
        byte[][] bad = [[0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xBF], [0xFF], [0xF4, 0x90, 0x80, 0x80]];
        var story = Encoding.UTF8.GetBytes("Army Repels Attack\n\n" + Story + "\n\n");
        var density = random.Next(2) == 0 ? 40 : 2;
        var result = new List<byte>(size + 8);
        result.AddRange(story);
        while (result.Count < size)
        {
            if (random.Next(density) == 0) result.AddRange(bad[random.Next(bad.Length)]);
            else result.Add((byte)random.Next(0x20, 0x7F));
        }
        return [.. result];
    }
}
