using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>A dateline says when the story was filed: never a key time, and the day "yesterday" and a bare clock are read from.</summary>
public sealed class DatelineTests
{
    private static readonly ArticleUnderstander Understander = new();

    [Theory]
    [InlineData("KHARTOUM, Feb. 5, 2024 — Shelling hit the market at 0015 GMT on 2024-02-04, witnesses said.", "2024-02-04T00:15Z")]
    [InlineData("BEIRUT, Dec. 5, 2025\n\nAn airstrike hit the building at 2215 GMT, the agency said.", "2025-12-05T22:15Z")]
    [InlineData("Jerusalem, 31 January 2025\n\nA drone struck the crossing yesterday, officials said.", "2025-01-30")]
    [InlineData("16 July 2025 — Southern Ukraine\n\nArtillery struck the district at 0430 GMT, officials said.", "2025-07-16T04:30Z")]
    [InlineData("GOMA, Congo (Reuters), March 3, 2025 — Rebels entered the town at 0600 GMT on March 2, 2025.", "2025-03-02T06:00Z")]
    // A dateline between runs of dashes, as US military releases write it.
    [InlineData("GREAT FALLS AIR BASE, Mont. -- Nov. 5, 2026 -- Guards saw drones between 9:40 p.m. and 11:15 p.m. MST on Tuesday.", "2026-11-04T04:40Z")]
    // No year written: the weekday the lede names for the dateline's day fixes it (file time 2026-12-02).
    [InlineData("BAMAKO, Aug 6 (Reuters) - Militants attacked a camp early on Tuesday, killing two, the army said.", "2024-08-06")]
    [InlineData("SEOUL, Jan. 13 (Yonhap) -- The North fired a missile at 7:48 a.m. KST on Tuesday, the military said.", "2026-01-12T22:48Z")]
    [InlineData("NANJING, Dec. 10 (Xinhua) -- A patrol began at 7 a.m. Tuesday Beijing time, a spokesperson said.", "2024-12-09T23:00Z")]
    [InlineData("BELGOROD, August 10. /TASS/. A drone hit a car at 08:15 Moscow time on Sunday, the governor said.", "2025-08-10T05:15Z")]
    // The day of saying is the dateline's day, the event's weekday the day before: Sept 28 fell on a Monday in 2026.
    [InlineData("OUAGADOUGOU, Sept 28 (Agency) - Gunmen attacked a post around 5 a.m. on Sunday, sources said on Monday.", "2026-09-27T05:00Z")]
    [InlineData("PORT-AU-PRINCE, April 1 (Agency) - Gangs stormed the town early on Tuesday, at 2:30 a.m., officials said on Wednesday.", "2026-03-31T06:30Z")]
    [InlineData("BAMAKO, Aug 6 (Reuters) - Militants attacked a camp early on Tuesday, the army said on Tuesday.", "2024-08-06")]
    // A weekday in brackets restates the day in another zone; the lede's own weekday fixes the year.
    [InlineData("TAIPEI, April 24 — Drills around Taiwan began at 7:30 a.m. (2330 GMT Thursday) on Friday, the command said.", "2026-04-23T23:30Z")]
    // Not datelines: a timeline entry and a date inside the sentence.
    [InlineData("150230Z OCT 25 – Armed men boarded a bulk carrier in the Red Sea.", "2025-10-15T02:30Z")]
    [InlineData("On 3 March 2025 — a Monday — rebels took the airport, officials said.", "2025-03-03")]
    public void Dateline_IsNotAKeyTime_AndAnchorsTheStory(string body, string expected)
    {
        var text = "Flash Report From The Front Line\n\n" + body + "\n\nOfficials said more details would follow as the situation develops on the ground.";
        var u = Understander.Understand(new SourceDocument("dateline.txt", Encoding.UTF8.GetBytes(text)) { Published = FileTime });
        Assert.Equal(expected, string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
    }

    [Fact]
    public void YearlessDateline_WithoutAFileTime_TakesTheFirstYearFromTheLatestOneWritten()
    {
        // Written no earlier than the latest year it names: Aug 6 fell on a Tuesday in 2024, the first such year from 2021.
        var text = "Flash Report From The Front Line\n\nBAMAKO, Aug 6 (Reuters) - Militants attacked a camp early on Tuesday, the army said. "
                   + "The junta took power in a 2021 coup.\n\nOfficials said more details would follow as the situation develops.";
        var u = Understander.Understand(new SourceDocument("dateline.txt", Encoding.UTF8.GetBytes(text)));
        Assert.Equal("2024-08-06", string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
    }

    /// <summary>The folder store gives a file's modification time as the publication time of last resort.</summary>
    private static readonly DateTimeOffset FileTime = new(2026, 12, 2, 5, 0, 0, TimeSpan.Zero);
}

/// <summary>An HTML page whose only date is visible text: that day anchors the story.</summary>
public sealed class VisibleDateTests
{
    [Theory]
    [InlineData("<span class=\"screen-reader-text\">Published On 26 Oct 2025</span>", "2025-10-26T04:15Z")]
    [InlineData("<p class=\"byline\">By A. Writer · Posted on Sunday 10 August 2025 at 19:12</p>", "2025-08-10T04:15Z")]
    [InlineData("<span>Posted Sun 5 Oct 2025 at 3:41pm</span><span>updated Mon 6 Oct 2025 at 5:20pm</span>", "2025-10-05T04:15Z")]
    [InlineData("<time>5 October 2025</time>", "2025-10-05T04:15Z")]
    // A live page's heading line, and the page title's date part when the page shows none.
    [InlineData("<p class=\"live-meta\">Wednesday 22 July 2026 · entries in GMT</p>", "2026-07-22T04:15Z")]
    [InlineData("<p class=\"live-meta\">Wednesday 22 July 2026 - entries in GMT</p>", "2026-07-22T04:15Z")]
    [InlineData("", "2026-07-21T04:15Z", "Live: port strike - 21 July 2026 | Coast Live")]
    // A leaf line of parts (a serial, a desk, a label), one of them nothing but a date.
    [InlineData("<p>Release No. 88-26 · 21 July 2026 · Press Office</p>", "2026-07-21T04:15Z")]
    [InlineData("<div>Communiqué | Sunday 19 July 2026 | Operations Desk</div>", "2026-07-19T04:15Z")]
    public void VisiblePublicationDate_AnchorsADatelessClock(string stamp, string expected, string title = "")
    {
        var html = "<html><head><title>" + title + "</title></head><body><article><h1>Drones Strike Port Overnight</h1>" + stamp
                   + "<p>Drones struck the port at 0415 GMT, the regional governor said, and fires burned for hours.</p>"
                   + "<p>Officials said more details would follow as the situation develops on the ground.</p></article></body></html>";
        var u = new ArticleUnderstander().Understand(new SourceDocument("page.html", System.Text.Encoding.UTF8.GetBytes(html)));
        Assert.Equal(expected, string.Join("|", u.KeyTimes.Select(k => k.UtcText)));
    }
}
