using AlertBot.Core.Route;
using AlertBot.Core.Understand;

namespace AlertBot.Storage.Tests;

/// <summary>Stories: identity, versions and edits, near-duplicate bands, withdrawals. On a real SQLite file and a real PostgreSQL server.</summary>
public abstract class StoryStoreTests(PostgresServer? server) : StoreTestBase(server)
{
    [Fact]
    public async Task MigrateUp_RunTwice_IsHarmless()
    {
        Migrator.MigrateUp(Database);
        Assert.Equal(0, await Store.Stories.CountArticlesAsync());
    }

    [Fact]
    public async Task AddStory_SameKeyTwice_StoresOnceWithOneSetOfDeliveries()
    {
        await AddChannelAsync(1);
        var first = await AddArticleAsync("k1", 1);
        var second = await AddArticleAsync("k1", 1);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(1, await Store.Stories.CountArticlesAsync());
        Assert.Single(await Store.Outbox.GetDeliveriesAsync(null, 1, 10));
    }

    [Fact]
    public async Task AddStory_RoundTripsTheUnderstanding()
    {
        var id = await AddArticleAsync("k1");
        var stored = await Store.Stories.GetArticleAsync(id!.Value);

        Assert.Equal("Headline k1", stored!.Understanding.Headline);
        Assert.Equal(new DateTimeOffset(2023, 11, 13, 20, 30, 0, TimeSpan.Zero), stored.Understanding.KeyTimes[0].Utc);
        Assert.Equal(["mali"], stored.Understanding.Topics);
    }

    [Fact]
    public async Task UpdateStory_KeepsTheOldVersion_EditsChatsThatHaveIt_AndAlertsNewChats()
    {
        await AddChannelAsync(1);
        await AddChannelAsync(2);
        var id = (await Store.Stories.AddStoryAsync(Story("id:s1", "v1"), a => Alerts(a, 1)))!.Value;
        var claimed = await Store.Outbox.ClaimDueAsync("me", 10, TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.Zero);
        await Store.Outbox.MarkSentAsync([new SentMark(claimed[0].Id, claimed[0].ChatId, 1, "77", TimeSpan.Zero)]);

        var updated = await Store.Stories.UpdateStoryAsync(id, 1, Story("id:s1", "v2"), a => Alerts(a, 1, 2),
            (chat, version) => new NewDelivery($"e:{id}:{chat}:v{version}", chat, DeliveryKind.Edit, Time.GetUtcNow()) { ArticleId = id, Payload = "what is new" });

        Assert.Equal((2, 1, 1), updated);
        var identity = await Store.Stories.FindStoryAsync("id:s1");
        Assert.Equal(2, identity!.Version);
        Assert.Equal("s-v2", identity.StoryHash);
        Assert.True(await Store.Stories.HadVersionAsync(id, "s-v1"));
        Assert.Equal(id, await Store.Stories.FindByContentAsync("c-v1", "none"));
        var story = await Store.Stories.GetStoryAsync(id);
        Assert.Equal("Headline v2", story!.Understanding.Headline);
        Assert.Equal(Time.GetUtcNow(), story.Updated);
        var rows = await Store.Outbox.GetDeliveriesAsync(null, null, 10);
        Assert.Contains(rows, r => r is { ChatId: 1, Kind: "edit", State: DeliveryStates.Pending });
        Assert.Contains(rows, r => r is { ChatId: 2, Kind: "alert" });
        Assert.DoesNotContain(rows, r => r is { ChatId: 2, Kind: "edit" });
        var sent = await Store.Outbox.GetAlertDeliveryAsync(id, 1);
        Assert.Equal((DeliveryStates.Sent, "77"), (sent!.State, sent.MessageIds));
    }

    [Fact]
    public async Task UpdateStory_FromAnOutdatedVersion_ChangesNothing()
    {
        var id = (await Store.Stories.AddStoryAsync(Story("id:s2", "v1"), _ => []))!.Value;
        await Store.Stories.UpdateStoryAsync(id, 1, Story("id:s2", "v2"), _ => [], (c, v) => throw new InvalidOperationException());

        var late = await Store.Stories.UpdateStoryAsync(id, 1, Story("id:s2", "v3"), _ => [], (c, v) => throw new InvalidOperationException());

        Assert.Null(late);
        Assert.Equal("Headline v2", (await Store.Stories.GetStoryAsync(id))!.Understanding.Headline);
    }

