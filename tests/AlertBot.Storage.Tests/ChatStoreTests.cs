using AlertBot.Core.Route;
using AlertBot.Core.Understand;

namespace AlertBot.Storage.Tests;

/// <summary>Chats and their settings, the /use selection and the update offset, committed together with a command's replies. On a real SQLite file and a real PostgreSQL server.</summary>
public abstract class ChatStoreTests(PostgresServer? server) : StoreTestBase(server)
{
    [Fact]
    public async Task GetChats_AnotherInstanceChangesSubscriptionsOrDisablesAChat_NextReadSeesIt()
    {
        await AddChatAsync(1, ChatKind.Channel);
        await AddChatAsync(2, ChatKind.Channel);
        var other = Stores.Create(Database, Time); // a second instance on the same database
        var before = await Store.Chats.GetChatsAsync(enabledOnly: true);
        var again = await Store.Chats.GetChatsAsync(enabledOnly: true);

        await other.Chats.SaveChatAsync(new ChatSettings { Id = 1, Kind = ChatKind.Channel, Title = "chat 1", Topics = new HashSet<string> { "sudan" } });
        var afterSubscribe = await Store.Chats.GetChatsAsync(enabledOnly: true);
        await other.Chats.DisableChatAsync(2, "kicked");
        var afterDisable = await Store.Chats.GetChatsAsync(enabledOnly: true);

        Assert.Same(before, again); // unchanged: served from memory
        Assert.Equal(["sudan"], afterSubscribe.Single(c => c.Id == 1).Topics);
        Assert.Equal([1L], afterDisable.Select(c => c.Id));
    }

    [Fact]
    public async Task DisableChat_ClosesItsOpenRowsAndStopsClaims()
    {
        await AddChatAsync(1);
        await AddChatAsync(2);
        await AddArticleAsync("a", 1, 2);

        await Store.Chats.DisableChatAsync(1, "Forbidden: bot was blocked by the user");
        var claimed = await ClaimAsync("me");
        var chat = await Store.Chats.GetChatAsync(1);

        Assert.Equal([2L], claimed.Select(d => d.ChatId));
        Assert.False(chat!.Enabled);
        Assert.Contains("blocked", chat.DisabledReason, StringComparison.Ordinal);
        Assert.Equal(DeliveryStates.Cancelled, (await Store.Outbox.GetDeliveriesAsync(null, 1, 10)).Single().State);
    }

    [Fact]
    public async Task MigrateChat_MovesSettingsAndPendingRowsToTheNewId()
    {
        await AddChatAsync(-100, ChatKind.Group);
        await AddArticleAsync("a", -100);

        await Store.Chats.MigrateChatAsync(-100, -1001234567890);
        var claimed = await ClaimAsync("me");
        var moved = await Store.Chats.GetChatAsync(-1001234567890);

        Assert.Equal(-1001234567890, claimed.Single().ChatId);
        Assert.Equal(ChatKind.Supergroup, moved!.Kind);
        Assert.Contains(ChatSettings.AllTopics, moved.Topics);
        Assert.Null(await Store.Chats.GetChatAsync(-100));
    }

    [Fact]
    public async Task ApplyCommand_StoresChatRepliesAndOffsetTogether()
    {
        var chat = new ChatSettings { Id = 5, Kind = ChatKind.Private, Title = "Ann", TimeZone = "Europe/Kyiv", Quiet = new QuietHours(new TimeOnly(23, 0), new TimeOnly(7, 0), QuietPolicy.Silent), Topics = new HashSet<string> { "ukraine" } };
        var reply = new NewDelivery("u:77", 5, DeliveryKind.Text, Time.GetUtcNow()) { Payload = "hi" };

        await Store.Chats.ApplyCommandAsync(78, chat, null, [reply]);
        await Store.Chats.ApplyCommandAsync(78, null, null, [reply]);

        Assert.Equal(78, await Store.Chats.GetUpdateOffsetAsync());
        Assert.Equal(chat.TimeZone, (await Store.Chats.GetChatAsync(5))!.TimeZone);
        Assert.Equal(chat.Quiet, (await Store.Chats.GetChatAsync(5))!.Quiet);
        Assert.Single(await Store.Outbox.GetDeliveriesAsync(null, 5, 10));
    }

