using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AlertBot.Storage;

/// <summary>Opens connections to the configured database and knows the few places where SQL differs.</summary>
public sealed class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;

    public Database(StorageProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        if (provider == StorageProvider.Postgres)
            _postgres = NpgsqlDataSource.Create(connectionString);
    }

    public StorageProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>Row locks for claiming outbox rows; SQLite has one writer at a time and needs none.</summary>
    internal string SkipLocked => Provider == StorageProvider.Postgres ? "FOR UPDATE SKIP LOCKED" : "";

    public static string SqliteConnectionString(string dataPath)
    {
        Directory.CreateDirectory(dataPath);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataPath, "alertbot.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        if (_postgres is not null)
            return await _postgres.OpenConnectionAsync(ct);
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await using var pragma = connection.CreateCommand();
        // WAL lets readers (status, health) run beside the writer; NORMAL sync is durable across
        // process crashes, which is what the outbox promises.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
            await _postgres.DisposeAsync();
    }
}