    [Fact]
    public async Task NearDuplicateCandidates_AreOtherOriginsWithinTheWindow_OrTheOwnOneToo_AndAHeadlineFindsItsOriginsStory()
    {
        var a = (await Store.Stories.AddStoryAsync(Story("k:a", "a", "Wire A", [1, 2, 3]), _ => []))!.Value;
        Time.Advance(TimeSpan.FromHours(2));
        var b = (await Store.Stories.AddStoryAsync(Story("k:b", "b", "Wire B", [3, 4, 5]), _ => []))!.Value;

        var fromC = await Store.Stories.NearDuplicateCandidatesAsync([2, 3, 9], Time.GetUtcNow().AddHours(-3), "Wire C");
        var fromA = await Store.Stories.NearDuplicateCandidatesAsync([2, 4], Time.GetUtcNow().AddHours(-3), "Wire A");
        var recentOnly = await Store.Stories.NearDuplicateCandidatesAsync([1, 2, 4], Time.GetUtcNow().AddHours(-1), "Wire C");
        var ownToo = await Store.Stories.NearDuplicateCandidatesAsync([2, 4], Time.GetUtcNow().AddHours(-3), "Wire A", sameOriginToo: true);
        var byHeadline = await Store.Stories.FindRecentByHeadlineAsync("Headline a", "Wire A", Time.GetUtcNow().AddHours(-3));
        var otherOrigin = await Store.Stories.FindRecentByHeadlineAsync("Headline a", "Wire B", Time.GetUtcNow().AddHours(-3));
        var tooOld = await Store.Stories.FindRecentByHeadlineAsync("Headline a", "Wire A", Time.GetUtcNow().AddHours(-1));

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
        await AddChannelAsync(1);
        var id = (await Store.Stories.AddStoryAsync(Story("k:o", "o", "Wire A"), a => Alerts(a, 1)))!.Value;
        NewDelivery Edit(long chat) => new($"e:{id}:{chat}:by", chat, DeliveryKind.Edit, Time.GetUtcNow()) { ArticleId = id };

        var first = await Store.Stories.AddNearDuplicateAsync(Story("k:d1", "d1", "Wire B"), id, Edit);
        var sameOrigin = await Store.Stories.AddNearDuplicateAsync(Story("k:d2", "d2", "Wire B"), id, Edit);
        var again = await Store.Stories.AddNearDuplicateAsync(Story("k:d1", "d1", "Wire B"), id, Edit);

        Assert.Equal(1, first!.Value.Edits);
        Assert.Equal(0, sameOrigin!.Value.Edits);
        Assert.Null(again);
        Assert.Equal(["Wire B"], (await Store.Stories.GetStoryAsync(id))!.AlsoReportedBy);
        Assert.Equal(3, await Store.Stories.CountArticlesAsync());
        Assert.Single(await Store.Outbox.GetDeliveriesAsync(null, 1, 10), d => d.Kind == "edit");
    }

