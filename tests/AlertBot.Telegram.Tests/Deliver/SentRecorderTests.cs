using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.Telegram.Deliver;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Telegram.Tests.Deliver;

/// <summary>Group commit of sent rows, on a real SQLite file: each caller's task completes once its row is stored.</summary>
public sealed class SentRecorderTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "alertbot-recorder-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));
    private Database Db { get; set; } = null!;
    private Stores _store = null!;

    public async Task InitializeAsync()
    {
        Db = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_dir));
        Migrator.MigrateUp(Db);
        _store = Stores.Create(Db, _time);
        for (var chat = 1; chat <= 40; chat++)
            await _store.Chats.SaveChatAsync(new ChatSettings { Id = chat, Kind = ChatKind.Private, Title = $"chat {chat}" });
    }

    public async Task DisposeAsync()
    {
        await Db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task RecordAsync_ManySendsAtOnce_EachCompletesWithItsRowStoredAsSent_AndItsChatSpaced()
    {
        var claimed = await QueueAndClaimAsync(40);
        var recorder = new SentRecorder(_store.Outbox, NullLogger.Instance);

        await Task.WhenAll(claimed.Select(d => recorder.RecordAsync(new SentMark(d.Id, d.ChatId, 1, $"{1000 + d.Id}", TimeSpan.FromSeconds(1)))));
        await recorder.DisposeAsync();

        var rows = await _store.Outbox.GetDeliveriesAsync(null, null, 100);
        Assert.Equal(40, rows.Count);
        Assert.All(rows, r => Assert.Equal((DeliveryStates.Sent, $"{1000 + r.Id}"), (r.State, r.MessageIds)));
        await QueueAsync(40, "second");
        Assert.Empty(await ClaimAsync());
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(40, (await ClaimAsync()).Count);
    }

    [Fact]
    public async Task RecordAsync_AfterTheRecorderStopped_StillStoresTheRow()
    {
        var claimed = await QueueAndClaimAsync(1);
        var recorder = new SentRecorder(_store.Outbox, NullLogger.Instance);
        await recorder.DisposeAsync();

        await recorder.RecordAsync(new SentMark(claimed[0].Id, claimed[0].ChatId, 1, "77", TimeSpan.Zero));

        Assert.Equal("77", Assert.Single(await _store.Outbox.GetDeliveriesAsync(DeliveryStates.Sent, null, 10)).MessageIds);
    }

    private async Task<IReadOnlyList<Delivery>> QueueAndClaimAsync(int chats)
    {
        await QueueAsync(chats, "first");
        var claimed = await ClaimAsync();
        Assert.Equal(chats, claimed.Count);
        return claimed;
    }

    private Task QueueAsync(int chats, string key) =>
        _store.Chats.ApplyCommandAsync(null, null, null, [.. Enumerable.Range(1, chats).Select(c => new NewDelivery($"{key}:{c}", c, DeliveryKind.Text, _time.GetUtcNow()) { Payload = key })]);

    private Task<IReadOnlyList<Delivery>> ClaimAsync() =>
        _store.Outbox.ClaimDueAsync("me", 100, TimeSpan.FromMinutes(2), TimeSpan.Zero, TimeSpan.Zero);
}
