using AlertBot.Core.Render;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Render;

public sealed class AlertRendererTests
{
    private static Understanding Article(string headline = "Army retakes town", int keyTimes = 1, string? url = "https://example.org/a?b=1&c=2") => new()
    {
        Headline = headline,
        Summary = "Forces entered the town <at dawn> & held it.",
        KeyTimes = Enumerable.Range(0, keyTimes).Select(i => new KeyTime(new DateTimeOffset(2024, 3, 5, 4, 15, 0, TimeSpan.Zero).AddMinutes(i), false, $"0415 GMT #{i}", "the army announced its units had entered the town centre")).ToList(),
        Topics = ["mali", "west-africa"],
        IsAlert = true,
        Warnings = [],
        Body = "",
        Url = url,
    };

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Tom & Jerry", "Tom &amp; Jerry")]
    [InlineData("a \"quoted\" <b>bold</b>", "a &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;")]
    public void Render_HostileHeadline_IsEscaped(string headline, string expected)
    {
        var html = AlertRenderer.Render(Article(headline))[0];

        Assert.Contains("<b>" + expected + "</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_KeyTimes_ShowUtcAndTheChatsZone()
    {
        var kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");

        var html = AlertRenderer.Render(Article(), kyiv, "Europe/Kyiv")[0];

        Assert.Contains("Tue 5 Mar 2024 04:15 UTC", html, StringComparison.Ordinal);
        Assert.Contains("Tue 06:15 Europe/Kyiv", html, StringComparison.Ordinal);
        Assert.Contains("#west_africa", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a?b=1&amp;c=2\"", html, StringComparison.Ordinal);
    }

    public static TheoryData<KeyTime, string> KeyTimeCases() => new()
    {
        // A clock time: the UTC line, then the reader's own time as a date-time entity whose fallback is the UTC form.
        {
            new KeyTime(new DateTimeOffset(2024, 3, 5, 4, 15, 0, TimeSpan.Zero), false, "0415 GMT", "troops entered"),
            "• <b>Tue 5 Mar 2024 04:15 UTC</b> · your time <tg-time unix=\"1709612100\" format=\"wdt\">Tue 5 Mar 2024 04:15 UTC</tg-time> — troops entered"
        },
        // Midnight UTC is still a clock time.
        {
            new KeyTime(new DateTimeOffset(2023, 11, 14, 0, 0, 0, TimeSpan.Zero), false, "midnight GMT", ""),
            "• <b>Tue 14 Nov 2023 00:00 UTC</b> · your time <tg-time unix=\"1699920000\" format=\"wdt\">Tue 14 Nov 2023 00:00 UTC</tg-time>"
        },
        // A date-only key time has no instant: plain text, no entity.
        {
            new KeyTime(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), true, "March 5", "the decree took effect"),
            "• <b>Tue 5 Mar 2024</b> — the decree took effect"
        },
    };

    [Theory]
    [MemberData(nameof(KeyTimeCases))]
    public void Render_KeyTime_ClockTimesAreReaderLocalDateTimes_DatesStayText(KeyTime keyTime, string line)
    {
        var html = AlertRenderer.Render(Article() with { KeyTimes = [keyTime] })[0];

        Assert.Contains(line, html, StringComparison.Ordinal);
        Assert.Contains("<b>Key times (UTC)</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderDigestLine_FirstClockTime_IsADateTimeEntity()
    {
        var line = AlertRenderer.RenderDigestLine(Article(), chatZone: null);

        Assert.Contains("— Tue 5 Mar 2024 04:15 UTC · <tg-time unix=\"1709612100\" format=\"wdt\">Tue 5 Mar 2024 04:15 UTC</tg-time>", line, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdatedBlock_KeepsUtc_AndAddsTheReadersTime()
    {
        Assert.Equal(
            "✏️ <i>Updated 2024-03-05 04:15 UTC (<tg-time unix=\"1709612100\" format=\"dt\">2024-03-05 04:15 UTC</tg-time>)</i>",
            UpdateRenderer.UpdatedBlock(new DateTimeOffset(2024, 3, 5, 4, 15, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public void Render_UnsafeUrl_IsNotLinked(string url)
    {
        var html = AlertRenderer.Render(Article(url: url))[0];

        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyKeyTimes_SplitsUnderTheLimitWithBalancedTags()
    {
        var parts = AlertRenderer.Render(Article(keyTimes: 120));

        Assert.True(parts.Count > 1);
        foreach (var part in parts)
        {
            Assert.InRange(TelegramHtml.VisibleLength(part), 1, TelegramHtml.MaxMessageLength);
            Assert.Equal(CountOf(part, "<b>"), CountOf(part, "</b>"));
            Assert.Equal(CountOf(part, "<i>"), CountOf(part, "</i>"));
        }

        Assert.Equal(120, parts.Sum(p => CountOf(p, "• <b>")));
    }

    [Fact]
    public void Split_OneHugeParagraph_IsCutToTheLimit()
    {
        var parts = MessageSplitter.Split(TelegramHtml.Escape(new string('x', 10_000)));

        Assert.All(parts, p => Assert.True(TelegramHtml.VisibleLength(p) <= TelegramHtml.MaxMessageLength));
    }

    [Theory]
    [InlineData("<b>a</b> &amp; b", 5)]
    [InlineData("&lt;&gt;&quot;", 3)]
    [InlineData("plain", 5)]
    public void VisibleLength_CountsWhatTheReaderSees(string html, int expected) =>
        Assert.Equal(expected, TelegramHtml.VisibleLength(html));

    private static int CountOf(string s, string what) => (s.Length - s.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
