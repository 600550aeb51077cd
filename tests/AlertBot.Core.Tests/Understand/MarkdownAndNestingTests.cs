using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>Where parsing changed for issue 12: Markdown lines without recursion, and the HTML nesting bound.</summary>
public sealed class MarkdownAndNestingTests
{
    [Theory]
    [InlineData("[a](b)", "a")]
    [InlineData("see [the report](https://x.test/r) today", "see the report today")]
    [InlineData("[**bold** link](x)", "bold link")]
    [InlineData("[a [b](c) d](e)", "a b d")]
    [InlineData("[[a](b)](c)", "a")]
    [InlineData("x [y [z](w) v](u) t", "x y z v t")]
    [InlineData("[a](b)[c](d)", "ac")]
    [InlineData("![photo](p.jpg) Troops advance", "Troops advance")]
    [InlineData("[![photo](p.jpg)](big.jpg) caption", "caption")]
    [InlineData("[unclosed", "[unclosed")]
    [InlineData("[no target]", "[no target]")]
    [InlineData("[a](unclosed", "[a](unclosed")]
    [InlineData("[a [b](c)", "[a b")]
    [InlineData("[ ](empty)", "")]
    [InlineData("[# heading](x)", "heading")]
    [InlineData("[-  listed](x)", "listed")]
    [InlineData("a [-  listed](x)", "a  listed")]
    [InlineData("[ *spaced* ](x) end", "spaced end")]
    [InlineData("[x](javascript:alert(1))", "x")]
    [InlineData("[a](b (c) d)", "a")]
    [InlineData("snake_case [under_score](x) stays", "snake_case under_score stays")]
    [InlineData("## [Headline](x) ##", "Headline")]
    public void StripMarkdown_KeepsLinkText_AtAnyNesting(string line, string expected)
    {
        Assert.Equal(expected, TextClean.StripMarkdown(line));
    }

