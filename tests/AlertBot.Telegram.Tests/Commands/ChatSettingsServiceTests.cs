using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.Telegram.Commands;
using Microsoft.Data.Sqlite;

namespace AlertBot.Telegram.Tests.Commands;

/// <summary>The settings of a chat for the settings page: the commands' rules, every problem at once, stored in one go.</summary>
public sealed class ChatSettingsServiceTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "alertbot-settings-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly RecordingListener _listener = new();
    private Database Db { get; set; } = null!;
    private Stores _store = null!;
    private ChatSettingsService _service = null!;

    private static readonly ChatSettings Channel = new()
    {
        Id = -1001,
        Kind = ChatKind.Channel,
        Title = "Desk",
        Topics = new HashSet<string> { "ukraine", "mali" },
        TopicThreads = new Dictionary<string, int> { ["ukraine"] = 7, ["mali"] = 8 },
        TimeZone = "Europe/Kyiv",
    };

    public async Task InitializeAsync()
    {
        Db = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_dir));
        Migrator.MigrateUp(Db);
        _store = Stores.Create(Db, TimeProvider.System);
        var topics = new TopicDirectory([new Topic { Name = "ukraine-war", Description = "The war" }], ["ukraine", "mali", "sahel", "malta"]);
        _service = new ChatSettingsService(_store.Chats, topics, [_listener]);
        await _store.Chats.SaveChatAsync(Channel);
    }

    public async Task DisposeAsync()
    {
        await Db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    public static TheoryData<string, SettingsChange, string[]> Refused() => new()
    {
        { "an unknown topic", new SettingsChange { Topics = ["ukraine", "qqzzx"] }, ["topics"] },
        { "a zone that is not IANA", new SettingsChange { TimeZone = "Kyiv" }, ["timeZone"] },
        { "a digest without its time", new SettingsChange { Mode = "digest" }, ["digestTime"] },
        { "a mode that does not exist", new SettingsChange { Mode = "hourly" }, ["mode"] },
        { "a digest time that is no time", new SettingsChange { Mode = "digest", DigestTime = "7am" }, ["digestTime", "digestTime"] },
        { "quiet hours that end when they start", new SettingsChange { Quiet = "23:00-23:00" }, ["quiet"] },
        { "quiet hours with a stray word", new SettingsChange { Quiet = "23:00-07:00 loud" }, ["quiet"] },
        { "a format that does not exist", new SettingsChange { Format = "markdown" }, ["format"] },
        { "a keyword of one letter", new SettingsChange { Keywords = ["drone", "x"] }, ["keywords"] },
        { "too many excluded words", new SettingsChange { Excludes = [.. Enumerable.Range(0, 31).Select(i => $"word{i}")] }, ["excludes"] },
        { "a place nobody knows", new SettingsChange { Near = [new("Kharkiv", 50), new("Atlantisxyz", 20)] }, ["near"] },
        { "a radius of nothing", new SettingsChange { Near = [new("Kharkiv", 0)] }, ["near"] },
        { "a radius past 2,000 km", new SettingsChange { Near = [new("Kharkiv", 2500)] }, ["near"] },
        { "eleven places", new SettingsChange { Near = [.. Enumerable.Range(0, 11).Select(i => new NearWish("Kharkiv", 10 + i))] }, ["near"] },
        { "everything wrong at once", new SettingsChange { Topics = ["qqzzx"], TimeZone = "Mars/Olympus", Format = "x", Quiet = "later" }, ["topics", "timeZone", "quiet", "format"] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Apply_BadField_NamesEveryProblem_AndChangesNothing(string because, SettingsChange change, string[] fields)
    {
        var (chat, problems) = _service.Apply(Channel, change);

        Assert.Null(chat);
        Assert.True(fields.SequenceEqual(problems.Select(p => p.Field)), $"{because}: {string.Join("; ", problems)}");
        Assert.Equal(problems, _service.Validate(Channel, change));
    }

    [Fact]
    public void Apply_GoodChange_IsTheCommandsEffect_TopicsKeepTheirThreads()
    {
        var (chat, problems) = _service.Apply(Channel, new SettingsChange
        {
            Topics = ["Ukraine", "sahel"],
            Keywords = ["Drone  Strike"],
            Mode = "digest",
            DigestTime = "07:30",
            TimeZone = "UTC",
            Quiet = "23:00-07:00 silent",
            Format = "classic",
        });

        Assert.Empty(problems);
        Assert.Equal(["sahel", "ukraine"], chat!.Topics.Order(StringComparer.Ordinal));
        Assert.Equal(new Dictionary<string, int> { ["ukraine"] = 7 }, chat.TopicThreads);
        Assert.Equal(["drone strike"], chat.Keywords);
        Assert.Equal((DeliveryMode.Digest, new TimeOnly(7, 30)), (chat.Mode, chat.DigestAt!.Value));
        Assert.Equal("Etc/UTC", chat.TimeZone);
        Assert.Equal(new QuietHours(new TimeOnly(23, 0), new TimeOnly(7, 0), QuietPolicy.Silent), chat.Quiet);
        Assert.Equal(AlertFormat.Html, chat.Format);
    }

    [Fact]
    public void Apply_Near_LooksNewPlacesUpAsNearDoes_AndKeepsACircleNamedAsTheChatHasIt()
    {
        var shared = new NearCircle("your location near Kyiv", 50.45, 30.52, 25);
        var chat = Channel with { Near = [shared, new NearCircle("Goma", -1.68, 29.22, 20)] };

        var (updated, problems) = _service.Apply(chat, new SettingsChange { Near = [new("Your location near Kyiv", 40), new("kharkiv", 50), new("Kharkiv", 60)] });

        Assert.Empty(problems);
        Assert.Equal(2, updated!.Near.Count);
        Assert.Equal(shared with { RadiusKm = 40 }, updated.Near[0]);
        Assert.Equal(("Kharkiv", 60.0), (updated.Near[1].Name, updated.Near[1].RadiusKm));
        Assert.Equal(49.99, updated.Near[1].Lat, 1);
    }

    [Fact]
    public void Apply_NothingToChange_LeavesTheChatAsItIs()
    {
        var (chat, problems) = _service.Apply(Channel, new SettingsChange());

        Assert.Empty(problems);
        Assert.Equal(Channel, chat);
    }

    [Fact]
    public async Task ApplyAsync_Stores_AndTellsTheListeners_OrStoresNothingWhenRefused()
    {
        var refused = await _service.ApplyAsync(Channel.Id, new SettingsChange { Format = "rich", TimeZone = "nowhere" });
        var applied = await _service.ApplyAsync(Channel.Id, new SettingsChange { Format = "rich", Quiet = "off" });
        var unknown = await _service.ApplyAsync(-42, new SettingsChange { Format = "rich" });

        Assert.Null(refused!.Value.Chat);
        Assert.Null(unknown);
        var stored = await _service.GetAsync(Channel.Id);
        Assert.Equal(AlertFormat.Rich, stored!.Format);
        Assert.Equal("Europe/Kyiv", stored.TimeZone);
        Assert.Equal([Channel.Id], _listener.Changed.Select(c => c.Id));
        Assert.Equal(AlertFormat.Rich, applied!.Value.Chat!.Format);
    }

    private sealed class RecordingListener : IChatSettingsListener
    {
        public List<ChatSettings> Changed { get; } = [];

        public Task ChatChangedAsync(ChatSettings chat, CancellationToken ct)
        {
            Changed.Add(chat);
            return Task.CompletedTask;
        }
    }
}
