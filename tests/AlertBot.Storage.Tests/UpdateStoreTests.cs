using AlertBot.Core.Route;

namespace AlertBot.Storage.Tests;

/// <summary>Webhook updates: recorded by update_id, their effect committed once with the record, on SQLite and PostgreSQL.</summary>
public abstract class UpdateStoreTests(PostgresServer? server) : StoreTestBase(server)
{
    private static readonly TimeSpan UpdateLease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Record_SameUpdateIdTwice_StoresItOnce()
    {
        var first = await Store.Updates.RecordAsync(501, """{"update_id":501}""");
        var second = await Store.Updates.RecordAsync(501, """{"update_id":501,"retry":true}""");
        var claimed = await Store.Updates.ClaimAsync(501, UpdateLease);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("""{"update_id":501}""", claimed!.Payload);
        Assert.Equal((1, 1), await Store.Updates.CountAsync());
    }

    [Fact]
    public async Task Apply_WebhookReceiptTwice_CommitsTheEffectOnce()
    {
        await Store.Updates.RecordAsync(502, "{}");
        var chat = new ChatSettings { Id = 77, Kind = ChatKind.Private, Title = "Ann", Topics = new HashSet<string> { "ukraine" } };

        var first = await Store.Chats.ApplyCommandAsync(UpdateReceipt.Webhook(502), chat, null, [Text("u:502", 77)], closeReason: null);
        var second = await Store.Chats.ApplyCommandAsync(UpdateReceipt.Webhook(502), chat with { Topics = new HashSet<string> { "sahel" } }, null, [Text("u:502b", 77)], closeReason: null);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(["ukraine"], (await Store.Chats.GetChatAsync(77))!.Topics);
        Assert.Single(await Store.Outbox.GetDeliveriesAsync(null, 77, 10));
        Assert.Equal((1, 0), await Store.Updates.CountAsync());
        Assert.Null(await Store.Updates.ClaimAsync(502, UpdateLease)); // handled: nobody takes it again
    }

    [Fact]
    public async Task Apply_SameUpdateFromManyWritersAtOnce_ExactlyOneCommits()
    {
        await Store.Updates.RecordAsync(503, "{}");
        var writers = Enumerable.Range(0, 8).Select(i => Task.Run(() => Store.Chats.ApplyCommandAsync(
            UpdateReceipt.Webhook(503), null, null, [Text($"u:503:{i}", 78)], closeReason: null)));

        var results = await Task.WhenAll(writers);

        Assert.Single(results, r => r);
        Assert.Single(await Store.Outbox.GetDeliveriesAsync(null, 78, 10));
    }

    [Fact]
    public async Task Claim_IsExclusiveUntilTheLeaseRunsOut()
    {
        await Store.Updates.RecordAsync(504, "{}");

        var first = await Store.Updates.ClaimAsync(504, UpdateLease);
        var meanwhile = await Store.Updates.ClaimAsync(504, UpdateLease);
        Time.Advance(UpdateLease + TimeSpan.FromSeconds(1));
        var stranded = await Store.Updates.ClaimStrandedAsync(10, TimeSpan.FromSeconds(5), UpdateLease);

        Assert.Equal(1, first!.Attempts);
        Assert.Null(meanwhile);
        Assert.Equal(2, Assert.Single(stranded).Attempts);
    }

    [Fact]
    public async Task ClaimStranded_LeavesFreshUpdatesToTheirReceiver()
    {
        await Store.Updates.RecordAsync(505, "{}");
        var fresh = await Store.Updates.ClaimStrandedAsync(10, TimeSpan.FromSeconds(5), UpdateLease);
        Time.Advance(TimeSpan.FromSeconds(6));
        var settled = await Store.Updates.ClaimStrandedAsync(10, TimeSpan.FromSeconds(5), UpdateLease);

        Assert.Empty(fresh);
        Assert.Equal(505, Assert.Single(settled).UpdateId);
    }

    [Fact]
    public async Task Prune_ForgetsRecordsOlderThanTheRetention()
    {
        await Store.Updates.RecordAsync(506, "{}");
        Time.Advance(TimeSpan.FromHours(23));
        await Store.Updates.RecordAsync(507, "{}");
        Time.Advance(TimeSpan.FromHours(2));

        var pruned = await Store.Updates.PruneAsync(TimeSpan.FromHours(24));

        Assert.Equal(1, pruned);
        Assert.Null(await Store.Updates.ClaimAsync(506, UpdateLease));
        Assert.NotNull(await Store.Updates.ClaimAsync(507, UpdateLease));
    }

    [Fact]
    public async Task Apply_WithCloseReason_ClosesTheChatsOpenDeliveriesButQueuesNewReplies()
    {
        await AddChannelAsync(-1009);
        await EnqueueAsync([Text("alert-1", -1009), Text("alert-2", -1009)]);
        var channel = (await Store.Chats.GetChatAsync(-1009))!;

        await Store.Chats.ApplyCommandAsync(UpdateReceipt.Offset(9), channel with { Enabled = false, DisabledReason = "bot removed" }, null, [Text("to-adder", 55)], closeReason: "bot removed");

        var closed = await Store.Outbox.GetDeliveriesAsync(null, -1009, 10);
        Assert.All(closed, d => Assert.Equal((DeliveryStates.Cancelled, "bot removed"), (d.State, d.LastError)));
        Assert.Equal(2, closed.Count);
        Assert.Equal(DeliveryStates.Pending, Assert.Single(await Store.Outbox.GetDeliveriesAsync(null, 55, 10)).State);
        Assert.False((await Store.Chats.GetChatAsync(-1009))!.Enabled);
    }

    [Fact]
    public async Task Secret_IsGeneratedOnce_AndSharedByEveryCaller()
    {
        var first = await Store.Updates.GetOrCreateSecretAsync(() => "first-secret");
        var second = await Store.Updates.GetOrCreateSecretAsync(() => "second-secret");

        Assert.Equal("first-secret", first);
        Assert.Equal("first-secret", second);
    }
}

public sealed class SqliteUpdateStoreTests() : UpdateStoreTests(null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresUpdateStoreTests(PostgresServer server) : UpdateStoreTests(server);
