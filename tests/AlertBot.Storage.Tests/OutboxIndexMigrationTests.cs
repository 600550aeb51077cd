using AlertBot.Core.Route;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AlertBot.Storage.Tests;

/// <summary>M011 on an existing SQLite file with rows queued: one state index instead of two, the rows and what the outbox answers unchanged.</summary>
public sealed class SqliteOutboxIndexMigrationTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "alertbot-m011-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir))
            Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task M011_MergesTheStateIndexes_AndTheQueuedRowsAreClaimedAsBefore()
    {
        await using var database = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_dir));
        Migrator.MigrateUp(database, version: 10);
        var store = Stores.Create(database, TimeProvider.System);
        foreach (var chat in new long[] { -1001, -1002 })
            await store.Chats.SaveChatAsync(new ChatSettings { Id = chat, Kind = ChatKind.Channel, Title = "c", Topics = new HashSet<string>(StringComparer.Ordinal) { ChatSettings.AllTopics } });
        await using (var connection = await database.OpenAsync())
        {
            foreach (var (key, chat, state, due) in new (string, long, string, long)[]
                     {
                         ("a", -1001, DeliveryStates.Sent, 100),
                         ("b", -1001, DeliveryStates.Pending, 300),
                         ("c", -1002, DeliveryStates.Pending, 200),
                         ("d", -1001, DeliveryStates.Pending, 150),
                         ("e", -1002, DeliveryStates.Dead, 50),
                     })
            {
                await connection.ExecuteAsync(
                    "INSERT INTO deliveries (dedupe_key, chat_id, kind, payload, state, due_ms, created_ms) VALUES (@key, @chat, 'text', @key, @state, @due, 0)",
                    new { key, chat, state, due });
            }
        }

        Migrator.MigrateUp(database);

        await using var after = await database.OpenAsync();
        var indexes = (await after.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'deliveries' AND name LIKE 'ix_deliveries_state%' ORDER BY name")).ToList();
        Assert.Equal(["ix_deliveries_state_id_due"], indexes);
        var stats = await store.Outbox.GetOutboxStatsAsync();
        Assert.Equal((3L, 1L, DateTimeOffset.FromUnixTimeMilliseconds(150)), (stats.Pending, stats.Dead, stats.OldestPendingDue!.Value));
        var claimed = await store.Outbox.ClaimDueAsync("me", 10, TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.Zero);
        Assert.Equal(["b", "c"], claimed.Select(d => d.Payload));
    }
}