    [Fact]
    public void StripMarkdown_MatchesTheRecursiveVersion_OnRandomLines()
    {
        // The recursive version it replaced is the reference for every line it could handle.
        var alphabet = "[]()!*_~` ab#>-";
        var random = new Random(12);
        for (var i = 0; i < 20_000; i++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 40);
            for (var j = 0; j < length; j++) sb.Append(alphabet[random.Next(alphabet.Length)]);
            var line = sb.ToString();
            Assert.True(RecursiveStripMarkdown(line) == TextClean.StripMarkdown(line), $"\"{line}\": \"{RecursiveStripMarkdown(line)}\" before, \"{TextClean.StripMarkdown(line)}\" now");
        }
    }

    [Theory]
    [InlineData("<div><div><div>x</div></div></div>", "<div><div>x</div></div>")]
    [InlineData("<div><span><b>x</b></span></div>", "<div><span>x</span></div>")]
    [InlineData("<div title='>'><div><div>x</div></div></div>", "<div title='>'><div>x</div></div>")]
    [InlineData("<div/><div/><div/>x", "<div/><div/>x")]
    [InlineData("<DIV><Div><div>x</div></DIV></div>", "<DIV><Div>x</DIV></div>")]
    [InlineData("<svg><g><g>x</g></g></svg>", "<svg><g>x</g></svg>")]
    [InlineData("<svg><div/><span/><i/>x", "<svg><div/><span/>x")]
    public void Nesting_DeeperThanTheBound_LosesOnlyTheExtraTags(string html, string expected)
    {
        Assert.Equal(expected, HtmlNesting.Limit(html, maxDepth: 2));
    }

    [Theory]
    [InlineData("<p>a<p>b<p>c<p>d")]
    [InlineData("<ul><li>a<li>b<li>c<li>d</ul>")]
    [InlineData("<dl><dt>a<dd>b<dt>c<dd>d</dl>")]
    [InlineData("<h1>a<h2>b<h3>c<h4>d")]
    [InlineData("<div><p>a<div>b</div><p>c<div>d</div></div>")]
    [InlineData("<div><!-- <div><div><div> --></div>")]
    [InlineData("<div><!--> --> <div></div></div>")]
    [InlineData("<div><script>document.write('<div><div><div>')</script></div>")]
    [InlineData("<div><textarea><div><div><div></textarea></div>")]
    [InlineData("<div><title><div><div><div></title></div>")]
    [InlineData("<svg><g/><g/><g/><path d='M0'/></svg>")]
    [InlineData("<math><mi/><mi/><mi/></math>")]
    [InlineData("<div><br><img src=x><hr><input></div>")]
    [InlineData("<div></span></span></span><div>x</div></div>")]
    [InlineData("<div a=\"<div><div>\"><div>x</div></div>")]
    [InlineData("<!DOCTYPE html><html><head><meta charset=utf-8></head><body>x")]
    public void Nesting_WithinTheBound_IsTheSameString(string html)
    {
        Assert.Same(html, HtmlNesting.Limit(html, maxDepth: 2));
    }

    [Fact]
    public void Nesting_OfARealPage_IsUntouchedAtTheDefaultBound()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.html").Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "HeldOut"), "*.html")))
        {
            var html = File.ReadAllText(file);
            Assert.Same(html, HtmlNesting.Limit(html));
        }
    }

    /// <summary>StripMarkdown before issue 12: one recursive call per link, each rescanning for its "]".</summary>
    private static string RecursiveStripMarkdown(string line)
    {
        var s = line.AsSpan().Trim();
        while (s.Length > 0 && s[0] == '>') s = s[1..].TrimStart();
        var hashes = 0;
        while (hashes < s.Length && s[hashes] == '#') hashes++;
        if (hashes is > 0 and <= 6 && (hashes == s.Length || s[hashes] == ' ')) s = s[hashes..].Trim().TrimEnd('#').TrimEnd();
        if (s.Length > 2 && (s[0] is '-' or '+' or '*') && s[1] == ' ') s = s[2..];
        if (s.IndexOfAny("*_~`[]!".AsSpan()) < 0) return s.Length == line.Length ? line : s.ToString();

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '!' && i + 1 < s.Length && s[i + 1] == '[')
            {
                var close = LinkEnd(s, i + 1, out _);
                if (close > 0)
                {
                    i = close;
                    continue;
                }
            }
            if (c == '[')
            {
                var close = LinkEnd(s, i, out var textEnd);
                if (close > 0)
                {
                    sb.Append(RecursiveStripMarkdown(s[(i + 1)..textEnd].ToString()));
                    i = close;
                    continue;
                }
            }
            if (c is '*' or '_' or '~' or '`')
            {
                var j = i;
                while (j < s.Length && s[j] == c) j++;
                var prev = i == 0 ? ' ' : s[i - 1];
                var next = j >= s.Length ? ' ' : s[j];
                var opens = !char.IsWhiteSpace(next) && !char.IsLetterOrDigit(prev);
                var closes = !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next);
                if (c == '`' || ((opens || closes) && !(c == '_' && char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next))))
                {
                    i = j - 1;
                    continue;
                }
            }
            sb.Append(c);
        }
        return sb.ToString().Trim();

        static int LinkEnd(ReadOnlySpan<char> s, int open, out int textEnd)
        {
            textEnd = -1;
            var depth = 0;
            for (var i = open; i < s.Length; i++)
            {
                if (s[i] == '[') depth++;
                else if (s[i] == ']' && --depth == 0)
                {
                    textEnd = i;
                    if (i + 1 >= s.Length || s[i + 1] != '(') return -1;
                    var parens = 0;
                    for (var j = i + 1; j < s.Length; j++)
                    {
                        if (s[j] == '(') parens++;
                        else if (s[j] == ')' && --parens == 0) return j;
                    }
                    return -1;
                }
            }
            return -1;
        }
    }
}
