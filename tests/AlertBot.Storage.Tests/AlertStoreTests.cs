using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Storage.Tests;

/// <summary>The store's promises, run against a real SQLite file and a real PostgreSQL server.</summary>
public abstract partial class AlertStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
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

    [Fact]
    public async Task MigrateUp_RunTwice_IsHarmless()
    {
        Migrator.MigrateUp(_database);
        Assert.Equal(0, await Store.CountArticlesAsync());
    }

    [Fact]
    public async Task AddArticle_SameKeyTwice_StoresOnceWithOneSetOfDeliveries()
    {
        await AddChatAsync(1);
        var first = await AddArticleAsync("k1", 1);
        var second = await AddArticleAsync("k1", 1);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(1, await Store.CountArticlesAsync());
        Assert.Single(await Store.GetDeliveriesAsync(null, 1, 10));
    }

    [Fact]
    public async Task AddArticle_RoundTripsTheUnderstanding()
    {
        var id = await AddArticleAsync("k1");
        var stored = await Store.GetArticleAsync(id!.Value);

        Assert.Equal("Headline k1", stored!.Understanding.Headline);
        Assert.Equal(new DateTimeOffset(2023, 11, 13, 20, 30, 0, TimeSpan.Zero), stored.Understanding.KeyTimes[0].Utc);
        Assert.Equal(["mali"], stored.Understanding.Topics);
    }

    [Fact]
    public async Task ClaimDue_TwoAlertsForOneChat_ClaimsOnlyTheOldestUntilItIsSent()
    {
        await AddChatAsync(1, ChatKind.Channel);
        await AddArticleAsync("a", 1);
        await AddArticleAsync("b", 1);

        var first = await ClaimAsync("me");
        var whileSending = await ClaimAsync("me");
        await Store.MarkSentAsync(first[0].Id, 1, "10");
        var afterSent = await ClaimAsync("me");

        Assert.Single(first);
        Assert.Empty(whileSending);
        Assert.Single(afterSent);
        Assert.True(afterSent[0].Id > first[0].Id);
    }

    [Fact]
    public async Task ClaimDue_ChatInsideItsInterval_WaitsForTheInterval()
    {
        await AddChatAsync(1, ChatKind.Private);
        await AddArticleAsync("a", 1);
        await AddArticleAsync("b", 1);
        var first = await ClaimAsync("me", privateInterval: TimeSpan.FromSeconds(1));
        await Store.MarkSentAsync(first[0].Id, 1, "10");

        var tooSoon = await ClaimAsync("me", privateInterval: TimeSpan.FromSeconds(1));
        Time.Advance(TimeSpan.FromSeconds(1));
        var onTime = await ClaimAsync("me", privateInterval: TimeSpan.FromSeconds(1));

        Assert.Empty(tooSoon);
        Assert.Single(onTime);
    }

    [Fact]
    public async Task ClaimDue_ManyChats_ClaimsEachRowOnceAcrossConcurrentSenders()
    {
        for (var chat = 1; chat <= 200; chat++)
            await AddChatAsync(chat, ChatKind.Channel);
        await AddArticleAsync("fan-out", Enumerable.Range(1, 200).Select(i => (long)i).ToArray());

        var senders = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (true)
            {
                var batch = await Store.ClaimDueAsync($"sender{i}", 7, Lease, TimeSpan.Zero, TimeSpan.Zero);
                if (batch.Count == 0)
                    return mine;
                mine.AddRange(batch.Select(d => d.Id));
            }
        })).ToList();
        var claimed = (await Task.WhenAll(senders)).SelectMany(x => x).ToList();

        Assert.Equal(200, claimed.Count);
        Assert.Equal(200, claimed.Distinct().Count());
    }

    [Fact]
    public async Task ClaimDue_BacklogDeeperThanTheClaimWindow_StillFindsEveryReadyChat_AndKeepsEachChatsOrder()
    {
        // Chat 1 has 1,500 rows queued ahead of chat 2's one row: more than one claim looks through in id order.
        await AddChatAsync(1, ChatKind.Channel);
        await AddChatAsync(2, ChatKind.Channel);
        await AddChatAsync(3, ChatKind.Channel);
        await Store.EnqueueAsync([.. Enumerable.Range(0, 1500).Select(i => Text($"c1-{i}", 1))]);
        await Store.EnqueueAsync([Text("c2-0", 2), Text("c3-0", 3), Text("c3-1", 3)]);

        var first = await ClaimAsync("me");
        var behindTheWindow = await ClaimAsync("me");
        await Store.MarkSentAsync(first.Single(d => d.ChatId == 1).Id, 1, "1");
        var afterChat1Sent = await ClaimAsync("me");

        // In the window: chat 1's oldest row only. Beyond it: chat 2's and chat 3's oldest, found chat by chat.
        Assert.Equal([1L, 2L, 3L], first.Select(d => d.ChatId).Order());
        Assert.Equal("c3-0", first.Single(d => d.ChatId == 3).Payload);
        Assert.Empty(behindTheWindow);
        Assert.Equal("c1-1", Assert.Single(afterChat1Sent).Payload);
    }

    [Fact]
    public async Task GetChats_AnotherInstanceChangesSubscriptionsOrDisablesAChat_NextReadSeesIt()
    {
        await AddChatAsync(1, ChatKind.Channel);
        await AddChatAsync(2, ChatKind.Channel);
        var other = new AlertStore(_database, Time); // a second instance on the same database
        var before = await Store.GetChatsAsync(enabledOnly: true);
        var again = await Store.GetChatsAsync(enabledOnly: true);

        await other.SaveChatAsync(new ChatSettings { Id = 1, Kind = ChatKind.Channel, Title = "chat 1", Topics = new HashSet<string> { "sudan" } });
        var afterSubscribe = await Store.GetChatsAsync(enabledOnly: true);
        await other.DisableChatAsync(2, "kicked");
        var afterDisable = await Store.GetChatsAsync(enabledOnly: true);

        Assert.Same(before, again); // unchanged: served from memory
        Assert.Equal(["sudan"], afterSubscribe.Single(c => c.Id == 1).Topics);
        Assert.Equal([1L], afterDisable.Select(c => c.Id));
    }

    [Fact]
    public async Task CreateDigest_HeldAlertsInTwoForumThreadsAndTheMainChat_OneDigestEach_InItsThread_OnceOnly()
    {
        await AddChatAsync(-1001, ChatKind.Supergroup);
        foreach (var (key, thread) in new (string, int?)[] { ("a", 11), ("b", 22), ("c", 11), ("d", null) })
        {
            await Store.AddArticleAsync(
                new NewArticle(key, "hash-" + key, Sources.Folder, key + ".txt", new Understanding { Headline = "Headline " + key, Summary = "", KeyTimes = [], Topics = [], IsAlert = true, Warnings = [], Body = "" }),
                id => [new NewDelivery($"a:{id}:-1001", -1001, DeliveryKind.Alert, Time.GetUtcNow()) { ArticleId = id, Held = true, ThreadId = thread }]);
        }

        var count = await Store.CreateDigestAsync(-1001, "digest:1", articles => string.Join("|", articles.Select(a => a.Understanding.Headline)));
        var again = await Store.CreateDigestAsync(-1001, "digest:1", _ => "x");
        var digests = await Store.ClaimDueAsync("me", 10, Lease, TimeSpan.Zero, TimeSpan.Zero);
        while (digests.Count < 3 && digests.Count > 0)
        {
            await Store.MarkSentAsync(digests[^1].Id, 1, "1");
            digests = [.. digests, .. await Store.ClaimDueAsync("me", 10, Lease, TimeSpan.Zero, TimeSpan.Zero)];
        }

        Assert.Equal(4, count);
        Assert.Equal(0, again);
        Assert.Equal(3, digests.Count);
        Assert.Equal("Headline a|Headline c", digests.Single(d => d.ThreadId == 11).Payload);
        Assert.Equal("Headline b", digests.Single(d => d.ThreadId == 22).Payload);
        Assert.Equal("Headline d", digests.Single(d => d.ThreadId is null).Payload);
    }

    [Fact]
    public async Task Enqueue_ForAGroupThatMovedToASupergroup_GoesToTheNewId()
    {
        // Ingest read the chats (old id) just before the group moved; its row must not be left on an id that is gone.
        await AddChatAsync(-5, ChatKind.Group);
        await Store.MigrateChatAsync(-5, -1005);
        await Store.EnqueueAsync([Text("routed-before-the-move", -5)]);

        var claimed = Assert.Single(await ClaimAsync("me"));

        Assert.Equal(-1005, claimed.ChatId);
        Assert.Null(await Store.GetChatAsync(-5));
    }

    private NewDelivery Text(string key, long chat) =>
        new(key, chat, DeliveryKind.Text, Time.GetUtcNow()) { Payload = key };

    [Fact]
    public async Task RecoverExpiredLeases_ResendPolicy_PutsInFlightRowsBackAndCountsThem()
    {
        await AddChatAsync(1);
        await AddArticleAsync("a", 1);
        var claimed = await ClaimAsync("dead-sender");

        var beforeExpiry = await Store.RecoverExpiredLeasesAsync(resend: true);
        Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var afterExpiry = await Store.RecoverExpiredLeasesAsync(resend: true);
        var again = await ClaimAsync("new-sender");

        Assert.Equal(0, beforeExpiry);
        Assert.Equal(1, afterExpiry);
        Assert.Equal(claimed[0].Id, again[0].Id);
        Assert.Equal(2, again[0].Attempts);
    }

    [Fact]
    public async Task RecoverExpiredLeases_DeadLetterPolicy_DeadLettersAndReplayRequeues()
    {
        await AddChatAsync(1);
        await AddArticleAsync("a", 1);
        var claimed = await ClaimAsync("dead-sender");
        Time.Advance(Lease + TimeSpan.FromSeconds(1));

        await Store.RecoverExpiredLeasesAsync(resend: false);
        var dead = await Store.GetDeliveriesAsync(DeliveryStates.Dead, null, 10);
        var replayed = await Store.ReplayAsync(claimed[0].Id);
        var replayedTwice = await Store.ReplayAsync(claimed[0].Id);

        Assert.Single(dead);
        Assert.True(replayed);
        Assert.False(replayedTwice);
        Assert.Single(await ClaimAsync("me"));
    }

    [Fact]
    public async Task MarkSent_RecordsTelegramMessageIds_AndTheRowIsNeverClaimedAgain()
    {
        await AddChatAsync(1);
        await AddArticleAsync("a", 1);
        var claimed = await ClaimAsync("me");
        await Store.RecordPartsAsync(claimed[0].Id, 1, "41");
        await Store.MarkSentAsync(claimed[0].Id, 2, "41,42");
        Time.Advance(TimeSpan.FromHours(1));
        await Store.RecoverExpiredLeasesAsync(resend: true);

        var row = (await Store.GetDeliveriesAsync(null, 1, 10)).Single();
        Assert.Equal(DeliveryStates.Sent, row.State);
        Assert.Equal("41,42", row.MessageIds);
        Assert.Empty(await ClaimAsync("me"));
    }

    [Fact]
    public async Task DisableChat_ClosesItsOpenRowsAndStopsClaims()
    {
        await AddChatAsync(1);
        await AddChatAsync(2);
        await AddArticleAsync("a", 1, 2);

        await Store.DisableChatAsync(1, "Forbidden: bot was blocked by the user");
        var claimed = await ClaimAsync("me");
        var chat = await Store.GetChatAsync(1);

        Assert.Equal([2L], claimed.Select(d => d.ChatId));
        Assert.False(chat!.Enabled);
        Assert.Contains("blocked", chat.DisabledReason, StringComparison.Ordinal);
        Assert.Equal(DeliveryStates.Cancelled, (await Store.GetDeliveriesAsync(null, 1, 10)).Single().State);
    }

    [Fact]
    public async Task MigrateChat_MovesSettingsAndPendingRowsToTheNewId()
    {
        await AddChatAsync(-100, ChatKind.Group);
        await AddArticleAsync("a", -100);

        await Store.MigrateChatAsync(-100, -1001234567890);
        var claimed = await ClaimAsync("me");
        var moved = await Store.GetChatAsync(-1001234567890);

        Assert.Equal(-1001234567890, claimed.Single().ChatId);
        Assert.Equal(ChatKind.Supergroup, moved!.Kind);
        Assert.Contains(ChatSettings.AllTopics, moved.Topics);
        Assert.Null(await Store.GetChatAsync(-100));
    }

    [Fact]
    public async Task ApplyUpdate_StoresChatRepliesAndOffsetTogether()
    {
        var chat = new ChatSettings { Id = 5, Kind = ChatKind.Private, Title = "Ann", TimeZone = "Europe/Kyiv", Quiet = new QuietHours(new TimeOnly(23, 0), new TimeOnly(7, 0), QuietPolicy.Silent), Topics = new HashSet<string> { "ukraine" } };
        var reply = new NewDelivery("u:77", 5, DeliveryKind.Text, Time.GetUtcNow()) { Payload = "hi" };

        await Store.ApplyUpdateAsync(78, chat, [reply]);
        await Store.ApplyUpdateAsync(78, null, [reply]);

        Assert.Equal(78, await Store.GetUpdateOffsetAsync());
        Assert.Equal(chat.TimeZone, (await Store.GetChatAsync(5))!.TimeZone);
        Assert.Equal(chat.Quiet, (await Store.GetChatAsync(5))!.Quiet);
        Assert.Single(await Store.GetDeliveriesAsync(null, 5, 10));
    }

    [Fact]
    public async Task NextDue_ReflectsBackoffAndChatPause()
    {
        await AddChatAsync(1);
        await AddArticleAsync("a", 1);
        var claimed = await ClaimAsync("me");
        await Store.RetryLaterAsync(claimed[0].Id, Time.GetUtcNow().AddSeconds(30), "502", unknownOutcome: true);
        await Store.PauseChatAsync(1, Time.GetUtcNow().AddSeconds(60));

        Assert.Equal(Time.GetUtcNow().AddSeconds(60), await Store.NextDueAsync());
        Assert.Empty(await ClaimAsync("me"));
        Time.Advance(TimeSpan.FromSeconds(61));
        Assert.Single(await ClaimAsync("me"));
    }

    private Task<IReadOnlyList<Delivery>> ClaimAsync(string owner, TimeSpan? privateInterval = null) =>
        Store.ClaimDueAsync(owner, 100, Lease, privateInterval ?? TimeSpan.Zero, TimeSpan.Zero);

    private Task AddChatAsync(long id, ChatKind kind = ChatKind.Private) =>
        Store.SaveChatAsync(new ChatSettings { Id = id, Kind = kind, Title = $"chat {id}", Topics = new HashSet<string> { ChatSettings.AllTopics } });

    private Task<long?> AddArticleAsync(string key, params long[] chats)
    {
        var understanding = new Understanding
        {
            Headline = "Headline " + key,
            Summary = "Summary.",
            KeyTimes = [new KeyTime(new DateTimeOffset(2023, 11, 13, 20, 30, 0, TimeSpan.Zero), false, "1530 EST", "operations began")],
            Topics = ["mali"],
            IsAlert = true,
            Warnings = [],
            Body = "Body.",
        };
        return Store.AddArticleAsync(
            new NewArticle(key, "hash-" + key, Sources.Folder, key + ".txt", understanding),
            id => chats.Select(c => new NewDelivery($"a:{id}:{c}", c, DeliveryKind.Alert, Time.GetUtcNow()) { ArticleId = id }).ToList());
    }
}

public sealed class SqliteAlertStoreTests : AlertStoreTests, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "alertbot-sqlite-" + Guid.NewGuid().ToString("N")[..8]);

    protected override Task<Database> CreateDatabaseAsync() =>
        Task.FromResult(new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_dir)));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresAlertStoreTests(PostgresServer server) : AlertStoreTests
{
    protected override async Task<Database> CreateDatabaseAsync() =>
        new(StorageProvider.Postgres, await server.CreateDatabaseAsync());
}
