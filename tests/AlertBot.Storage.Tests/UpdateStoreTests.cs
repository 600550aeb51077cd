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

    /// <summary>
    /// Updates 601–603 of chat 90 and 604 of chat 91: <paramref name="leased"/> are recorded and claimed first (they
    /// reached an instance before the others were recorded), then the rest are recorded, <paramref name="handled"/>
    /// committed, and <paramref name="claim"/> asked for. One chat's updates are handled one
    /// at a time and an earlier open one goes first; another chat is never held up.
    /// </summary>
    [Theory]
    [InlineData("", "", 601, true)] // the chat's first
    [InlineData("", "", 602, false)] // 601 is still open: it goes first
    [InlineData("", "601", 602, true)]
    [InlineData("602", "", 601, false)] // a later one is being handled (it arrived first, or 601 came late)
    [InlineData("601", "", 604, true)] // another chat
    [InlineData("", "601|602", 603, true)]
    [InlineData("601", "601", 602, true)] // committed: its lease is over
    public async Task Claim_OneChatsUpdatesOneAtATime_EarliestFirst(string leased, string handled, long claim, bool taken)
    {
        var updates = new[] { (601L, 90L), (602L, 90L), (603L, 90L), (604L, 91L) };
        foreach (var (id, chat) in updates.Where(u => Ids(leased).Contains(u.Item1)))
        {
            await Store.Updates.RecordAsync(id, "{}", chat);
            Assert.NotNull(await Store.Updates.ClaimAsync(id, UpdateLease));
        }

        foreach (var (id, chat) in updates.Where(u => !Ids(leased).Contains(u.Item1)))
            await Store.Updates.RecordAsync(id, "{}", chat);
        foreach (var id in Ids(handled))
            Assert.True(await Store.Chats.ApplyCommandAsync(UpdateReceipt.Webhook(id), null, null, [], closeReason: null));

        var claimed = await Store.Updates.ClaimAsync(claim, UpdateLease);

        Assert.Equal(taken ? claim : null, claimed?.UpdateId);
        if (taken)
            Assert.Equal(claim == 604 ? 91 : 90, claimed!.ChatId);
    }

    [Fact]
    public async Task ClaimNextOfChat_AfterACommit_TakesTheChatsEarliestOpenUpdate_AndALeaseRunningOutFreesTheChat()
    {
        await Store.Updates.RecordAsync(612, "{}", 92);
        var late = await Store.Updates.ClaimAsync(612, UpdateLease); // 612 reached an instance first
        await Store.Updates.RecordAsync(611, "{}", 92);
        await Store.Updates.RecordAsync(613, "{}", 92);
        var refused = await Store.Updates.ClaimAsync(611, UpdateLease);
        await Store.Chats.ApplyCommandAsync(UpdateReceipt.Webhook(612), null, null, [], closeReason: null);
        var next = await Store.Updates.ClaimNextOfChatAsync(92, UpdateLease);
        var whileBusy = await Store.Updates.ClaimNextOfChatAsync(92, UpdateLease);
        Time.Advance(UpdateLease + TimeSpan.FromSeconds(1)); // 611's holder died
        var afterLease = await Store.Updates.ClaimNextOfChatAsync(92, UpdateLease);

        Assert.Equal(612, late!.UpdateId);
        Assert.Null(refused);
        Assert.Equal(611, next!.UpdateId);
        Assert.Null(whileBusy); // 611 is leased, and 613 waits behind it
        Assert.Equal((611, 2), (afterLease!.UpdateId, afterLease.Attempts));
    }

    [Fact]
    public async Task Claim_ManyClaimsOfOneChatAtOnce_AtMostOneUpdateIsTaken()
    {
        foreach (var id in Enumerable.Range(621, 8))
            await Store.Updates.RecordAsync(id, "{}", 93);
        await Store.Chats.ApplyCommandAsync(UpdateReceipt.Webhook(621), null, null, [], closeReason: null);

        // Every open update but the earliest is refused on sight; racing claims of the earliest take it once.
        var claims = await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => Enumerable.Range(622, 7))
            .Select(id => Task.Run(() => Store.Updates.ClaimAsync(id, UpdateLease))));

        Assert.Equal(622, Assert.Single(claims, c => c is not null)!.UpdateId);
    }

    private static IEnumerable<long> Ids(string list) => list.Length == 0 ? [] : list.Split('|').Select(long.Parse);

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
