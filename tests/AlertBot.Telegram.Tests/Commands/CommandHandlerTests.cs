using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.Telegram.Commands;
using AlertBot.Telegram.Tests.TestBotApi;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Tests.Commands;

/// <summary>The command parser and the replies to each phrasing, with a real SQLite store and the real client against the test Bot API server.</summary>
public sealed class CommandHandlerTests : IAsyncLifetime
{
    private const long User = 4242;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "alertbot-commands-" + Guid.NewGuid().ToString("N")[..8]);
    private BotApiHarness _api = null!;
    private Stores _store = null!;
    private CommandHandler _handler = null!;
    private int _updateId;

    public async Task InitializeAsync()
    {
        _api = await BotApiHarness.StartAsync();
        _api.Server.AddPrivateChat(User, "Ann");
        var database = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_dir));
        Migrator.MigrateUp(database);
        _store = Stores.Create(database, TimeProvider.System);
        var catalog = new[] { new Topic { Name = "ukraine-war", Description = "The war" } };
        var topics = new TopicDirectory(catalog, ["ukraine", "mali", "sahel", "malta"]);
        _handler = new CommandHandler(_api.Bot, _store.Chats, _store.Outbox, _store.Stories, topics, TimeProvider.System, NullLogger<CommandHandler>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _store.Database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await _api.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("/start", "start", "", null)]
    [InlineData("/Subscribe ukraine sahel", "subscribe", "ukraine|sahel", null)]
    [InlineData("/subscribe@alertbot_test_bot  ukraine ", "subscribe", "ukraine", "alertbot_test_bot")]
    [InlineData("/mode digest 07:30", "mode", "digest|07:30", null)]
    [InlineData("/quiet\t23:00-07:00   silent", "quiet", "23:00-07:00|silent", null)]
    [InlineData("/keywords add drone strike, wagner", "keywords", "add|drone|strike,|wagner", null)]
    [InlineData("/", "", "", null)]
    [InlineData("/status@OtherBot", "status", "", "OtherBot")]
    public void Parse_Phrasings_SplitIntoCommandArgsAndMention(string text, string command, string args, string? mention)
    {
        var parsed = CommandHandler.Parse(text);

        Assert.Equal(command, parsed.Command);
        Assert.Equal(args.Length == 0 ? [] : args.Split('|'), parsed.Args);
        Assert.Equal(mention, parsed.Mention);
    }

    [Theory]
    [InlineData("t:ukraine", "ukraine", null)]
    [InlineData("c:-1001234567890:africa-security", "africa-security", -1001234567890L)]
    [InlineData("t:", null, null)]
    [InlineData("c:abc:ukraine", null, null)]
    [InlineData("c:-100:", null, null)]
    [InlineData("u:here", null, null)]
    public void ParseTopicButton_CallbackData_TopicAndTarget(string data, string? topic, long? target)
    {
        var parsed = CommandHandler.ParseTopicButton(data);

        Assert.Equal(topic, parsed?.Topic);
        Assert.Equal(target, parsed?.TargetChatId);
        if (parsed is { } p)
            Assert.Equal(data, CommandHandler.TopicButtonData(p.Topic, p.TargetChatId));
    }

    [Theory]
    // command | expected in the reply | a one-line answer (help for a mistake)
    [InlineData("/frobnicate", "Unknown command /frobnicate. Send /help for the list.", true)]
    [InlineData("/mode", "Usage: /mode instant, or /mode digest HH:MM", true)]
    [InlineData("/mode digest 25:00", "Usage: /mode instant, or /mode digest HH:MM", true)]
    [InlineData("/mode weekly", "Usage: /mode instant", true)]
    [InlineData("/timezone Mars/Olympus", "Usage: /timezone <IANA zone>", true)]
    [InlineData("/timezone EST", "Usage: /timezone <IANA zone>", true)]
    [InlineData("/quiet 23:00", "Usage: /quiet HH:MM-HH:MM [silent]", true)]
    [InlineData("/quiet 10:00-10:00", "Usage: /quiet HH:MM-HH:MM [silent]", true)]
    [InlineData("/subscribe", "Usage: /subscribe <topic|all>", true)]
    [InlineData("/unsubscribe", "Usage: /unsubscribe <topic|all>", true)]
    [InlineData("/keywords frob", "Usage: /keywords add <word, phrase…>", true)]
    [InlineData("/keywords add", "Usage: /keywords add", true)]
    [InlineData("/keywords add x", "“x” is not a usable word", true)]
    [InlineData("/exclude remove", "Usage: /exclude add", true)]
    [InlineData("/use", "Usage: /use <channel id|@username|title>", true)]
    [InlineData("/use Nowhere Gazette", "I know no chat called Nowhere Gazette.", true)]
    [InlineData("/use -100999", "I am not in that chat.", true)]
    [InlineData("/use @nosuchchannel", "I cannot find @nosuchchannel.", true)]
    [InlineData("/channels", "I know no channel or group where you are an admin", true)]
    [InlineData("/subscribe atlantisxyz", "Unknown topic atlantisxyz.", false)]
    [InlineData("/subscribe goma", "Now following: goma.\ngoma — Goma, North Kivu, Democratic Republic of the Congo", false)]
    [InlineData("/subscribe north kivu, red sea", "Now following: north-kivu, red-sea.", false)]
    [InlineData("/subscribe ukraine sahel", "Now following: sahel, ukraine.", true)]
    [InlineData("/subscribe Hodeidah", "Now following: al-hudaydah.", false)] // another spelling of a town: its tag
    [InlineData("/subscribe kiev", "Now following: kyiv.", false)]
    [InlineData("/subscribe gomaa", "Did you mean goma", false)]
    [InlineData("/topics kivu", "▫️ north-kivu — North Kivu, Democratic Republic of the Congo", false)]
    [InlineData("/topics qqqxx", "No topic or place matches “qqqxx”.", true)]
    [InlineData("/near", "Near: none. Usage: /near <place> <km>", true)]
    [InlineData("/near Kharkiv 50", "Alerts within 50 km of Kharkiv (Ukraine) come here, whatever their topics.\nNear: Kharkiv 50 km", false)]
    [InlineData("/near paris, texas 20 km", "Alerts within 20 km of Paris, Texas (Texas, United States)", false)]
    [InlineData("/near Atlantisxyz 10", "I don't know Atlantisxyz. Did you mean: Atlantis", true)]
    [InlineData("/near Kyiv 5000", "The radius must be between 1 km and 2,000 km.", true)]
    [InlineData("/near Kyiv 0.5", "The radius must be between 1 km and 2,000 km.", true)]
    [InlineData("/near Kyiv", "Usage: /near <place> <km>", true)]
    [InlineData("/near 50", "Usage: /near <place> <km>", true)]
    [InlineData("/near off", "Near: none — alerts no longer come here for where they happened", true)]
    [InlineData("/near remove Goma", "No place Goma here. Near: none.", true)]
    [InlineData("/subscribe mal", "Did you mean mali, malta?", false)]
    [InlineData("/subscribe ukraine, sahel", "Now following: sahel, ukraine.", true)]
    [InlineData("/mode digest 7:05", "Mode: digest — one message a day at 07:05 (Etc/UTC).", true)]
    [InlineData("/timezone utc", "Time zone: Etc/UTC.", true)]
    [InlineData("/quiet 23:00-07:00 silent", "Quiet hours 23:00–07:00 (Etc/UTC): alerts are sent silently.", true)]
    [InlineData("/keywords add Drone Strike,  wagner ", "Keywords: drone strike, wagner — alerts that mention any of them are sent here", true)]
    [InlineData("/exclude add football", "Excluded words: football — alerts that mention any of them are never sent here.", true)]
    [InlineData("/keywords", "Keywords: none. Usage: /keywords add", true)]
    [InlineData("/start@alertbot_test_bot", "Welcome to AlertBot.", false)]
    public async Task Handle_PrivateChatCommand_RepliesOnce(string text, string expected, bool oneLine)
    {
        var effect = await _handler.HandleAsync(Command(text), CancellationToken.None);

        var reply = Assert.Single(effect.Replies);
        var visible = Core.Render.TelegramHtml.ToPlainText(reply.Payload!);
        Assert.Contains(expected, visible, StringComparison.Ordinal);
        if (oneLine)
            Assert.DoesNotContain('\n', visible.Trim());
        Assert.Equal(User, reply.ChatId);
    }

    [Fact]
    public async Task Handle_CommandForAnotherBot_IsIgnored()
    {
        var effect = await _handler.HandleAsync(Command("/status@OtherBot"), CancellationToken.None);

        Assert.Same(UpdateEffect.None, effect);
    }

    [Theory]
    [InlineData("/keywords add drone, drone strike", "drone|drone strike|kharkiv", "")]
    [InlineData("/keywords clear", "", "")]
    [InlineData("/exclude add sport, football", "kharkiv", "football|sport")]
    [InlineData("/keywords remove kharkiv, never-added", "", "")]
    public async Task Handle_KeywordCommands_ChangeTheChatsWords(string text, string keywords, string excludes)
    {
        var start = new ChatSettings { Id = User, Kind = ChatKind.Private, Title = "Ann", Keywords = new HashSet<string> { "kharkiv" } };
        await _store.Chats.SaveChatAsync(start);

        var effect = await _handler.HandleAsync(Command(text), CancellationToken.None);

        Assert.Equal(Split(keywords), effect.Chat!.Keywords.Order(StringComparer.Ordinal));
        Assert.Equal(Split(excludes), effect.Chat.Excludes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Handle_NearCommands_AddReplaceRemoveAndCapTheChatsCircles()
    {
        await _store.Chats.SaveChatAsync(new ChatSettings { Id = User, Kind = ChatKind.Private, Title = "Ann" });

        var kharkiv = await ApplyAsync("/near Kharkiv 50");
        await ApplyAsync("/near goma 20");
        var wider = await ApplyAsync("/near kharkiv 100"); // the same place again: a new radius
        var status = await ApplyAsync("/status");
        var removed = await ApplyAsync("/near remove 1");
        foreach (var town in new[] { "Kyiv", "Lviv", "Odesa", "Dnipro", "Sumy", "Poltava", "Kherson", "Mykolaiv", "Zaporizhzhia" })
            await ApplyAsync($"/near {town} 10");
        var full = await ApplyAsync("/near Chernihiv 10");
        var stopped = await ApplyAsync("/stop");

        Assert.Equal([new NearCircle("Kharkiv", kharkiv.Chat!.Near[0].Lat, kharkiv.Chat.Near[0].Lon, 50)], kharkiv.Chat.Near);
        Assert.InRange(kharkiv.Chat.Near[0].Lat, 49.9, 50.1);
        Assert.Equal(["Kharkiv 100", "Goma 20"], wider.Chat!.Near.Select(c => $"{c.Name} {c.RadiusKm}"));
        Assert.Contains("Near: Kharkiv 100 km, Goma 20 km", Text(status), StringComparison.Ordinal);
        Assert.Equal(["Goma"], removed.Chat!.Near.Select(c => c.Name));
        Assert.Contains($"At most {NearCircle.MaxPerChat} places per chat", Text(full), StringComparison.Ordinal);
        Assert.Equal(NearCircle.MaxPerChat, full.Chat!.Near.Count);
        Assert.Empty(stopped.Chat!.Near);
    }

    [Theory]
    [InlineData(49.9935, 36.2304, 50)]
    [InlineData(-89.99999, -179.99999, 250)]
    [InlineData(0, 0, 10)]
    public void NearButtonData_RoundTripsWithinTelegramsLimit(double lat, double lon, int km)
    {
        var data = NearLocation.NearButtonData(lat, lon, km);
        var parsed = NearLocation.ParseNearButton(data);

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(data), 1, 64);
        Assert.NotNull(parsed);
        Assert.Equal(km, parsed.Value.Km);
        Assert.InRange(Math.Abs(parsed.Value.Lat - lat), 0, 0.0001);
        Assert.InRange(Math.Abs(parsed.Value.Lon - lon), 0, 0.0001);
    }

    [Theory]
    [InlineData("n:91,0:50")]
    [InlineData("n:0,0:5000")]
    [InlineData("n:0,0:0")]
    [InlineData("n:abc:50")]
    [InlineData("n:0,0")]
    public void ParseNearButton_ForgedData_IsRefused(string data) => Assert.Null(NearLocation.ParseNearButton(data));

    [Theory]
    [InlineData(49.98, 36.25, "your location near Kharkiv")]
    [InlineData(-1.68, 29.23, "your location near Goma")]
    [InlineData(0.0, -30.0, "your location (0.00, -30.00)")] // mid-Atlantic
    public void LocationName_NearestTownOrTheCoordinates(double lat, double lon, string expected) =>
        Assert.Equal(expected, NearLocation.LocationName(lat, lon));

    private async Task<UpdateEffect> ApplyAsync(string text)
    {
        var effect = await _handler.HandleAsync(Command(text), CancellationToken.None);
        if (effect.Chat is not null)
            await _store.Chats.SaveChatAsync(effect.Chat);
        return effect;
    }

    private static string Text(UpdateEffect effect) => Core.Render.TelegramHtml.ToPlainText(Assert.Single(effect.Replies).Payload!);

    private static string[] Split(string s) => s.Length == 0 ? [] : s.Split('|');

    [Theory]
    [InlineData("t:ukraine-war", "", "Following ukraine-war", true)]
    [InlineData("t:ukraine-war", "ukraine-war", "Stopped following ukraine-war", true)]
    [InlineData("t:no-such-topic", "", "Unknown topic.", false)]
    [InlineData("garbage", "", "This button is no longer valid.", false)]
    public async Task Handle_Tap_AnswersOnlyThroughTheEffect_SoTheToastComesAfterTheChangeIsStored(string data, string followed, string answer, bool redrawn)
    {
        await _store.Chats.SaveChatAsync(new ChatSettings { Id = User, Kind = ChatKind.Private, Title = "Ann", Topics = Split(followed).ToHashSet(StringComparer.Ordinal) });

        var effect = await _handler.HandleAsync(Tap(data), CancellationToken.None);

        // Nothing went to Telegram while handling: the applier answers and redraws once the effect is committed.
        Assert.Empty(_api.Server.AnsweredCallbacks);
        Assert.Equal(0, _api.Server.Stats.Requests("editMessageReplyMarkup"));
        Assert.Equal(answer, effect.Answer?.Text);
        Assert.Equal("cb-" + _updateId, effect.Answer?.QueryId);
        Assert.Equal(redrawn, effect.Redraw is { ChatId: User, MessageId: 7 });
    }

    private Update Command(string text) => new()
    {
        Id = ++_updateId,
        Message = new Message
        {
            Id = _updateId,
            Date = DateTime.UtcNow,
            Chat = new Chat { Id = User, Type = ChatType.Private, FirstName = "Ann" },
            From = new global::Telegram.Bot.Types.User { Id = User, FirstName = "Ann" },
            Text = text,
        },
    };

    private Update Tap(string data) => new()
    {
        Id = ++_updateId,
        CallbackQuery = new CallbackQuery
        {
            Id = "cb-" + _updateId,
            From = new global::Telegram.Bot.Types.User { Id = User, FirstName = "Ann" },
            Data = data,
            ChatInstance = "ci",
            Message = new Message
            {
                Id = 7,
                Date = DateTime.UtcNow,
                Chat = new Chat { Id = User, Type = ChatType.Private, FirstName = "Ann" },
                Text = "Pick topics",
            },
        },
    };
}
