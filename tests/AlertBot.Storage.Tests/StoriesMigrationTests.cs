using Dapper;
using Microsoft.Data.Sqlite;

namespace AlertBot.Storage.Tests;

/// <summary>M008 on a database that already holds folder stories keyed by their content hash (SQLite and PostgreSQL).</summary>
public abstract class StoriesMigrationTests : IAsyncLifetime
{
    private Database _database = null!;

    protected abstract Task<Database> CreateDatabaseAsync();

    public async Task InitializeAsync() => _database = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task M008_KeysTheNewestFolderStoryOfEachFileByItsPath_AndLeavesTheRestAlone()
    {
        Migrator.MigrateUp(_database, version: 7);
        await using (var connection = await _database.OpenAsync())
        {
            // Before M008 each rewrite of kidal.txt was a story of its own; push and merged copies keep their keys.
            foreach (var (key, source, name, duplicateOf) in new (string, string, string, long?)[]
                     {
                         ("sha256:aa", "folder", "kidal.txt", null),
                         ("sha256:bb", "folder", "kidal.txt", null),
                         ("sha256:cc", "folder", "mali/gao.txt", null),
                         ("sha256:dd", "push", "push-1.txt", null),
                         ("sha256:ee", "folder", "copy.txt", 1),
                         ("id:x", "folder", "x.json", null),
                     })
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO articles (dedupe_key, content_hash, source, source_name, headline, summary, ingested_ms, is_alert, understanding, duplicate_of)
                    VALUES (@key, @key, @source, @name, 'h', 's', 0, @alert, '{}', @duplicateOf)
                    """,
                    new { key, source, name, alert = true, duplicateOf });
            }
        }

        Migrator.MigrateUp(_database);

        await using var after = await _database.OpenAsync();
        var keys = (await after.QueryAsync<string>("SELECT dedupe_key FROM articles ORDER BY id")).ToList();
        Assert.Equal(["sha256:aa", "path:kidal.txt", "path:mali/gao.txt", "sha256:dd", "sha256:ee", "id:x"], keys);
    }
}

public sealed class SqliteStoriesMigrationTests : StoriesMigrationTests, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "alertbot-m008-" + Guid.NewGuid().ToString("N")[..8]);

    protected override Task<Database> CreateDatabaseAsync() =>
        Task.FromResult(new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_dir)));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoriesMigrationTests(PostgresServer server) : StoriesMigrationTests
{
    protected override async Task<Database> CreateDatabaseAsync() =>
        new(StorageProvider.Postgres, await server.CreateDatabaseAsync());
}
