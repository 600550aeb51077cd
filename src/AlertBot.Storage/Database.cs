using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AlertBot.Storage;

/// <summary>Opens connections to the configured database and knows the few places where SQL differs.</summary>
public sealed class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;

    // SQLite has one writer; writers of this process that meet at its lock fall into SQLite's busy handler,
    // which sleeps up to 100 ms per try. Queueing them here first hands the lock over at once.
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

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

    /// <summary>
    /// Held around a write transaction: on SQLite it queues this process's writers (one at a time, no busy
    /// sleeps); on PostgreSQL it is free (row locks do the work).
    /// </summary>
    public async Task<IDisposable> WriteGateAsync(CancellationToken ct = default)
    {
        if (_postgres is not null)
            return NoGate.Instance;
        await _sqliteWriter.WaitAsync(ct);
        return new Gate(_sqliteWriter);
    }

    private sealed class Gate(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                semaphore.Release();
        }
    }

    private sealed class NoGate : IDisposable
    {
        public static readonly NoGate Instance = new();

        public void Dispose()
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _sqliteWriter.Dispose();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
    }
}
