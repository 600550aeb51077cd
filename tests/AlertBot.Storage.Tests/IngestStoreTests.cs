using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Storage.Tests;

/// <summary>Ingest's queries (versions, near-duplicate bands, feeds) on a real SQLite file and a real PostgreSQL server.</summary>
public abstract class IngestStoreTests : IAsyncLifetime
{
    private Database _database = null!;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    protected AlertStore Store { get; private set; } = null!;

    protected abstract Task<Database> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        Migrator.MigrateUp(_database);
        Store = new AlertStore(_database, Time);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static NewStory Story(string key, string text, string origin = "wire", IReadOnlyList<long>? bands = null) =>
        new(
            new NewArticle(key, "c-" + text, Sources.Push, key + ".txt", new Understanding
            {
                Headline = "Headline " + text,
                Summary = text,
                KeyTimes = [],
                Topics = [],
                IsAlert = true,
                Warnings = [],
                Body = text,
            }),
            origin,
            "s-" + text,
            "sig-" + text,
            bands ?? []);

    private static List<NewDelivery> Alerts(long articleId, params long[] chats) =>
        chats.Select(c => new NewDelivery($"a:{articleId}:{c}", c, DeliveryKind.Alert, DateTimeOffset.UnixEpoch) { ArticleId = articleId }).ToList();

    private async Task AddChatAsync(long id) =>
        await Store.SaveChatAsync(new ChatSettings { Id = id, Kind = ChatKind.Channel, Title = "c" + id, Enabled = true, Topics = new HashSet<string> { "all" } });

    [Fact]
    public async Task UpdateStory_KeepsTheOldVersion_EditsChatsThatHaveIt_AndAlertsNewChats()
    {
        await AddChatAsync(1);
        await AddChatAsync(2);
        var id = (await Store.AddStoryAsync(Story("id:s1", "v1"), a => Alerts(a, 1)))!.Value;
        var claimed = await Store.ClaimDueAsync("me", 10, TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.Zero);
        await Store.MarkSentAsync(claimed[0].Id, 1, "77");

        var updated = await Store.UpdateStoryAsync(id, 1, Story("id:s1", "v2"), a => Alerts(a, 1, 2),
            (chat, version) => new NewDelivery($"e:{id}:{chat}:v{version}", chat, DeliveryKind.Edit, Time.GetUtcNow()) { ArticleId = id, Payload = "what is new" });

        Assert.Equal((2, 1, 1), updated);
        var identity = await Store.FindStoryAsync("id:s1");
        Assert.Equal(2, identity!.Version);
        Assert.Equal("s-v2", identity.StoryHash);
        Assert.True(await Store.HadVersionAsync(id, "s-v1"));
        Assert.Equal(id, await Store.FindByContentAsync("c-v1", "none"));
        var story = await Store.GetStoryAsync(id);
        Assert.Equal("Headline v2", story!.Understanding.Headline);
        Assert.Equal(Time.GetUtcNow(), story.Updated);
        var rows = await Store.GetDeliveriesAsync(null, null, 10);
        Assert.Contains(rows, r => r is { ChatId: 1, Kind: "edit", State: DeliveryStates.Pending });
        Assert.Contains(rows, r => r is { ChatId: 2, Kind: "alert" });
        Assert.DoesNotContain(rows, r => r is { ChatId: 2, Kind: "edit" });
        var sent = await Store.GetAlertDeliveryAsync(id, 1);
        Assert.Equal((DeliveryStates.Sent, "77"), (sent!.State, sent.MessageIds));
    }

    [Fact]
    public async Task UpdateStory_FromAnOutdatedVersion_ChangesNothing()
    {
        var id = (await Store.AddStoryAsync(Story("id:s2", "v1"), _ => []))!.Value;
        await Store.UpdateStoryAsync(id, 1, Story("id:s2", "v2"), _ => [], (c, v) => throw new InvalidOperationException());

        var late = await Store.UpdateStoryAsync(id, 1, Story("id:s2", "v3"), _ => [], (c, v) => throw new InvalidOperationException());

        Assert.Null(late);
        Assert.Equal("Headline v2", (await Store.GetStoryAsync(id))!.Understanding.Headline);
    }

