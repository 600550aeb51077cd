using System.Text;
using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

public sealed class FeedSplitTests
{
    private const string Story = "A supply convoy was attacked near the border crossing, officials said on Monday. At 1530 UTC on June 3rd, 2024, the first vehicles were hit.";

    [Theory]
    [InlineData("\n")]
    [InlineData("")]
    public void SplitFeed_RssWithOrWithoutWhitespaceBetweenElements_ReadsEveryField(string gap)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>Wire</title>{gap}<item>{gap}<guid>w-1</guid>{gap}<title>Convoy Attacked</title>{gap}<link>https://example.org/a</link>{gap}<pubDate>Mon, 03 Jun 2024 16:00:00 GMT</pubDate>{gap}<description>{Story}</description>{gap}</item>{gap}<item><guid>w-2</guid><title>Second</title><description>{Story}</description></item></channel></rss>";

        var items = Feeds.SplitFeed(new SourceDocument("wire", Encoding.UTF8.GetBytes(xml)));

        Assert.Equal(2, items.Count);
        Assert.Equal("w-1", items[0].Id);
        Assert.Equal("https://example.org/a", items[0].Url);
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 16, 0, 0, TimeSpan.Zero), items[0].Published);
        var understood = new ArticleUnderstander().Understand(items[0]);
        Assert.Equal("Convoy Attacked", understood.Headline);
        Assert.True(understood.IsAlert);
        Assert.Equal("w-2", items[1].Id);
    }

    [Fact]
    public void SplitFeed_MinifiedAtom_ReadsIdTitleLinkAndContent()
    {
        var xml = $"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><id>urn:feed</id><entry><id>urn:e:1</id><title>Convoy Attacked</title><link rel=\"alternate\" href=\"https://example.org/e1\"/><updated>2024-06-03T16:00:00Z</updated><content type=\"text\">{Story}</content></entry></feed>";

        var item = Assert.Single(Feeds.SplitFeed(new SourceDocument("wire", Encoding.UTF8.GetBytes(xml))));

        Assert.Equal("urn:e:1", item.Id);
        Assert.Equal("https://example.org/e1", item.Url);
        Assert.Equal("Convoy Attacked", new ArticleUnderstander().Understand(item).Headline);
    }
    /// <summary>The story as markup inside the item: Atom's XHTML content, a NewsML-G2 item's inline XML in an RSS item.</summary>
    [Theory]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:e:1</id><title>Convoy Attacked</title><published>2024-06-03T16:00:00Z</published><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>STORY</p><p>Officials said more would follow.</p></div></content></entry></feed>")]
    [InlineData("<rss version=\"2.0\" xmlns:nar=\"http://iptc.org/std/nar/2006-10-01/\"><channel><item><guid>w-1</guid><title>Convoy Attacked</title><pubDate>Mon, 03 Jun 2024 16:00:00 GMT</pubDate><nar:newsItem><nar:contentMeta><nar:headline>Convoy Attacked</nar:headline></nar:contentMeta><nar:contentSet><nar:inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>STORY</p></body></html></nar:inlineXML></nar:contentSet></nar:newsItem></item></channel></rss>")]
    public void SplitFeed_StoryAsMarkupInTheItem_IsRead(string xml)
    {
        var item = Assert.Single(Feeds.SplitFeed(new SourceDocument("wire.xml", Encoding.UTF8.GetBytes(xml.Replace("STORY", Story, StringComparison.Ordinal)))));

        var understood = new ArticleUnderstander().Understand(item);
        Assert.Equal("Convoy Attacked", understood.Headline);
        Assert.True(understood.IsAlert);
        Assert.Contains(understood.KeyTimes, k => k.Utc == new DateTimeOffset(2024, 6, 3, 15, 30, 0, TimeSpan.Zero));
        Assert.DoesNotContain("<", understood.Body, StringComparison.Ordinal);
    }

    /// <summary>An item may repeat an element the reader keeps once (the first wins); the repeat is read past, not spun on.</summary>
    [Theory]
    [InlineData("<published>2024-06-03T16:00:00Z</published><updated>2024-06-03T17:30:00Z</updated>")]
    [InlineData("<title>Convoy Attacked</title><title>Second title</title>")]
    [InlineData("<id>urn:e:1</id><id>urn:e:2</id>")]
    [InlineData("<author><name>Desk</name></author><author><name>Other desk</name></author>")]
    [InlineData("<summary>Short.</summary><summary>Another.</summary>")]
    [InlineData("<link>https://example.org/e1</link><link>https://example.org/e2</link>")]
    public void SplitFeed_ElementRepeatedInAnEntry_KeepsTheFirstAndReadsOn(string repeated)
    {
        var xml = $"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:e:1</id><title>Convoy Attacked</title><published>2024-06-03T16:00:00Z</published>{repeated}<content type=\"text\">{Story}</content></entry><entry><id>urn:e:9</id><title>Next</title><content type=\"text\">{Story}</content></entry></feed>";

        var items = Feeds.SplitFeed(new SourceDocument("wire.atom", Encoding.UTF8.GetBytes(xml)));

        Assert.Equal(2, items.Count);
        Assert.Equal("urn:e:1", items[0].Id);
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 16, 0, 0, TimeSpan.Zero), items[0].Published);
        var understood = new ArticleUnderstander().Understand(items[0]);
        Assert.Equal("Convoy Attacked", understood.Headline);
        Assert.Contains(understood.KeyTimes, k => k.Utc == new DateTimeOffset(2024, 6, 3, 15, 30, 0, TimeSpan.Zero));
        Assert.Equal("urn:e:9", items[1].Id);
    }
}
