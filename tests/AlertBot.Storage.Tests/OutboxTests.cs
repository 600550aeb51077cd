using AlertBot.Core.Route;
using AlertBot.Core.Understand;

namespace AlertBot.Storage.Tests;

/// <summary>The outbox's moves: claims in order and within each chat's interval, digests, recovery, sent rows, the next due time. On a real SQLite file and a real PostgreSQL server.</summary>
public abstract class OutboxTests(PostgresServer? server) : StoreTestBase(server)
{
    [Fact]
    public async Task ClaimDue_TwoAlertsForOneChat_ClaimsOnlyTheOldestUntilItIsSent()
    {
        await AddChatAsync(1, ChatKind.Channel);
        await AddArticleAsync("a", 1);
        await AddArticleAsync("b", 1);

        var first = await ClaimAsync("me");
        var whileSending = await ClaimAsync("me");
        await SentAsync(first[0], 1, "10");
        var afterSent = await ClaimAsync("me");

        Assert.Single(first);
        Assert.Empty(whileSending);
        Assert.Single(afterSent);
        Assert.True(afterSent[0].Id > first[0].Id);
    }

    [Fact]
    public async Task ClaimDue_CarriesTheChatsStoredType_WhateverTheSignOfItsId()
    {
        await AddChatAsync(7, ChatKind.Channel);
        await AddChatAsync(8, ChatKind.Private);
        await AddChatAsync(-9, ChatKind.Supergroup);
        await EnqueueAsync([Text("to-7", 7), Text("to-8", 8), Text("to--9", -9)]);

        var kinds = (await ClaimAsync("me")).ToDictionary(d => d.ChatId, d => d.ChatKind);

        Assert.Equal(new Dictionary<long, ChatKind> { [7] = ChatKind.Channel, [8] = ChatKind.Private, [-9] = ChatKind.Supergroup }, kinds);
    }

    [Fact]
    public async Task ClaimDue_ChatInsideItsInterval_WaitsForTheInterval()
    {
        await AddChatAsync(1, ChatKind.Private);
        await AddArticleAsync("a", 1);
        await AddArticleAsync("b", 1);
        var first = await ClaimAsync("me", privateInterval: TimeSpan.FromSeconds(1));
        await SentAsync(first[0], 1, "10");

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
                var batch = await Store.Outbox.ClaimDueAsync($"sender{i}", 7, Lease, TimeSpan.Zero, TimeSpan.Zero);
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
        await EnqueueAsync([.. Enumerable.Range(0, 1500).Select(i => Text($"c1-{i}", 1))]);
        await EnqueueAsync([Text("c2-0", 2), Text("c3-0", 3), Text("c3-1", 3)]);

        var first = await ClaimAsync("me");
        var behindTheWindow = await ClaimAsync("me");
        await SentAsync(first.Single(d => d.ChatId == 1), 1, "1");
        var afterChat1Sent = await ClaimAsync("me");

        // In the window: chat 1's oldest row only. Beyond it: chat 2's and chat 3's oldest, found chat by chat.
        Assert.Equal([1L, 2L, 3L], first.Select(d => d.ChatId).Order());
        Assert.Equal("c3-0", first.Single(d => d.ChatId == 3).Payload);
        Assert.Empty(behindTheWindow);
        Assert.Equal("c1-1", Assert.Single(afterChat1Sent).Payload);
    }

    [Fact]
    public async Task ClaimDue_DeliveryWithAThread_CarriesTheThreadId()
    {
        await AddChatAsync(-1002, ChatKind.Supergroup);
        await EnqueueAsync([new NewDelivery("t:1", -1002, DeliveryKind.Text, Time.GetUtcNow()) { Payload = "x", ThreadId = 42 }]);

        var claimed = await ClaimAsync("me");

        Assert.Equal(42, claimed.Single().ThreadId);
    }