    [Fact]
    public async Task NearDuplicateCandidates_AreOtherOriginsWithinTheWindow_OrTheOwnOneToo_AndAHeadlineFindsItsOriginsStory()
    {
        var a = (await Store.AddStoryAsync(Story("k:a", "a", "Wire A", [1, 2, 3]), _ => []))!.Value;
        Time.Advance(TimeSpan.FromHours(2));
        var b = (await Store.AddStoryAsync(Story("k:b", "b", "Wire B", [3, 4, 5]), _ => []))!.Value;

        var fromC = await Store.NearDuplicateCandidatesAsync([2, 3, 9], Time.GetUtcNow().AddHours(-3), "Wire C");
        var fromA = await Store.NearDuplicateCandidatesAsync([2, 4], Time.GetUtcNow().AddHours(-3), "Wire A");
        var recentOnly = await Store.NearDuplicateCandidatesAsync([1, 2, 4], Time.GetUtcNow().AddHours(-1), "Wire C");
        var ownToo = await Store.NearDuplicateCandidatesAsync([2, 4], Time.GetUtcNow().AddHours(-3), "Wire A", sameOriginToo: true);
        var byHeadline = await Store.FindRecentByHeadlineAsync("Headline a", "Wire A", Time.GetUtcNow().AddHours(-3));
        var otherOrigin = await Store.FindRecentByHeadlineAsync("Headline a", "Wire B", Time.GetUtcNow().AddHours(-3));
        var tooOld = await Store.FindRecentByHeadlineAsync("Headline a", "Wire A", Time.GetUtcNow().AddHours(-1));

        // Band 3 keeps its first article (a); b holds only bands 4 and 5.
        Assert.Equal([a], fromC.Select(c => c.Id));
        Assert.Equal([b], fromA.Select(c => c.Id));
        Assert.Equal([b], recentOnly.Select(c => c.Id));
        Assert.Equal("sig-a", fromC[0].MinHash);
        Assert.Equal([a, b], ownToo.Select(c => c.Id));
        Assert.Equal((a, null, null), (byHeadline, otherOrigin, tooOld));
    }

    [Fact]
    public async Task AddNearDuplicate_RecordsEachOriginOnce_AndEditsTheSentAlertOnce()
    {
        await AddChatAsync(1);
        var id = (await Store.AddStoryAsync(Story("k:o", "o", "Wire A"), a => Alerts(a, 1)))!.Value;
        NewDelivery Edit(long chat) => new($"e:{id}:{chat}:by", chat, DeliveryKind.Edit, Time.GetUtcNow()) { ArticleId = id };

        var first = await Store.AddNearDuplicateAsync(Story("k:d1", "d1", "Wire B"), id, Edit);
        var sameOrigin = await Store.AddNearDuplicateAsync(Story("k:d2", "d2", "Wire B"), id, Edit);
        var again = await Store.AddNearDuplicateAsync(Story("k:d1", "d1", "Wire B"), id, Edit);

        Assert.Equal(1, first!.Value.Edits);
        Assert.Equal(0, sameOrigin!.Value.Edits);
        Assert.Null(again);
        Assert.Equal(["Wire B"], (await Store.GetStoryAsync(id))!.AlsoReportedBy);
        Assert.Equal(3, await Store.CountArticlesAsync());
        Assert.Single(await Store.GetDeliveriesAsync(null, 1, 10), d => d.Kind == "edit");
    }

