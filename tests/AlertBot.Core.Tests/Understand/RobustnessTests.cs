using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>Odd input never crashes the stage: it is understood, or refused with <see cref="ArticleRejectedException"/>.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Tokens =
    [
        "At", "1530", "EST", "on", "November", "13th,", "2023", "0412Z", "131530ZNOV23", "Kyiv", "time", "local", "hrs", "(GMT+3)", "UTC+14",
        "Monday", "yesterday", "the next day", "between", "and", "3:30", "p.m.", "5.30am", "noon", "midnight", "Feb.", "29", "2023-02-29",
        "31/02/2024", "99:99", "2400", "<p>", "</p>", "<h1>", "{", "}", "\"title\":", "[", "]", "**", "_", "#", "\n", "\n\n", ".", ",", "…",
        "Mali", "Wagner", "al-", "Qaeda", "U.S.", "Editor's note:", "By", "Photo:", "Share", "Related", "...", "\u00A0", "\t", "é", "😀",
    ];

    [Theory]
    [InlineData("a.txt", 1)]
    [InlineData("a.md", 2)]
    [InlineData("a.html", 3)]
    [InlineData("a.json", 4)]
    [InlineData("a.xml", 5)]
    [InlineData("push", 6)]
    public void RandomTokenSoup_NeverThrowsUnexpectedly(string name, int seed)
    {
        var random = new Random(seed);
        var understander = new ArticleUnderstander();
        for (var i = 0; i < 300; i++)
        {
            var sb = new StringBuilder();
            var count = random.Next(0, 120);
            for (var t = 0; t < count; t++) sb.Append(Tokens[random.Next(Tokens.Length)]).Append(random.Next(4) == 0 ? "" : " ");
            var doc = new SourceDocument(name, Encoding.UTF8.GetBytes(sb.ToString())) { Published = random.Next(2) == 0 ? null : new DateTimeOffset(2024, 2, 29, 23, 59, 0, TimeSpan.Zero) };
            try
            {
                var u = understander.Understand(doc);
                Assert.NotNull(u.Headline);
                Assert.All(u.KeyTimes, k => Assert.True(k.Event.Length <= 80));
                Assert.True(u.Summary.Length <= 301);
            }
            catch (ArticleRejectedException)
            {
            }
        }
    }

    [Fact]
    public void RandomBytes_AreUnderstoodOrRejected_NeverCrash()
    {
        var random = new Random(42);
        var understander = new ArticleUnderstander();
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 2000)];
            random.NextBytes(bytes);
            try
            {
                understander.Understand(new SourceDocument(i % 2 == 0 ? "x.txt" : "x.html", bytes));
            }
            catch (ArticleRejectedException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }
    }
}
