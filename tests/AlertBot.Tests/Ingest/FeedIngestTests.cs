using AlertBot.Cli;
using AlertBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Tests.Ingest;

/// <summary>RSS feeds polled on their own Quartz triggers from a local HTTP server: conditional requests, items once, backoff.</summary>
public sealed class FeedIngestTests : IAsyncLifetime
{
    private TestFeedServer _feed = null!;

    public async Task InitializeAsync() => _feed = await TestFeedServer.StartAsync();

    public async Task DisposeAsync() => await _feed.DisposeAsync();

    private static (string, string, string) Item(int n) =>
        ($"wire-{n}", $"Flash Update {n}: Convoy Attacked Near Border Crossing", $"A supply convoy was attacked near the border crossing in incident {n}, officials said on Monday. At 1530 UTC on June 3rd, 2024, the first vehicles were hit by an explosive device.");

    private Task<HostRunner> StartHostAsync(string interval = "00:00:01") =>
        HostRunner.StartAsync(server: null, $"--Feeds:0:Url={_feed.FeedUrl}", "--Feeds:0:Name=Test wire", $"--Feeds:0:Interval={interval}");

    [Fact]
    public async Task Feed_PolledAgain_SendsItsETag_AndA304IngestsNothing()
    {
        _feed.SetItems(Item(1), Item(2));
        await using var host = await StartHostAsync();
        var store = host.Services.GetRequiredService<Stores>();

        await HostRunnerHttp.WaitForAsync(async () => await store.Stories.CountArticlesAsync() == 2);
        await HostRunnerHttp.WaitForAsync(() => Task.FromResult(_feed.NotModified >= 2));

        Assert.Equal(2, await store.Stories.CountArticlesAsync());
        Assert.Contains(_feed.ETag, _feed.IfNoneMatch);
        var feed = Assert.Single(await store.Feeds.GetFeedsAsync());
        Assert.Equal(_feed.ETag, feed.ETag);
        Assert.Equal(0, feed.ConsecutiveFailures);
        Assert.NotNull(feed.LastSuccess);
        Assert.Equal(2, feed.ItemsIngested);
        var article = (await store.Stories.RecentArticlesAsync(2))[^1];
        Assert.Equal(Sources.Feed, article.Source);
        Assert.Equal("Flash Update 1: Convoy Attacked Near Border Crossing", article.Understanding.Headline);
    }

    [Fact]
    public async Task Feed_ItemRepeatedAcrossPolls_MakesOneAlert()
    {
        _feed.SetItems(Item(3));
        await using var host = await StartHostAsync();
        var store = host.Services.GetRequiredService<Stores>();
        await HostRunnerHttp.WaitForAsync(async () => await store.Stories.CountArticlesAsync() == 1);

        // A new item on top: the document (and its ETag) changes, item 3 is served again.
        _feed.SetItems(Item(4), Item(3));
        await HostRunnerHttp.WaitForAsync(async () => await store.Stories.CountArticlesAsync() == 2);
        var requests = _feed.Requests;
        await HostRunnerHttp.WaitForAsync(() => Task.FromResult(_feed.Requests >= requests + 2));

        Assert.Equal(2, await store.Stories.CountArticlesAsync());
        var alerts = (await store.Outbox.GetDeliveriesAsync(null, null, 100)).Where(d => d.Kind == "alert").ToList();
        Assert.Equal(2, alerts.Count);
        Assert.Equal(2, alerts.Select(d => d.ArticleId).Distinct().Count());
    }

    [Fact]
    public async Task Feed_ThatFails_IsBackedOff_AndItsHealthRecorded()
    {
        _feed.SetItems(Item(5));
        _feed.Failing = true;
        await using var host = await StartHostAsync();
        var store = host.Services.GetRequiredService<Stores>();

        await HostRunnerHttp.WaitForAsync(async () => (await store.Feeds.GetFeedsAsync()) is [{ ConsecutiveFailures: >= 2 }]);
        var requests = _feed.Requests;
        await Task.Delay(TimeSpan.FromSeconds(3.4));

        // Its trigger fires every second (3 polls in this time); after two failures the feed waits 4 s ± 10 %.
        Assert.InRange(_feed.Requests - requests, 0, 1);
        var feed = Assert.Single(await store.Feeds.GetFeedsAsync());
        Assert.InRange(feed.ConsecutiveFailures, 2, 3);
        Assert.Contains("500", feed.LastError, StringComparison.Ordinal);
        Assert.Null(feed.LastSuccess);
        Assert.True(feed.NextPoll > DateTimeOffset.UtcNow.AddSeconds(-1));
        Assert.Equal(0, await store.Stories.CountArticlesAsync());
    }

    [Fact]
    public async Task Feed_ServingBinaryBytes_IsAFailingFeed_ShownInFeeds_AndBackedOff()
    {
        _feed.Binary = true;
        await using var host = await StartHostAsync();
        var store = host.Services.GetRequiredService<Stores>();

        await HostRunnerHttp.WaitForAsync(async () => (await store.Feeds.GetFeedsAsync()) is [{ ConsecutiveFailures: > 0 }]);
        var first = Assert.Single(await store.Feeds.GetFeedsAsync());
        var listing = new StringWriter();
        await FeedCommands.RunAsync(store.Feeds, [], listing, TextWriter.Null);

        Assert.Equal(1, first.ConsecutiveFailures);
        Assert.Contains("FAILING ×1: not an RSS/Atom document: binary content", listing.ToString(), StringComparison.Ordinal);
        Assert.Null(first.LastSuccess);

        // Its trigger fires every second; after one failure the feed waits 2 s ± 10 %, after two 4 s ± 10 %.
        await HostRunnerHttp.WaitForAsync(async () => (await store.Feeds.GetFeedsAsync()) is [{ ConsecutiveFailures: > 1 }]);
        var second = Assert.Single(await store.Feeds.GetFeedsAsync());
        Assert.Equal(2, second.ConsecutiveFailures);
        // Each wait counts from the start of the failed poll, so only these bounds are exact.
        Assert.True(second.LastErrorAt >= first.NextPoll, $"polled again at {second.LastErrorAt:O}, before {first.NextPoll:O}");
        Assert.True(second.NextPoll - first.NextPoll >= TimeSpan.FromSeconds(3.6), $"second wait ended {second.NextPoll - first.NextPoll} after the first");
        Assert.Equal(2, _feed.Requests);
        Assert.Equal(0, await store.Stories.CountArticlesAsync());
    }

    [Fact]
    public async Task Feed_RemovedFromConfiguration_IsNoLongerPolled()
    {
        _feed.SetItems(Item(6));
        var host = await StartHostAsync();
        await using (host)
        {
            var store = host.Services.GetRequiredService<Stores>();
            await HostRunnerHttp.WaitForAsync(async () => await store.Stories.CountArticlesAsync() == 1);
            await host.RestartAsync();
            await Task.Delay(500);
            var requests = _feed.Requests;
            await Task.Delay(TimeSpan.FromSeconds(2.5));

            Assert.Empty(await host.Services.GetRequiredService<Stores>().Feeds.GetFeedsAsync());
            Assert.Equal(requests, _feed.Requests);
        }
    }
}