    [Fact]
    public async Task UpdateStory_SupersedesTheChatsPendingEdit_AndCarriesItsFollowUpOver()
    {
        await AddChatAsync(1);
        var id = (await Store.AddStoryAsync(Story("id:c1", "v1"), a => Alerts(a, 1)))!.Value;
        NewDelivery Edit(long chat, int version) => new($"e:{id}:{chat}:v{version}", chat, DeliveryKind.Edit, Time.GetUtcNow()) { ArticleId = id, Payload = $"new in v{version}" };

        await Store.UpdateStoryAsync(id, 1, Story("id:c1", "v2"), _ => [], Edit);
        await Store.UpdateStoryAsync(id, 2, Story("id:c1", "v3"), _ => [], Edit);
        await Store.UpdateStoryAsync(id, 3, Story("id:c1", "v4"), _ => [], Edit);

        var edits = (await Store.GetDeliveriesAsync(null, 1, 10)).Where(d => d.Kind == "edit").ToList();
        Assert.Equal([DeliveryStates.Pending], edits.Where(e => e.State == DeliveryStates.Pending).Select(e => e.State));
        Assert.Equal(2, edits.Count(e => e is { State: DeliveryStates.Cancelled, LastError: "superseded by a later edit" }));
        await using var connection = await Store.Database.OpenAsync();
        var payload = await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection, "SELECT payload FROM deliveries WHERE kind = 'edit' AND state = 'pending'");
        Assert.Equal("new in v2\n\nnew in v3\n\nnew in v4", payload);
    }

    [Fact]
    public async Task UpdateStory_UnderAnotherKey_MakesThatKeyNameTheStoryToo()
    {
        var id = (await Store.AddStoryAsync(Story("path:a.txt", "v1", origin: "folder"), _ => []))!.Value;

        await Store.UpdateStoryAsync(id, 1, Story("path:b.txt", "v2", origin: "folder"), _ => [], (c, v) => throw new InvalidOperationException());

        Assert.Equal(id, (await Store.FindStoryAsync("path:b.txt"))!.Id);
        Assert.Equal(id, (await Store.FindStoryAsync("path:a.txt"))!.Id);
        Assert.Equal(2, (await Store.FindStoryAsync("path:b.txt"))!.Version);
        Assert.Equal(1, await Store.CountArticlesAsync());
    }

    [Fact]
    public async Task WithdrawStory_CancelsWhatWasNotSent_EditsChatsThatGotIt_Once()
    {
        foreach (var chat in new long[] { 1, 2, 3 })
            await AddChatAsync(chat);
        var id = (await Store.AddStoryAsync(Story("id:w1", "v1"), a =>
        [
            .. Alerts(a, 1, 2),
            new NewDelivery($"a:{a}:3", 3, DeliveryKind.Alert, DateTimeOffset.UnixEpoch) { ArticleId = a, Held = true },
        ]))!.Value;
        var claimed = await Store.ClaimDueAsync("me", 1, TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.Zero);
        await Store.MarkSentAsync(claimed[0].Id, 1, "77");
        NewDelivery Edit(long chat) => new($"e:{id}:{chat}:withdrawn", chat, DeliveryKind.Edit, Time.GetUtcNow()) { ArticleId = id };

        var withdrawn = await Store.WithdrawStoryAsync(id, "sent in error", Edit);
        var again = await Store.WithdrawStoryAsync(id, "twice", Edit);
        var unknown = await Store.WithdrawStoryAsync(id + 100, null, Edit);

        Assert.Equal(new WithdrawnStory(id, "Headline v1", AlreadyWithdrawn: false, Cancelled: 2, Edits: 1), withdrawn);
        Assert.True(again!.AlreadyWithdrawn);
        Assert.Null(unknown);
        var rows = await Store.GetDeliveriesAsync(null, null, 20);
        Assert.Equal(DeliveryStates.Sent, rows.Single(r => r is { ChatId: 1, Kind: "alert" }).State);
        Assert.Equal(DeliveryStates.Pending, rows.Single(r => r is { ChatId: 1, Kind: "edit" }).State);
        Assert.All(rows.Where(r => r.ChatId != 1), r => Assert.Equal(DeliveryStates.Cancelled, r.State));
        var story = await Store.GetStoryAsync(id);
        Assert.Equal(("sent in error", Time.GetUtcNow()), (story!.WithdrawReason, story.Withdrawn!.Value));
        Assert.True((await Store.FindStoryAsync("id:w1"))!.Withdrawn);
    }

    [Fact]
    public async Task Feeds_ConfigSync_Import_AndHealth_RoundTrip()
    {
        await Store.SyncConfiguredFeedsAsync([("https://a.example.org/rss", "A", TimeSpan.FromMinutes(1)), ("https://b.example.org/rss", "B", TimeSpan.FromMinutes(2))]);
        Assert.Equal(1, await Store.ImportFeedsAsync([("https://a.example.org/rss", "A again", TimeSpan.FromMinutes(9)), ("https://c.example.org/rss", "C", TimeSpan.FromMinutes(3))]));
        await Store.SyncConfiguredFeedsAsync([("https://b.example.org/rss", "B", TimeSpan.FromMinutes(5))]);
        var feeds = await Store.GetFeedsAsync();
        Assert.Equal(["B", "C"], feeds.Select(f => f.Name));
        Assert.Equal(TimeSpan.FromMinutes(5), feeds[0].Interval);

        var failures = await Store.RecordFeedFailureAsync(feeds[0].Id, "HTTP 502", n => Time.GetUtcNow().AddSeconds(10 * n));
        failures = await Store.RecordFeedFailureAsync(feeds[0].Id, "HTTP 503", n => Time.GetUtcNow().AddSeconds(10 * n));
        var failing = await Store.GetFeedAsync(feeds[0].Id);
        await Store.RecordFeedSuccessAsync(feeds[0].Id, "\"e1\"", "Mon, 03 Jun 2024 16:00:00 GMT", 4);
        var healthy = await Store.GetFeedAsync(feeds[0].Id);

        Assert.Equal(2, failures);
        Assert.Equal(("HTTP 503", 2, Time.GetUtcNow().AddSeconds(20)), (failing!.LastError, failing.ConsecutiveFailures, failing.NextPoll));
        Assert.Equal((0, "\"e1\"", 4L, Time.GetUtcNow()), (healthy!.ConsecutiveFailures, healthy.ETag, healthy.ItemsIngested, healthy.LastSuccess!.Value));
    }
}

public sealed class SqliteIngestStoreTests : IngestStoreTests, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "alertbot-ingest-" + Guid.NewGuid().ToString("N")[..8]);

    protected override Task<Database> CreateDatabaseAsync() =>
        Task.FromResult(new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_dir)));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresIngestStoreTests(PostgresServer server) : IngestStoreTests
{
    protected override async Task<Database> CreateDatabaseAsync() =>
        new(StorageProvider.Postgres, await server.CreateDatabaseAsync());
}
