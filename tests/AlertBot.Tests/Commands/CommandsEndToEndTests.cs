using System.Text.Json.Nodes;
using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.TestBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Tests.Commands;

/// <summary>Subscribers and channel admins configure AlertBot from Telegram, through the real host and the strict test Bot API server.</summary>
public sealed class CommandsEndToEndTests : HostedBotTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);
    private static readonly string[] FastArgs = ["--Telegram:PrivateChatInterval=00:00:00.05", "--Telegram:GroupChatInterval=00:00:00.05"];

    // Telegram's per-chat spacing (1 s private, 3 s groups) is the delivery tests' business; here it only slows the conversation.
    protected override IEnumerable<string> HostArgs => FastArgs;

    [Fact]
    public async Task Start_ThenTopicButton_ReceivesOnlyMatchingArticles()
    {
        Server.AddPrivateChat(1101, "Ann");
        await CommandAsync(1101, 1101, "/start");
        var welcome = Server.SentTo(1101)[0];
        var data = CallbackData(welcome).Single(d => d == "t:africa-security");

        Server.SendCallbackQuery(1101, 1101, welcome.MessageId, data);
        await Server.WaitUntilAsync(s => s.AnsweredCallbacks.Count == 1, Wait);
        // The button is answered before the change is stored; articles that arrive in between still go by the old topics.
        await WaitForChatAsync(1101, c => c.Topics.SetEquals(["africa-security"]));
        await Host.DropArticleAsync("kyiv.txt", Articles.Kyiv);
        await Host.DropArticleAsync("mali.txt", Articles.Mali);
        await Server.WaitUntilAsync(s => s.SentTo(1101).Count == 2, Wait);
        await Task.Delay(Settle);

        Assert.Contains("only africa-security", Server.AnsweredCallbacks[0].Text, StringComparison.Ordinal);
        // The tapped keyboard is redrawn: the picked topic carries the tick, "all" no longer does.
        var redrawn = Server.Edits.Last(e => e.ChatId == 1101 && e.MessageId == welcome.MessageId).ReplyMarkupJson!;
        Assert.Contains("✅ africa-security", System.Text.RegularExpressions.Regex.Unescape(redrawn), StringComparison.Ordinal);
        Assert.DoesNotContain("✅ all", System.Text.RegularExpressions.Regex.Unescape(redrawn), StringComparison.Ordinal);
        var messages = Server.SentTo(1101);
        Assert.Equal(2, messages.Count);
        Assert.Contains("Gao", messages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicButton_FromGroupNonAdmin_IsRefused_AndFromAdmin_IsApplied()
    {
        Server.AddGroup(-100210, "Ops room");
        Server.SetMember(-100210, 7, "member");
        Server.SetMember(-100210, 8, "administrator");
        await CommandAsync(-100210, 8, "/topics");
        var keyboard = Server.SentTo(-100210)[0];

        Server.SendCallbackQuery(-100210, 7, keyboard.MessageId, "t:ukraine-war");
        await Server.WaitUntilAsync(s => s.AnsweredCallbacks.Count == 1, Wait);
        Server.SendCallbackQuery(-100210, 8, keyboard.MessageId, "t:ukraine-war");
        await Server.WaitUntilAsync(s => s.AnsweredCallbacks.Count == 2, Wait);
        await CommandAsync(-100210, 7, "/status");

        Assert.Contains("Only admins", Server.AnsweredCallbacks[0].Text, StringComparison.Ordinal);
        Assert.Contains("Following", Server.AnsweredCallbacks[1].Text, StringComparison.Ordinal);
        Assert.Contains("Topics: ukraine-war", Server.SentTo(-100210)[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicButton_InAChannel_ChecksTheTappingUser_AndNoKeyboardIsPostedThere()
    {
        const long Channel = -100220, Reader = 20, Admin = 21;
        Server.AddChannel(Channel, "Wire Desk");
        Server.SetMember(Channel, Reader, "member");
        Server.SetMember(Channel, Admin, "administrator");
        Server.SendMyChatMember(Channel, Admin, "left", "administrator");
        await WaitForChatAsync(Channel, c => c.Enabled); // registered; nothing is posted to the channel's readers

        var topicsReply = await CommandAsync(Channel, 0, "/topics");
        var posted = Server.SentTo(Channel)[^1];
        // A keyboard posted before this fix (or any message id): a reader's tap must not retune the channel.
        Server.SendCallbackQuery(Channel, Reader, posted.MessageId, "t:all");
        await Server.WaitUntilAsync(s => s.AnsweredCallbacks.Count == 1, Wait);
        var afterReader = (await Store.Chats.GetChatAsync(Channel))!.Topics.ToList();
        Server.SendCallbackQuery(Channel, Admin, posted.MessageId, "t:all");
        await Server.WaitUntilAsync(s => s.AnsweredCallbacks.Count == 2, Wait);
        await WaitForChatAsync(Channel, c => c.Topics.Contains("all"));

        Assert.Null(posted.ReplyMarkupJson);
        Assert.Contains("/channels", topicsReply, StringComparison.Ordinal);
        Assert.Contains("Only admins", Server.AnsweredCallbacks[0].Text, StringComparison.Ordinal);
        Assert.Empty(afterReader);
        Assert.Contains("Following all", Server.AnsweredCallbacks[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCheck_TelegramFails_RefusesPolitely_AndTheNextTryIsApplied()
    {
        const long Group = -100230, Admin = 22;
        Server.AddGroup(Group, "Night desk");
        Server.SetMember(Group, Admin, "administrator");
        await CommandAsync(Group, Admin, "/topics");
        var keyboard = Server.SentTo(Group)[^1];

        Server.Faults.NextFor("getChatMember", Fault.ServerError(502, "Bad Gateway"));
        var refused = await CommandAsync(Group, Admin, "/subscribe ukraine");
        Server.Faults.NextFor("getChatMember", Fault.ServerError(502, "Bad Gateway"));
        Server.SendCallbackQuery(Group, Admin, keyboard.MessageId, "t:all");
        await Server.WaitUntilAsync(s => s.AnsweredCallbacks.Count == 1, Wait);
        var unchanged = (await Store.Chats.GetChatAsync(Group))!.Topics.ToList();
        var applied = await CommandAsync(Group, Admin, "/subscribe ukraine");

        Assert.Contains("could not check your admin rights", refused, StringComparison.Ordinal);
        Assert.Contains("could not check your admin rights", Server.AnsweredCallbacks[0].Text, StringComparison.Ordinal);
        Assert.Empty(unchanged);
        Assert.Contains("Now following: ukraine", applied, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_DatabaseRefusesItsEffect_IsHandledAgainOnceTheDatabaseRecovers()
    {
        Server.AddPrivateChat(1301, "Dee");
        await CommandAsync(1301, 1301, "/start");
        // A real failure inside the command's transaction: the offset row cannot be written.
        await ExecuteAsync(
            """
            CREATE TRIGGER fail_offset_insert BEFORE INSERT ON bot_state WHEN NEW.key = 'telegram.offset' BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
            CREATE TRIGGER fail_offset_update BEFORE UPDATE ON bot_state WHEN NEW.key = 'telegram.offset' BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
            """);
        var polls = Server.Stats.Requests("getUpdates");
        Server.SendText(1301, 1301, "/timezone Europe/Kyiv");
        // The poller fetched the command, failed to store its effect, backed off and polled again.
        await Server.WaitUntilAsync(s => s.Stats.Requests("getUpdates") >= polls + 2, Wait);
        var zoneDuringFailure = (await Store.Chats.GetChatAsync(1301))!.TimeZone;
        await ExecuteAsync("DROP TRIGGER fail_offset_insert; DROP TRIGGER fail_offset_update;");

        await Server.WaitUntilAsync(s => s.SentTo(1301).Count == 2, Wait);
        await WaitForChatAsync(1301, c => c.TimeZone == "Europe/Kyiv");
        await CommandAsync(1301, 1301, "/status");

        Assert.Equal("Etc/UTC", zoneDuringFailure);
        Assert.Contains("Time zone: Europe/Kyiv", Server.SentTo(1301)[1].Text, StringComparison.Ordinal);
        Assert.Equal(3, Server.SentTo(1301).Count); // the command was answered once, then /status
    }

    [Fact]
    public async Task Channel_ConfiguredFromAPrivateChat_GetsTheAlerts_AndAdminRightsAreCheckedEachTime()
    {
        const long Channel = -100300, Admin = 9, Stranger = 10;
        Server.AddChannel(Channel, "Flash Wire", "flashwire");
        Server.SetMember(Channel, Admin, "administrator");
        Server.AddPrivateChat(Admin, "Ada");
        Server.AddPrivateChat(Stranger, "Sam");
        Server.SendMyChatMember(Channel, Admin, "left", "administrator");
        await WaitForChatAsync(Channel, c => c.Enabled); // registered; nothing is posted to the channel's readers

        var channels = await CommandAsync(Admin, Admin, "/channels");
        var strangerChannels = await CommandAsync(Stranger, Stranger, "/channels");
        var strangerUse = await CommandAsync(Stranger, Stranger, "/use @flashwire");
        var use = await CommandAsync(Admin, Admin, "/use @flashwire");
        var subscribe = await CommandAsync(Admin, Admin, "/subscribe africa-security");
        var status = await CommandAsync(Admin, Admin, "/status");
        await Host.DropArticleAsync("kyiv.txt", Articles.Kyiv);
        await Host.DropArticleAsync("mali.txt", Articles.Mali);
        await Server.WaitUntilAsync(s => s.SentTo(Channel).Count == 1, Wait);
        await CommandAsync(Admin, Admin, "/topics");
        var keyboard = Server.SentTo(Admin)[^1];
        Server.SendCallbackQuery(Admin, Admin, keyboard.MessageId, "c:-100300:ukraine-war");
        await Server.WaitUntilAsync(s => s.AnsweredCallbacks.Count == 1, Wait);

        Server.SetMember(Channel, Admin, "member");
        var demoted = await CommandAsync(Admin, Admin, "/mode digest 07:00");
        var back = await CommandAsync(Admin, Admin, "/use here");
        var own = await CommandAsync(Admin, Admin, "/status");
        await Task.Delay(Settle);

        Assert.Contains("Flash Wire", channels, StringComparison.Ordinal);
        Assert.Contains("/use -100300", channels, StringComparison.Ordinal);
        Assert.DoesNotContain("Flash Wire", strangerChannels, StringComparison.Ordinal);
        Assert.Contains("only admins of channel Flash Wire", strangerUse, StringComparison.Ordinal);
        Assert.Contains("Now configuring channel Flash Wire", use, StringComparison.Ordinal);
        Assert.StartsWith("For channel Flash Wire: Now following: africa-security.", subscribe, StringComparison.Ordinal);
        Assert.StartsWith("For channel Flash Wire:", status, StringComparison.Ordinal);
        Assert.Contains("Topics: africa-security", status, StringComparison.Ordinal);
        var channelMessages = Server.SentTo(Channel);
        Assert.Single(channelMessages); // the Mali alert, and no greeting before it
        Assert.Contains("Gao", channelMessages[0].Text, StringComparison.Ordinal);
        Assert.Contains("not an admin of channel Flash Wire", demoted, StringComparison.Ordinal);
        Assert.Contains("this private chat again", back, StringComparison.Ordinal);
        Assert.DoesNotContain("For channel", own, StringComparison.Ordinal);
        Assert.Contains("c:-100300:ukraine-war", CallbackData(keyboard));
        Assert.Contains("Following ukraine-war", Server.AnsweredCallbacks[0].Text, StringComparison.Ordinal);
        var chat = await Store.Chats.GetChatAsync(Channel);
        Assert.Equal(Core.Route.DeliveryMode.Instant, chat!.Mode);
        Assert.Equal(["africa-security", "ukraine-war"], chat.Topics.Order(StringComparer.Ordinal));
        Assert.Empty((await Store.Chats.GetChatAsync(Admin))!.Topics); // the admin's own chat was never changed
    }

    [Fact]
    public async Task ChannelsButton_PicksAGroup_AndUseByTitleFindsItAgain()
    {
        const long Group = -100600, Admin = 21;
        Server.AddGroup(Group, "Night Shift");
        Server.SetMember(Group, Admin, "administrator");
        Server.AddPrivateChat(Admin, "Kim");
        Server.SendMyChatMember(Group, Admin, "left", "member");
        await Server.WaitUntilAsync(s => s.SentTo(Group).Count == 1, Wait);

        await CommandAsync(Admin, Admin, "/channels");
        var list = Server.SentTo(Admin)[^1];
        Server.SendCallbackQuery(Admin, Admin, list.MessageId, "u:-100600");
        await Server.WaitUntilAsync(s => s.SentTo(Admin).Count == 2, Wait);
        var picked = Server.SentTo(Admin)[^1].Text;
        var zone = await CommandAsync(Admin, Admin, "/timezone Asia/Tokyo");
        await CommandAsync(Admin, Admin, "/use here");
        var byTitle = await CommandAsync(Admin, Admin, "/use night shift");

        Assert.Equal(["u:-100600", "u:here"], CallbackData(list));
        Assert.Contains("Now configuring group Night Shift", picked, StringComparison.Ordinal);
        Assert.StartsWith("For group Night Shift: Time zone: Asia/Tokyo.", zone, StringComparison.Ordinal);
        Assert.Contains("Now configuring group Night Shift", byTitle, StringComparison.Ordinal);
        Assert.Equal("Asia/Tokyo", (await Store.Chats.GetChatAsync(Group))!.TimeZone);
        Assert.Equal("Etc/UTC", (await Store.Chats.GetChatAsync(Admin))!.TimeZone);
        Assert.Single(Server.SentTo(Group)); // nothing was posted in the group but the bot's hello
    }

    [Fact]
    public async Task ChannelPost_Command_IsAppliedAndItsPostDeleted()
    {
        const long Channel = -100400;
        Server.AddChannel(Channel, "Breaking Desk");
        Server.SendMyChatMember(Channel, 12, "left", "administrator");
        await WaitForChatAsync(Channel, c => c.Enabled); // registered; nothing is posted to the channel's readers

        var reply = await CommandAsync(Channel, 0, "/subscribe ukraine");
        await Server.WaitUntilAsync(s => s.DeletedMessages.Count == 1, Wait);

        Assert.Contains("Now following: ukraine", reply, StringComparison.Ordinal);
        var deleted = Server.DeletedMessages.Single();
        Assert.Equal(Channel, deleted.ChatId);
        Assert.Null(Server.MessageText(Channel, deleted.MessageId));
        Assert.True(Server.SentTo(Channel)[^1].DisableNotification); // the channel's readers are not pinged for it
        Assert.Contains("ukraine", (await Store.Chats.GetChatAsync(Channel))!.Topics);
    }

    [Fact]
    public async Task ForumThread_SubscribeInsideAThread_RoutesThatTopicsAlertsToIt()
    {
        const long Forum = -100500, Admin = 11;
        Server.AddGroup(Forum, "Regional desk", isForum: true);
        Server.SetMember(Forum, Admin, "administrator");
        var africa = Server.AddForumTopic(Forum, "Africa");
        var europe = Server.AddForumTopic(Forum, "Europe");

        var first = await CommandAsync(Forum, Admin, "/subscribe africa-security", africa);
        await CommandAsync(Forum, Admin, "/subscribe ukraine-war", europe);
        await Host.DropArticleAsync("mali.txt", Articles.Mali);
        await Host.DropArticleAsync("kyiv.txt", Articles.Kyiv);
        await Server.WaitUntilAsync(s => s.SentTo(Forum).Count == 4, Wait);
        await Task.Delay(Settle);

        Assert.Contains("go to this thread", first, StringComparison.Ordinal);
        var messages = Server.SentTo(Forum);
        Assert.Equal(4, messages.Count);
        Assert.Equal(africa, messages[0].MessageThreadId); // the reply, in the thread it was asked in
        var gao = Assert.Single(messages, m => m.Text.Contains("Gao", StringComparison.Ordinal));
        var kyiv = Assert.Single(messages, m => m.Text.Contains("Kyiv Power Station", StringComparison.Ordinal));
        Assert.Equal(africa, gao.MessageThreadId);
        Assert.Equal(europe, kyiv.MessageThreadId);
    }

    [Fact]
    public async Task Keywords_IncludeAndExclude_DecideWhoGetsWhat()
    {
        Server.AddPrivateChat(1301, "Everything-but-convoys");
        Server.AddPrivateChat(1302, "Only-convoys");
        await CommandAsync(1301, 1301, "/start");
        var excluded = await CommandAsync(1301, 1301, "/exclude add convoy");
        await CommandAsync(1302, 1302, "/start");
        await CommandAsync(1302, 1302, "/unsubscribe all");
        var included = await CommandAsync(1302, 1302, "/keywords add border crossing, ambush");

        await Host.DropArticleAsync("convoy.txt", Fixtures.Numbered(31));
        await Server.WaitUntilAsync(s => s.SentTo(1302).Count == 4, Wait);
        await Host.DropArticleAsync("mali.txt", Articles.Mali);
        await Server.WaitUntilAsync(s => s.SentTo(1301).Count == 3, Wait);
        await Task.Delay(Settle);

        Assert.Contains("Excluded words: convoy", excluded, StringComparison.Ordinal);
        Assert.Contains("Keywords: ambush, border crossing", included, StringComparison.Ordinal);
        var everything = Server.SentTo(1301);
        var convoys = Server.SentTo(1302);
        Assert.Equal(3, everything.Count);
        Assert.Contains("Gao", everything[2].Text, StringComparison.Ordinal);
        Assert.Equal(4, convoys.Count);
        Assert.Contains("Flash Update 31", convoys[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conversation_AcrossARestart_NoCommandLostOrRepeated()
    {
        const long Chat = 1401;
        Server.AddPrivateChat(Chat, "Rae");
        await CommandAsync(Chat, Chat, "/start");
        var welcome = Server.SentTo(Chat)[0];

        // Button taps toggle: one handled twice would leave a different set of topics.
        Server.SendCallbackQuery(Chat, Chat, welcome.MessageId, "t:ukraine-war");
        Server.SendText(Chat, Chat, "/subscribe ukraine");
        Server.SendText(Chat, Chat, "/timezone Europe/Kyiv");
        await Host.RestartAsync(FastArgs); // some of these may still be unhandled when the host stops
        Server.SendText(Chat, Chat, "/quiet 23:00-07:00");
        Server.SendCallbackQuery(Chat, Chat, welcome.MessageId, "t:ukraine-war");
        Server.SendText(Chat, Chat, "/keywords add drone");
        Server.SendText(Chat, Chat, "/status");
        await Server.WaitUntilAsync(s => s.SentTo(Chat).Any(m => m.Text.StartsWith("This chat gets", StringComparison.Ordinal)), Wait);
        await Host.RestartAsync(FastArgs);
        await Task.Delay(Settle);

        Assert.Equal(0, Server.PendingUpdates);
        Assert.Equal(2, Server.AnsweredCallbacks.Count);
        var status = Server.SentTo(Chat).First(m => m.Text.StartsWith("This chat gets", StringComparison.Ordinal)).Text;
        Assert.Contains("Topics: ukraine\n", status, StringComparison.Ordinal);
        Assert.Contains("Keywords: drone", status, StringComparison.Ordinal);
        Assert.Contains("Time zone: Europe/Kyiv", status, StringComparison.Ordinal);
        Assert.Contains("Quiet hours: 23:00–07:00", status, StringComparison.Ordinal);

        // One reply per command, each received. A reply in flight when the host stopped may arrive twice,
        // but only as a counted unknown outcome (the outbox's stated Resend policy), never from a repeated command.
        var rows = await ReplyRowsAsync(Chat);
        Assert.Equal(6, rows.Count);
        var received = Server.SentTo(Chat).Select(m => m.Text).ToList();
        string[] expected = ["Welcome", "Now following: ukraine, ukraine-war.", "Time zone: Europe/Kyiv", "Quiet hours 23:00", "Keywords: drone", "This chat gets"];
        Assert.All(expected, e => Assert.Contains(received, r => r.StartsWith(e, StringComparison.Ordinal)));
        Assert.InRange(received.Count, 6, 6 + rows.Sum(r => r.UnknownOutcomes));
    }

    [Fact]
    public async Task Startup_PublishesTheCommandMenu()
    {
        await Server.WaitUntilAsync(s => s.MyCommands.Count > 0, Wait);

        var names = Server.MyCommands.Select(c => c.Command).ToList();
        Assert.Contains("start", names);
        Assert.Contains("channels", names);
        Assert.Contains("keywords", names);
        Assert.All(Server.MyCommands, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
    }

    [Fact]
    public async Task QuietHoursNow_AlertIsHeldUntilTheirEnd()
    {
        Server.AddPrivateChat(1501, "Noa");
        var now = DateTimeOffset.UtcNow;
        var start = TimeOnly.FromDateTime(now.AddHours(-1).UtcDateTime);
        var end = TimeOnly.FromDateTime(now.AddHours(1).UtcDateTime);
        await CommandAsync(1501, 1501, "/start");
        await CommandAsync(1501, 1501, $"/quiet {start:HH\\:mm}-{end:HH\\:mm}");

        await Host.DropArticleAsync("mali.txt", Articles.Mali);
        var held = await WaitForAlertRowAsync(1501);
        await Task.Delay(Settle);

        Assert.Equal(2, Server.SentTo(1501).Count); // only the two replies
        Assert.Equal(DeliveryStates.Pending, held.State);
        var due = DateTimeOffset.FromUnixTimeMilliseconds(held.DueMs);
        Assert.InRange(due, now.AddMinutes(59), now.AddMinutes(61));
    }

    [Fact]
    public async Task Near_CommandsFromTheChat_StatusShowsTheCircle_UnknownPlaceSuggests_BadRadiusRefused_OffClears()
    {
        Server.AddPrivateChat(1601, "Lev");

        var added = await CommandAsync(1601, 1601, "/near Kharkiv 50");
        var status = await CommandAsync(1601, 1601, "/status");
        var unknown = await CommandAsync(1601, 1601, "/near Atlantisxyz 10");
        var tooFar = await CommandAsync(1601, 1601, "/near Kyiv 5000");
        var listed = await CommandAsync(1601, 1601, "/near");
        var off = await CommandAsync(1601, 1601, "/near off");
        var after = await CommandAsync(1601, 1601, "/status");

        Assert.StartsWith("Alerts within 50 km of Kharkiv (Ukraine)", added, StringComparison.Ordinal);
        Assert.Contains("Near: Kharkiv 50 km\n", status, StringComparison.Ordinal);
        Assert.StartsWith("I don't know Atlantisxyz. Did you mean: Atlantis", unknown, StringComparison.Ordinal);
        Assert.Equal("The radius must be between 1 km and 2,000 km.", tooFar);
        Assert.StartsWith("Near: Kharkiv 50 km", listed, StringComparison.Ordinal); // the refusals changed nothing
        Assert.StartsWith("Near: none", off, StringComparison.Ordinal);
        Assert.DoesNotContain("Near:", after, StringComparison.Ordinal);
        Assert.Empty((await Store.Chats.GetChatAsync(1601))!.Near);
    }

    [Fact]
    public async Task Near_InAGroup_OnlyAdminsSetIt()
    {
        const long Group = -100700, Member = 31, Admin = 32;
        AddGroupWithAdmin(Group, "Map room", Member, Admin);

        var refused = await CommandAsync(Group, Member, "/near Goma 20");
        var listed = await CommandAsync(Group, Member, "/near");
        var applied = await CommandAsync(Group, Admin, "/near Goma 20");

        Assert.Contains("only admins of this chat", refused, StringComparison.Ordinal);
        Assert.StartsWith("Near: none", listed, StringComparison.Ordinal);
        Assert.StartsWith("Alerts within 20 km of Goma", applied, StringComparison.Ordinal);
        Assert.Equal("Goma", Assert.Single((await Store.Chats.GetChatAsync(Group))!.Near).Name);
    }

    [Fact]
    public async Task Format_InAGroup_OnlyAdminsSetIt_AndBadArgumentsGetTheUsage()
    {
        const long Group = -100710, Member = 41, Admin = 42;
        AddGroupWithAdmin(Group, "Format room", Member, Admin);

        var refused = await CommandAsync(Group, Member, "/format classic");
        var shown = await CommandAsync(Group, Member, "/format");
        var bad = await CommandAsync(Group, Admin, "/format fancy");
        var applied = await CommandAsync(Group, Admin, "/format classic");

        Assert.Contains("only admins of this chat", refused, StringComparison.Ordinal);
        Assert.StartsWith("Alert format: ", shown, StringComparison.Ordinal);
        Assert.StartsWith("Usage: /format rich", bad, StringComparison.Ordinal);
        Assert.Equal("Alert format: classic.", applied);
        Assert.Equal(AlertFormat.Html, (await Store.Chats.GetChatAsync(Group))!.Format);
    }

    [Fact]
    public async Task SharedLocation_RadiusButton_OnlyTheStoryInsideTheCircleArrives()
    {
        const long Chat = 1701;
        Server.AddPrivateChat(Chat, "Oksana");
        Server.SendLocation(Chat, Chat, 49.9890, 36.2400, horizontalAccuracy: 40); // central Kharkiv

        await Server.WaitUntilAsync(s => s.SentTo(Chat).Count == 1, Wait);
        var question = Server.SentTo(Chat)[0];
        var buttons = JsonNode.Parse(question.ReplyMarkupJson!)!["inline_keyboard"]!.AsArray()
            .SelectMany(row => row!.AsArray())
            .ToDictionary(b => b!["text"]!.GetValue<string>(), b => b!["callback_data"]!.GetValue<string>());
        Server.SendCallbackQuery(Chat, Chat, question.MessageId, buttons["50 km"]);
        await Server.WaitUntilAsync(s => s.AnsweredCallbacks.Count == 1 && s.SentTo(Chat).Count == 2, Wait);
        await WaitForChatAsync(Chat, c => c.Near.Count == 1);
        var articlesBefore = await Store.Stories.CountArticlesAsync();
        await Host.DropArticleAsync("lviv.txt", Articles.Lviv);
        await Host.DropArticleAsync("kharkiv.txt", Articles.Kharkiv);
        // Routing is decided when an article is stored, in the same transaction: once both are, every alert row is known.
        await WaitUntilAsync(async () => await Store.Stories.CountArticlesAsync() == articlesBefore + 2);
        await Server.WaitUntilAsync(s => s.SentTo(Chat).Count == 3, Wait);

        Assert.Equal("Alerts within how far of here?", question.Text);
        Assert.Equal(["10 km", "25 km", "50 km", "100 km", "250 km"], buttons.Keys);
        Assert.All(buttons.Values, d => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(d), 1, 64));
        Assert.Equal("Alerts within 50 km of your location near Kharkiv", Server.AnsweredCallbacks[0].Text);
        Assert.StartsWith("Alerts within 50 km of your location near Kharkiv come here", Server.SentTo(Chat)[1].Text, StringComparison.Ordinal);
        var circle = Assert.Single((await Store.Chats.GetChatAsync(Chat))!.Near);
        Assert.Equal((49.989, 36.24, 50.0), (circle.Lat, circle.Lon, circle.RadiusKm));
        Assert.Equal(1, await AlertRowsAsync(Chat));
        Assert.Contains("Kharkiv Tram Depot", Server.SentTo(Chat)[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.SentTo(Chat), m => m.Text.Contains("Lviv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubscribeTown_TheTownsStoryArrives_AndTopicsSearchFindsItsRegion()
    {
        const long Chat = 1801;
        Server.AddPrivateChat(Chat, "Amani");

        var subscribed = await CommandAsync(Chat, Chat, "/subscribe goma");
        var search = await CommandAsync(Chat, Chat, "/topics kivu");
        var articlesBefore = await Store.Stories.CountArticlesAsync();
        await Host.DropArticleAsync("kyiv.txt", Articles.Kyiv);
        await Host.DropArticleAsync("goma.txt", Articles.Goma);
        await WaitUntilAsync(async () => await Store.Stories.CountArticlesAsync() == articlesBefore + 2);
        await Server.WaitUntilAsync(s => s.SentTo(Chat).Count == 3, Wait);

        Assert.StartsWith("Now following: goma.", subscribed, StringComparison.Ordinal);
        Assert.Contains("north-kivu — North Kivu, Democratic Republic of the Congo", search, StringComparison.Ordinal);
        Assert.Equal(1, await AlertRowsAsync(Chat));
        Assert.Contains("Outskirts Of Goma", Server.SentTo(Chat)[2].Text, StringComparison.Ordinal);
    }

    private Stores Store => Host.Services.GetRequiredService<Stores>();

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Wait)
                throw new TimeoutException("The store did not reach the expected state.");
            await Task.Delay(20);
        }
    }

    private async Task<long> AlertRowsAsync(long chatId)
    {
        await using var connection = await Store.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM deliveries WHERE chat_id = {chatId} AND kind = 'alert'";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Sends a command and returns the text of the one reply it gets.</summary>
    private void AddGroupWithAdmin(long group, string title, long member, long admin)
    {
        Server.AddGroup(group, title);
        Server.SetMember(group, member, "member");
        Server.SetMember(group, admin, "administrator");
    }

    private async Task<string> CommandAsync(long chatId, long userId, string text, int? thread = null)
    {
        var before = Server.SentTo(chatId).Count;
        Server.SendText(chatId, userId, text, thread);
        await Server.WaitUntilAsync(s => s.SentTo(chatId).Count > before, Wait);
        return Server.SentTo(chatId)[before].Text;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await Store.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task WaitForChatAsync(long chatId, Func<Core.Route.ChatSettings, bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await Store.Chats.GetChatAsync(chatId) is not { } chat || !condition(chat))
        {
            if (clock.Elapsed > Wait)
                throw new TimeoutException($"Chat {chatId} did not reach the expected settings.");
            await Task.Delay(20);
        }
    }

    private async Task<List<(long Id, long UnknownOutcomes)>> ReplyRowsAsync(long chatId)
    {
        await using var connection = await Store.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, unknown_outcomes FROM deliveries WHERE chat_id = {chatId} AND kind = 'text'";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, long)>();
        while (await reader.ReadAsync())
            rows.Add((reader.GetInt64(0), reader.GetInt64(1)));
        return rows;
    }

    private static IEnumerable<string> CallbackData(SentMessage message) =>
        JsonNode.Parse(message.ReplyMarkupJson!)!["inline_keyboard"]!.AsArray()
            .SelectMany(row => row!.AsArray())
            .Select(button => button!["callback_data"]!.GetValue<string>());

    private async Task<(string State, long DueMs)> WaitForAlertRowAsync(long chatId)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await using var connection = await Store.Database.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT state, due_ms FROM deliveries WHERE chat_id = {chatId} AND kind = 'alert'";
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync())
                return (reader.GetString(0), reader.GetInt64(1));
            if (clock.Elapsed > Wait)
                throw new TimeoutException("No alert row was created.");
            await Task.Delay(50);
        }
    }

    private static class Articles
    {
        public const string Mali =
            """
            Malian Army Repels Attack On Gao Base

            Malian soldiers repelled an attack on a military base near Gao in Mali on Sunday, the army said.

            At 0530 GMT on April 7th, 2024, the attackers opened fire on the base's northern gate.
            """;

        public const string Kharkiv =
            """
            Missile Strike Hits Kharkiv Tram Depot

            A missile struck a tram depot in Kharkiv on Tuesday, the city's mayor said, injuring three workers.

            At 0640 local time on May 14th, 2024, the first explosion was heard in the city's north.
            """;

        public const string Lviv =
            """
            Drone Debris Damages Lviv Warehouse

            Debris from a downed drone damaged a warehouse in Lviv on Tuesday, the regional governor said.

            At 0310 local time on May 14th, 2024, air defence units engaged the drones over the city.
            """;

        public const string Goma =
            """
            Shelling Reported On Outskirts Of Goma

            Shells landed on the outskirts of Goma on Wednesday, residents and aid workers said, as fighting drew closer to the city.

            At 1015 local time on May 15th, 2024, a camp for displaced people was hit, a hospital said.
            """;

        public const string Kyiv =
            """
            Drones Target Kyiv Power Station Overnight

            Air defence units shot down several drones over Kyiv, Ukraine, early on Sunday, officials said.

            At 0210 local time on April 7th, 2024, a power station in the capital was damaged by debris.
            """;
    }
}
