using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Storage.Tests;

/// <summary>
/// A fresh, migrated database for each test — a SQLite file in a temp folder, or a database on the throwaway
/// PostgreSQL server when one is given — with the aggregates over it and the rows tests start from, written
/// through the same methods production writes them with.
/// </summary>
public abstract class StoreTestBase(PostgresServer? server) : IAsyncLifetime
{
    protected static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "alertbot-store-" + Guid.NewGuid().ToString("N")[..8]);

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    protected Database Database { get; private set; } = null!;

    protected Stores Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = server is null
            ? new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_dir))
            : new Database(StorageProvider.Postgres, await server.CreateDatabaseAsync());
        Migrator.MigrateUp(Database);
        Store = Stores.Create(Database, Time);
    }

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        if (server is not null)
            return;
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    protected Task<IReadOnlyList<Delivery>> ClaimAsync(string owner, TimeSpan? privateInterval = null) =>
        Store.Outbox.ClaimDueAsync(owner, 100, Lease, privateInterval ?? TimeSpan.Zero, TimeSpan.Zero);

    protected Task AddChatAsync(long id, ChatKind kind = ChatKind.Private) =>
        Store.Chats.SaveChatAsync(new ChatSettings { Id = id, Kind = kind, Title = $"chat {id}", Topics = new HashSet<string> { ChatSettings.AllTopics } });

    protected Task AddChannelAsync(long id) =>
        Store.Chats.SaveChatAsync(new ChatSettings { Id = id, Kind = ChatKind.Channel, Title = "c" + id, Enabled = true, Topics = new HashSet<string> { "all" } });

    /// <summary>Text rows as a command queues them: commands are the production path that enqueues text.</summary>
    protected Task EnqueueAsync(IReadOnlyList<NewDelivery> rows) => Store.Chats.ApplyCommandAsync(null, null, null, rows);

    protected NewDelivery Text(string key, long chat) =>
        new(key, chat, DeliveryKind.Text, Time.GetUtcNow()) { Payload = key };

    /// <summary>What the sender records once Telegram accepted the row.</summary>
    protected Task SentAsync(Delivery claimed, int parts, string messageIds) =>
        Store.Outbox.MarkSentAsync([new SentMark(claimed.Id, claimed.ChatId, parts, messageIds, TimeSpan.Zero)]);

    protected static NewStory Story(NewArticle article) => new(article, article.SourceName, "story-" + article.DedupeKey, MinHash: null, Bands: []);

    protected static NewStory Story(string key, string text, string origin = "wire", IReadOnlyList<long>? bands = null) =>
        new(
            new NewArticle(key, "c-" + text, Sources.Push, key + ".txt", new Understanding
            {
                Headline = "Headline " + text,
                Summary = text,
                KeyTimes = [],
                Topics = [],
                IsAlert = true,
                Warnings = [],
                Body = text,
            }),
            origin,
            "s-" + text,
            "sig-" + text,
            bands ?? []);

    protected static List<NewDelivery> Alerts(long articleId, params long[] chats) =>
        chats.Select(c => new NewDelivery($"a:{articleId}:{c}", c, DeliveryKind.Alert, DateTimeOffset.UnixEpoch) { ArticleId = articleId }).ToList();

    protected Task<long?> AddArticleAsync(string key, params long[] chats)
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
        return Store.Stories.AddStoryAsync(
            Story(new NewArticle(key, "hash-" + key, Sources.Folder, key + ".txt", understanding)),
            id => chats.Select(c => new NewDelivery($"a:{id}:{c}", c, DeliveryKind.Alert, Time.GetUtcNow()) { ArticleId = id }).ToList());
    }
}
