using AlertBot.Core.Route;
using AlertBot.Core.Understand;

namespace AlertBot.Storage.Tests;

/// <summary>Feeds: the configured and imported ones and their health. On a real SQLite file and a real PostgreSQL server.</summary>
public abstract class FeedStoreTests(PostgresServer? server) : StoreTestBase(server)
{
    [Fact]
    public async Task Feeds_ConfigSync_Import_AndHealth_RoundTrip()
    {
        await Store.Feeds.SyncConfiguredFeedsAsync([("https://a.example.org/rss", "A", TimeSpan.FromMinutes(1)), ("https://b.example.org/rss", "B", TimeSpan.FromMinutes(2))]);
        Assert.Equal(1, await Store.Feeds.ImportFeedsAsync([("https://a.example.org/rss", "A again", TimeSpan.FromMinutes(9)), ("https://c.example.org/rss", "C", TimeSpan.FromMinutes(3))]));
        await Store.Feeds.SyncConfiguredFeedsAsync([("https://b.example.org/rss", "B", TimeSpan.FromMinutes(5))]);
        var feeds = await Store.Feeds.GetFeedsAsync();
        Assert.Equal(["B", "C"], feeds.Select(f => f.Name));
        Assert.Equal(TimeSpan.FromMinutes(5), feeds[0].Interval);

        var failures = await Store.Feeds.RecordFeedFailureAsync(feeds[0].Id, "HTTP 502", n => Time.GetUtcNow().AddSeconds(10 * n));
        failures = await Store.Feeds.RecordFeedFailureAsync(feeds[0].Id, "HTTP 503", n => Time.GetUtcNow().AddSeconds(10 * n));
        var failing = await Store.Feeds.GetFeedAsync(feeds[0].Id);
        await Store.Feeds.RecordFeedSuccessAsync(feeds[0].Id, "\"e1\"", "Mon, 03 Jun 2024 16:00:00 GMT", 4);
        var healthy = await Store.Feeds.GetFeedAsync(feeds[0].Id);

        Assert.Equal(2, failures);
        Assert.Equal(("HTTP 503", 2, Time.GetUtcNow().AddSeconds(20)), (failing!.LastError, failing.ConsecutiveFailures, failing.NextPoll));
        Assert.Equal((0, "\"e1\"", 4L, Time.GetUtcNow()), (healthy!.ConsecutiveFailures, healthy.ETag, healthy.ItemsIngested, healthy.LastSuccess!.Value));
    }
}

public sealed class SqliteFeedStoreTests() : FeedStoreTests(null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFeedStoreTests(PostgresServer server) : FeedStoreTests(server);