    [Fact]
    public async Task SaveChat_KeywordsExcludesAndTopicThreads_RoundTrip()
    {
        var chat = new ChatSettings
        {
            Id = -1001,
            Kind = ChatKind.Supergroup,
            Title = "Desk",
            Topics = new HashSet<string> { "africa", "europe", ChatSettings.AllTopics },
            TopicThreads = new Dictionary<string, int> { ["africa"] = 11, ["europe"] = 12 },
            Keywords = new HashSet<string> { "drone strike", "wagner" },
            Excludes = new HashSet<string> { "football" },
        };

        await Store.Chats.SaveChatAsync(chat);
        var one = await Store.Chats.GetChatAsync(-1001);
        var all = (await Store.Chats.GetChatsAsync(enabledOnly: true)).Single(c => c.Id == -1001);

        foreach (var loaded in new[] { one!, all })
        {
            Assert.Equal(chat.Topics.Order(), loaded.Topics.Order());
            Assert.Equal(chat.TopicThreads.OrderBy(p => p.Key), loaded.TopicThreads.OrderBy(p => p.Key));
            Assert.Equal(chat.Keywords.Order(), loaded.Keywords.Order());
            Assert.Equal(["football"], loaded.Excludes);
        }

        await Store.Chats.SaveChatAsync(one! with { Keywords = new HashSet<string>(), TopicThreads = new Dictionary<string, int>() });
        var cleared = await Store.Chats.GetChatAsync(-1001);
        Assert.Empty(cleared!.Keywords);
        Assert.Empty(cleared.TopicThreads);
        Assert.Equal(["football"], cleared.Excludes);
    }

    [Fact]
    public async Task SaveChat_Circles_RoundTripInOrder_AndAreReplacedOrCleared()
    {
        var chat = new ChatSettings
        {
            Id = -1004,
            Kind = ChatKind.Supergroup,
            Title = "Map desk",
            Near = [new NearCircle("Kharkiv", 49.9808, 36.2527, 50), new NearCircle("Goma", -1.6741, 29.2284, 20.5), new NearCircle("Paris, Texas", 33.6609, -95.5555, 2000)],
        };

        await Store.Chats.SaveChatAsync(chat);
        var one = await Store.Chats.GetChatAsync(-1004);
        var all = (await Store.Chats.GetChatsAsync(enabledOnly: true)).Single(c => c.Id == -1004);
        await Store.Chats.SaveChatAsync(one! with { Near = [new NearCircle("your location near Lviv", 49.84, 24.03, 10)] });
        var replaced = await Store.Chats.GetChatAsync(-1004);
        await Store.Chats.SaveChatAsync(replaced! with { Near = [] });
        var cleared = await Store.Chats.GetChatAsync(-1004);

        Assert.Equal(chat.Near, one!.Near);
        Assert.Equal(chat.Near, all.Near);
        Assert.Equal([new NearCircle("your location near Lviv", 49.84, 24.03, 10)], replaced!.Near);
        Assert.Empty(cleared!.Near);
    }

    [Fact]
    public async Task SaveChat_AlertFormat_RoundTrips_AndOnlyChosenFormatsAreListed()
    {
        await Store.Chats.SaveChatAsync(new ChatSettings { Id = -1005, Kind = ChatKind.Channel, Title = "Classic", Format = AlertFormat.Html });
        await Store.Chats.SaveChatAsync(new ChatSettings { Id = -1006, Kind = ChatKind.Channel, Title = "Rich", Format = AlertFormat.Rich });
        await Store.Chats.SaveChatAsync(new ChatSettings { Id = -1007, Kind = ChatKind.Channel, Title = "Operator's choice" });

        var formats = await Store.Chats.GetAlertFormatsAsync([-1005, -1006, -1007, -1999]);
        var classic = await Store.Chats.GetChatAsync(-1005);
        await Store.Chats.SaveChatAsync(classic! with { Format = null });

        Assert.Equal(AlertFormat.Html, classic.Format);
        Assert.Equal(new Dictionary<long, AlertFormat> { [-1005] = AlertFormat.Html, [-1006] = AlertFormat.Rich }, formats);
        Assert.Null((await Store.Chats.GetChatAsync(-1005))!.Format);
        Assert.Null((await Store.Chats.GetChatsAsync(enabledOnly: true)).Single(c => c.Id == -1007).Format);
    }

    [Fact]
    public async Task MigrateChat_GroupBecomesSupergroup_CirclesMoveWithIt()
    {
        await Store.Chats.SaveChatAsync(new ChatSettings { Id = -5005, Kind = ChatKind.Group, Title = "Old", Near = [new NearCircle("Goma", -1.6741, 29.2284, 20)] });

        await Store.Chats.MigrateChatAsync(-5005, -1005005);

        Assert.Equal("Goma", Assert.Single((await Store.Chats.GetChatAsync(-1005005))!.Near).Name);
    }

    [Fact]
    public async Task ApplyCommand_UseSelection_StoredWithTheOffset_AndClearedByHere()
    {
        await Store.Chats.ApplyCommandAsync(10, null, new CommandTarget(5, -1003), []);
        var selected = await Store.Chats.GetCommandTargetAsync(5);
        await Store.Chats.ApplyCommandAsync(11, null, new CommandTarget(5, null), []);

        Assert.Equal(-1003, selected);
        Assert.Null(await Store.Chats.GetCommandTargetAsync(5));
        Assert.Equal(11, await Store.Chats.GetUpdateOffsetAsync());
    }
}

public sealed class SqliteChatStoreTests() : ChatStoreTests(null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresChatStoreTests(PostgresServer server) : ChatStoreTests(server);