    [Fact]
    public async Task CreateDigest_HeldAlertsInTwoForumThreadsAndTheMainChat_OneDigestEach_InItsThread_OnceOnly()
    {
        await AddChatAsync(-1001, ChatKind.Supergroup);
        foreach (var (key, thread) in new (string, int?)[] { ("a", 11), ("b", 22), ("c", 11), ("d", null) })
        {
            await Store.Stories.AddStoryAsync(
                Story(new NewArticle(key, "hash-" + key, Sources.Folder, key + ".txt", new Understanding { Headline = "Headline " + key, Summary = "", KeyTimes = [], Topics = [], IsAlert = true, Warnings = [], Body = "" })),
                id => [new NewDelivery($"a:{id}:-1001", -1001, DeliveryKind.Alert, Time.GetUtcNow()) { ArticleId = id, Held = true, ThreadId = thread }]);
        }

        var count = await Store.Outbox.CreateDigestAsync(-1001, "digest:1", articles => string.Join("|", articles.Select(a => a.Understanding.Headline)));
        var again = await Store.Outbox.CreateDigestAsync(-1001, "digest:1", _ => "x");
        var digests = await Store.Outbox.ClaimDueAsync("me", 10, Lease, TimeSpan.Zero, TimeSpan.Zero);
        while (digests.Count < 3 && digests.Count > 0)
        {
            await SentAsync(digests[^1], 1, "1");
            digests = [.. digests, .. await Store.Outbox.ClaimDueAsync("me", 10, Lease, TimeSpan.Zero, TimeSpan.Zero)];
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
        await Store.Chats.MigrateChatAsync(-5, -1005);
        await EnqueueAsync([Text("routed-before-the-move", -5)]);

        var claimed = Assert.Single(await ClaimAsync("me"));

        Assert.Equal(-1005, claimed.ChatId);
        Assert.Null(await Store.Chats.GetChatAsync(-5));
    }

    [Fact]
    public async Task RecoverExpiredLeases_ResendPolicy_PutsInFlightRowsBackAndCountsThem()
    {
        await AddChatAsync(1);
        await AddArticleAsync("a", 1);
        var claimed = await ClaimAsync("dead-sender");

        var beforeExpiry = await Store.Outbox.RecoverExpiredLeasesAsync(resend: true);
        Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var afterExpiry = await Store.Outbox.RecoverExpiredLeasesAsync(resend: true);
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

        await Store.Outbox.RecoverExpiredLeasesAsync(resend: false);
        var dead = await Store.Outbox.GetDeliveriesAsync(DeliveryStates.Dead, null, 10);
        var replayed = await Store.Outbox.ReplayAsync(claimed[0].Id);
        var replayedTwice = await Store.Outbox.ReplayAsync(claimed[0].Id);

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
        await Store.Outbox.RecordPartsAsync(claimed[0].Id, 1, "41");
        await SentAsync(claimed[0], 2, "41,42");
        Time.Advance(TimeSpan.FromHours(1));
        await Store.Outbox.RecoverExpiredLeasesAsync(resend: true);

        var row = (await Store.Outbox.GetDeliveriesAsync(null, 1, 10)).Single();
        Assert.Equal(DeliveryStates.Sent, row.State);
        Assert.Equal("41,42", row.MessageIds);
        Assert.Empty(await ClaimAsync("me"));
    }

    [Fact]
    public async Task NextDue_ReflectsBackoffAndChatPause()
    {
        await AddChatAsync(1);
        await AddArticleAsync("a", 1);
        var claimed = await ClaimAsync("me");
        await Store.Outbox.RetryLaterAsync(claimed[0].Id, Time.GetUtcNow().AddSeconds(30), "502", unknownOutcome: true);
        await Store.Outbox.PauseChatAsync(1, Time.GetUtcNow().AddSeconds(60));

        Assert.Equal(Time.GetUtcNow().AddSeconds(60), await Store.Outbox.NextDueAsync());
        Assert.Empty(await ClaimAsync("me"));
        Time.Advance(TimeSpan.FromSeconds(61));
        Assert.Single(await ClaimAsync("me"));
    }
}

public sealed class SqliteOutboxTests() : OutboxTests(null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxTests(PostgresServer server) : OutboxTests(server);