    [Fact]
    public async Task UpdateStory_SupersedesTheChatsPendingEdit_AndCarriesItsFollowUpOver()
    {
        await AddChannelAsync(1);
        var id = (await Store.Stories.AddStoryAsync(Story("id:c1", "v1"), a => Alerts(a, 1)))!.Value;
        NewDelivery Edit(long chat, int version) => new($"e:{id}:{chat}:v{version}", chat, DeliveryKind.Edit, Time.GetUtcNow()) { ArticleId = id, Payload = $"new in v{version}" };

        await Store.Stories.UpdateStoryAsync(id, 1, Story("id:c1", "v2"), _ => [], Edit);
        await Store.Stories.UpdateStoryAsync(id, 2, Story("id:c1", "v3"), _ => [], Edit);
        await Store.Stories.UpdateStoryAsync(id, 3, Story("id:c1", "v4"), _ => [], Edit);

        var edits = (await Store.Outbox.GetDeliveriesAsync(null, 1, 10)).Where(d => d.Kind == "edit").ToList();
        Assert.Equal([DeliveryStates.Pending], edits.Where(e => e.State == DeliveryStates.Pending).Select(e => e.State));
        Assert.Equal(2, edits.Count(e => e is { State: DeliveryStates.Cancelled, LastError: "superseded by a later edit" }));
        await using var connection = await Store.Database.OpenAsync();
        var payload = await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection, "SELECT payload FROM deliveries WHERE kind = 'edit' AND state = 'pending'");
        Assert.Equal("new in v2\n\nnew in v3\n\nnew in v4", payload);
    }

    [Fact]
    public async Task UpdateStory_UnderAnotherKey_MakesThatKeyNameTheStoryToo()
    {
        var id = (await Store.Stories.AddStoryAsync(Story("path:a.txt", "v1", origin: "folder"), _ => []))!.Value;

        await Store.Stories.UpdateStoryAsync(id, 1, Story("path:b.txt", "v2", origin: "folder"), _ => [], (c, v) => throw new InvalidOperationException());

        Assert.Equal(id, (await Store.Stories.FindStoryAsync("path:b.txt"))!.Id);
        Assert.Equal(id, (await Store.Stories.FindStoryAsync("path:a.txt"))!.Id);
        Assert.Equal(2, (await Store.Stories.FindStoryAsync("path:b.txt"))!.Version);
        Assert.Equal(1, await Store.Stories.CountArticlesAsync());
    }

    [Fact]
    public async Task WithdrawStory_CancelsWhatWasNotSent_EditsChatsThatGotIt_Once()
    {
        foreach (var chat in new long[] { 1, 2, 3 })
            await AddChannelAsync(chat);
        var id = (await Store.Stories.AddStoryAsync(Story("id:w1", "v1"), a =>
        [
            .. Alerts(a, 1, 2),
            new NewDelivery($"a:{a}:3", 3, DeliveryKind.Alert, DateTimeOffset.UnixEpoch) { ArticleId = a, Held = true },
        ]))!.Value;
        var claimed = await Store.Outbox.ClaimDueAsync("me", 1, TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.Zero);
        await Store.Outbox.MarkSentAsync([new SentMark(claimed[0].Id, claimed[0].ChatId, 1, "77", TimeSpan.Zero)]);
        NewDelivery Edit(long chat) => new($"e:{id}:{chat}:withdrawn", chat, DeliveryKind.Edit, Time.GetUtcNow()) { ArticleId = id };

        var withdrawn = await Store.Stories.WithdrawStoryAsync(id, "sent in error", Edit);
        var again = await Store.Stories.WithdrawStoryAsync(id, "twice", Edit);
        var unknown = await Store.Stories.WithdrawStoryAsync(id + 100, null, Edit);

        Assert.Equal(new WithdrawnStory(id, "Headline v1", AlreadyWithdrawn: false, Cancelled: 2, Edits: 1), withdrawn);
        Assert.True(again!.AlreadyWithdrawn);
        Assert.Null(unknown);
        var rows = await Store.Outbox.GetDeliveriesAsync(null, null, 20);
        Assert.Equal(DeliveryStates.Sent, rows.Single(r => r is { ChatId: 1, Kind: "alert" }).State);
        Assert.Equal(DeliveryStates.Pending, rows.Single(r => r is { ChatId: 1, Kind: "edit" }).State);
        Assert.All(rows.Where(r => r.ChatId != 1), r => Assert.Equal(DeliveryStates.Cancelled, r.State));
        var story = await Store.Stories.GetStoryAsync(id);
        Assert.Equal(("sent in error", Time.GetUtcNow()), (story!.WithdrawReason, story.Withdrawn!.Value));
        Assert.True((await Store.Stories.FindStoryAsync("id:w1"))!.Withdrawn);
    }
}

public sealed class SqliteStoryStoreTests() : StoryStoreTests(null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoryStoreTests(PostgresServer server) : StoryStoreTests(server);
