using AlertBot.Core.Route;

namespace AlertBot.Storage.Tests;

// Bot commands: keywords, forum threads and the /use selection, on SQLite and PostgreSQL alike.
public abstract partial class AlertStoreTests
{
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

        await Store.SaveChatAsync(chat);
        var one = await Store.GetChatAsync(-1001);
        var all = (await Store.GetChatsAsync(enabledOnly: true)).Single(c => c.Id == -1001);

        foreach (var loaded in new[] { one!, all })
        {
            Assert.Equal(chat.Topics.Order(), loaded.Topics.Order());
            Assert.Equal(chat.TopicThreads.OrderBy(p => p.Key), loaded.TopicThreads.OrderBy(p => p.Key));
            Assert.Equal(chat.Keywords.Order(), loaded.Keywords.Order());
            Assert.Equal(["football"], loaded.Excludes);
        }

        await Store.SaveChatAsync(one! with { Keywords = new HashSet<string>(), TopicThreads = new Dictionary<string, int>() });
        var cleared = await Store.GetChatAsync(-1001);
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

        await Store.SaveChatAsync(chat);
        var one = await Store.GetChatAsync(-1004);
        var all = (await Store.GetChatsAsync(enabledOnly: true)).Single(c => c.Id == -1004);
        await Store.SaveChatAsync(one! with { Near = [new NearCircle("your location near Lviv", 49.84, 24.03, 10)] });
        var replaced = await Store.GetChatAsync(-1004);
        await Store.SaveChatAsync(replaced! with { Near = [] });
        var cleared = await Store.GetChatAsync(-1004);

        Assert.Equal(chat.Near, one!.Near);
        Assert.Equal(chat.Near, all.Near);
        Assert.Equal([new NearCircle("your location near Lviv", 49.84, 24.03, 10)], replaced!.Near);
        Assert.Empty(cleared!.Near);
    }

    [Fact]
    public async Task SaveChat_AlertFormat_RoundTrips_AndOnlyChosenFormatsAreListed()
    {
        await Store.SaveChatAsync(new ChatSettings { Id = -1005, Kind = ChatKind.Channel, Title = "Classic", Format = AlertFormat.Html });
        await Store.SaveChatAsync(new ChatSettings { Id = -1006, Kind = ChatKind.Channel, Title = "Rich", Format = AlertFormat.Rich });
        await Store.SaveChatAsync(new ChatSettings { Id = -1007, Kind = ChatKind.Channel, Title = "Operator's choice" });

        var formats = await Store.GetAlertFormatsAsync([-1005, -1006, -1007, -1999]);
        var classic = await Store.GetChatAsync(-1005);
        await Store.SaveChatAsync(classic! with { Format = null });

        Assert.Equal(AlertFormat.Html, classic.Format);
        Assert.Equal(new Dictionary<long, AlertFormat> { [-1005] = AlertFormat.Html, [-1006] = AlertFormat.Rich }, formats);
        Assert.Null((await Store.GetChatAsync(-1005))!.Format);
        Assert.Null((await Store.GetChatsAsync(enabledOnly: true)).Single(c => c.Id == -1007).Format);
    }

    [Fact]
    public async Task MigrateChat_GroupBecomesSupergroup_CirclesMoveWithIt()
    {
        await Store.SaveChatAsync(new ChatSettings { Id = -5005, Kind = ChatKind.Group, Title = "Old", Near = [new NearCircle("Goma", -1.6741, 29.2284, 20)] });

        await Store.MigrateChatAsync(-5005, -1005005);

        Assert.Equal("Goma", Assert.Single((await Store.GetChatAsync(-1005005))!.Near).Name);
    }

    [Fact]
    public async Task ClaimDue_DeliveryWithAThread_CarriesTheThreadId()
    {
        await AddChatAsync(-1002, ChatKind.Supergroup);
        await Store.EnqueueAsync([new NewDelivery("t:1", -1002, DeliveryKind.Text, Time.GetUtcNow()) { Payload = "x", ThreadId = 42 }]);

        var claimed = await ClaimAsync("me");

        Assert.Equal(42, claimed.Single().ThreadId);
    }

    [Fact]
    public async Task ApplyCommand_UseSelection_StoredWithTheOffset_AndClearedByHere()
    {
        await Store.ApplyCommandAsync(10, null, new CommandTarget(5, -1003), []);
        var selected = await Store.GetCommandTargetAsync(5);
        await Store.ApplyCommandAsync(11, null, new CommandTarget(5, null), []);

        Assert.Equal(-1003, selected);
        Assert.Null(await Store.GetCommandTargetAsync(5));
        Assert.Equal(11, await Store.GetUpdateOffsetAsync());
    }
}
