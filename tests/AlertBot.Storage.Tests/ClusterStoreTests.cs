using System.Diagnostics;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using Npgsql;

namespace AlertBot.Storage.Tests;

/// <summary>What several instances on one PostgreSQL database rely on: locks, the shared send window, dead-owner recovery.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterStoreTests(PostgresServer server) : IAsyncLifetime
{
    private const long BotId = 123456789;
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(10);
    private Database Db { get; set; } = null!;
    private Stores _store = null!;

    public async Task InitializeAsync()
    {
        Db = new Database(StorageProvider.Postgres, await server.CreateDatabaseAsync());
        Migrator.MigrateUp(Db);
        _store = Stores.Create(Db, TimeProvider.System);
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    [Fact]
    public async Task MigrateUp_ThreeInstancesAtOnceOnAnEmptyDatabase_AllSucceed()
    {
        var databases = new List<Database>();
        for (var i = 0; i < 3; i++)
            databases.Add(new Database(StorageProvider.Postgres, await server.CreateDatabaseAsync()));
        var fresh = databases[0].ConnectionString;
        var same = Enumerable.Range(0, 3).Select(_ => new Database(StorageProvider.Postgres, fresh)).ToList();

        await Task.WhenAll(same.Select(d => Task.Run(() => Migrator.MigrateUp(d))));
        var store = Stores.Create(same[0], TimeProvider.System);

        Assert.Equal(0, await store.Stories.CountArticlesAsync());
        foreach (var d in databases.Concat(same))
            await d.DisposeAsync();
    }

    [Fact]
    public async Task SessionLock_SecondSessionIsRefused_UntilTheFirstCloses()
    {
        var first = await SessionLock.TryAcquireAsync(Db, "test:lock", default);
        var second = await SessionLock.TryAcquireAsync(Db, "test:lock", default);
        var otherName = await SessionLock.TryAcquireAsync(Db, "test:other", default);
        await first!.DisposeAsync();
        // The server drops the lock when the closed session's backend has exited: a moment later, not at once.
        var afterRelease = await EventuallyAsync(() => SessionLock.TryAcquireAsync(Db, "test:lock", default), l => l is not null);

        Assert.Null(second);
        Assert.NotNull(otherName);
        Assert.NotNull(afterRelease);
        Assert.True(await afterRelease.IsHeldAsync(TimeSpan.FromSeconds(2), default));
        await otherName.DisposeAsync();
        await afterRelease.DisposeAsync();
    }

    [Fact]
    public async Task SessionLock_HolderSessionKilled_IsNoticedAndTheLockIsFree()
    {
        var held = (await SessionLock.TryAcquireAsync(Db, "test:killed", default))!;

        // What the server does when the holder's process dies: the session ends and its locks go with it.
        await using (var admin = new NpgsqlConnection(Db.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid() AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", admin);
            await kill.ExecuteNonQueryAsync();
        }

        var stillHeld = await held.IsHeldAsync(TimeSpan.FromSeconds(2), default);
        var successor = await EventuallyAsync(() => SessionLock.TryAcquireAsync(Db, "test:killed", default), l => l is not null);

        Assert.False(stillHeld);
        Assert.NotNull(successor);
        await held.DisposeAsync();
        await successor.DisposeAsync();
    }

    [Fact]
    public async Task TryTakeSendSlot_FourConcurrentTakers_NeverMoreThanTheRateInAnyWindow()
    {
        const int rate = 10;
        await _store.Cluster.EnsureSendSlotsAsync(BotId, rate);
        var clock = Stopwatch.StartNew();
        var taken = new List<TimeSpan>();
        var takers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(2.5))
            {
                var (slot, wait) = await _store.Cluster.TryTakeSendSlotAsync(BotId, TimeSpan.FromSeconds(1), Hold);
                if (slot is not null)
                {
                    lock (taken)
                        taken.Add(clock.Elapsed);
                    await _store.Cluster.ReleaseSendSlotAsync(BotId, slot);
                }
                else
                {
                    await Task.Delay(wait < TimeSpan.FromMilliseconds(50) ? wait : TimeSpan.FromMilliseconds(50));
                }
            }
        }));
        await Task.WhenAll(takers);

        taken.Sort();
        // Booked in three windows (0 s, 1 s, 2 s): 30 at most, and the window really refills.
        Assert.InRange(taken.Count, 2 * rate, 3 * rate);
        // Any ten consecutive bookings + the next one span at least a window (less the client-side timing noise).
        for (var i = rate; i < taken.Count; i++)
            Assert.True(taken[i] - taken[i - rate] >= TimeSpan.FromMilliseconds(950), $"booking {i} at {taken[i]} is within a window of booking {i - rate} at {taken[i - rate]}");
    }

    [Fact]
    public async Task EnsureSendSlots_RateLowered_RemovesTheExtraSlots()
    {
        await _store.Cluster.EnsureSendSlotsAsync(BotId, 30);
        await _store.Cluster.EnsureSendSlotsAsync(BotId, 3);

        var results = new List<bool>();
        for (var i = 0; i < 5; i++)
            results.Add((await _store.Cluster.TryTakeSendSlotAsync(BotId, TimeSpan.FromSeconds(1), Hold)).Slot is not null);

        Assert.Equal([true, true, true, false, false], results);
    }

    [Fact]
    public async Task PauseSendSlots_NoSlotFreeUntilThePauseEnds()
    {
        await _store.Cluster.EnsureSendSlotsAsync(BotId, 5);
        await _store.Cluster.PauseSendSlotsAsync(BotId, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(1));

        var (during, wait) = await _store.Cluster.TryTakeSendSlotAsync(BotId, TimeSpan.FromSeconds(1), Hold);
        await Task.Delay(wait + TimeSpan.FromMilliseconds(20));
        var (after, _) = await _store.Cluster.TryTakeSendSlotAsync(BotId, TimeSpan.FromSeconds(1), Hold);

        Assert.Null(during);
        Assert.InRange(wait, TimeSpan.FromSeconds(1.2), TimeSpan.FromSeconds(1.5));
        Assert.NotNull(after);
    }

    [Fact]
    public async Task SendSlot_HeldUntilReleased_ThenCountsAWindowFromTheRelease()
    {
        await _store.Cluster.EnsureSendSlotsAsync(BotId, 1);
        var window = TimeSpan.FromMilliseconds(300);

        var (slot, _) = await _store.Cluster.TryTakeSendSlotAsync(BotId, window, Hold);
        // A slow request: well past a window after the booking, the slot is still out of use.
        await Task.Delay(window * 2);
        var (whileInFlight, _) = await _store.Cluster.TryTakeSendSlotAsync(BotId, window, Hold);
        await _store.Cluster.ReleaseSendSlotAsync(BotId, slot!);
        var (rightAfterRelease, wait) = await _store.Cluster.TryTakeSendSlotAsync(BotId, window, Hold);
        await Task.Delay(wait + TimeSpan.FromMilliseconds(20));
        var (aWindowLater, _) = await _store.Cluster.TryTakeSendSlotAsync(BotId, window, Hold);

        Assert.NotNull(slot);
        Assert.Null(whileInFlight);
        Assert.Null(rightAfterRelease);
        Assert.InRange(wait, TimeSpan.FromMilliseconds(200), window);
        Assert.NotNull(aWindowLater);
    }

    [Fact]
    public async Task SendSlot_HolderNeverReleases_FreesItselfAfterTheHold()
    {
        await _store.Cluster.EnsureSendSlotsAsync(BotId, 1);
        var window = TimeSpan.FromMilliseconds(100);

        var (abandoned, _) = await _store.Cluster.TryTakeSendSlotAsync(BotId, window, TimeSpan.FromMilliseconds(200));
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        var (next, _) = await _store.Cluster.TryTakeSendSlotAsync(BotId, window, Hold);
        await _store.Cluster.ReleaseSendSlotAsync(BotId, abandoned!); // late: must not shorten the new holder's hold
        var (third, _) = await _store.Cluster.TryTakeSendSlotAsync(BotId, window, Hold);

        Assert.NotNull(next);
        Assert.Null(third);
    }

    [Fact]
    public async Task RecoverDeadOwners_LiveOwnerKeepsItsRows_DeadOwnersRowsComeBackCounted()
    {
        await _store.Chats.SaveChatAsync(new ChatSettings { Id = 1, Kind = ChatKind.Private, Title = "a", Topics = new HashSet<string> { ChatSettings.AllTopics } });
        await _store.Chats.SaveChatAsync(new ChatSettings { Id = 2, Kind = ChatKind.Private, Title = "b", Topics = new HashSet<string> { ChatSettings.AllTopics } });
        await _store.Stories.AddStoryAsync(new NewStory(Article("x"), "folder", "story-x", MinHash: null, Bands: []), id => [Row(id, 1), Row(id, 2)]);
        var live = await SessionLock.AcquireAsync(Db, LockKeys.Node("live"), default);
        var dead = await SessionLock.AcquireAsync(Db, LockKeys.Node("dead"), default);
        var lease = TimeSpan.FromMinutes(2);
        var liveRows = await _store.Outbox.ClaimDueAsync("live", 1, lease, TimeSpan.Zero, TimeSpan.Zero);
        var deadRows = await _store.Outbox.ClaimDueAsync("dead", 1, lease, TimeSpan.Zero, TimeSpan.Zero);

        var whileBothLive = await _store.Cluster.RecoverDeadOwnersAsync("me", resend: true);
        await dead.DisposeAsync();
        var afterDeath = await EventuallyAsync(() => _store.Cluster.RecoverDeadOwnersAsync("me", resend: true), n => n > 0);
        var reclaimed = await _store.Outbox.ClaimDueAsync("me", 10, lease, TimeSpan.Zero, TimeSpan.Zero);

        Assert.Equal(0, whileBothLive);
        Assert.Equal(1, afterDeath);
        Assert.Equal(deadRows.Single().Id, reclaimed.Single().Id);
        Assert.NotEqual(liveRows.Single().Id, reclaimed.Single().Id);
        Assert.Equal(1, await ClusterScalarAsync($"SELECT unknown_outcomes FROM deliveries WHERE id = {deadRows.Single().Id}"));
        await live.DisposeAsync();
    }

    /// <summary>Retries for up to five seconds, as the instances' own loops do.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> attempt, Func<T, bool> done)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(5);
        while (true)
        {
            var result = await attempt();
            if (done(result) || DateTimeOffset.UtcNow > deadline)
                return result;
            await Task.Delay(50);
        }
    }

    private async Task<long> ClusterScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static NewDelivery Row(long articleId, long chatId) =>
        new($"a:{articleId}:{chatId}", chatId, DeliveryKind.Alert, DateTimeOffset.UtcNow.AddSeconds(-1)) { ArticleId = articleId };

    private static NewArticle Article(string key) => new(key, "hash-" + key, Sources.Folder, key + ".txt", new Understanding
    {
        Headline = "Headline " + key,
        Summary = "Summary.",
        KeyTimes = [],
        Topics = [],
        IsAlert = true,
        Warnings = [],
        Body = "Body.",
    });
}
