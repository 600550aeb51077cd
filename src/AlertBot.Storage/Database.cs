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

    // Native SQLite handles that already have this process's PRAGMAs; weak, so a closed handle drops out.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];
    private static readonly object Configured = new();

    private readonly GroupCommit _group = new();

    // The writer's connections come from a pool of their own (the same file; a connection string that differs only
    // in the cache mode named outright, Private, which is SQLite's default), so that only they keep a large page
    // cache. Readers keep SQLite's 2 MiB: in WAL mode a reader's cache is dropped whenever another connection has
    // committed since its last read, so a large one mostly held pages nobody would read again, and with a dozen
    // pooled connections that was 32 MiB each (issue 20: working set 320 → 431–467 MB at 1,000 channels).
    private readonly string _sqliteWriterConnectionString;

    // Columns are snake_case, row classes PascalCase.
    static Database() => Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;

    public Database(StorageProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteWriterConnectionString = provider == StorageProvider.Sqlite
            ? new SqliteConnectionStringBuilder(connectionString) { Cache = SqliteCacheMode.Private }.ToString()
            : connectionString;
        if (provider == StorageProvider.Postgres)
            _postgres = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>The WAL's size, in pages, at which a commit of the writer's checkpoints it (SQLite's default is 1,000).</summary>
    internal const int WriterCheckpointPages = 16384;

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

    public Task<DbConnection> OpenAsync(CancellationToken ct = default) => OpenAsync(writer: false, ct);

    /// <summary>A connection for the holder of SQLite's writer gate: one with the large page cache.</summary>
    internal Task<DbConnection> OpenWriterAsync(CancellationToken ct) => OpenAsync(writer: true, ct);

    private async Task<DbConnection> OpenAsync(bool writer, CancellationToken ct)
    {
        if (_postgres is not null)
            return await _postgres.OpenConnectionAsync(ct);
        var connection = new SqliteConnection(writer ? _sqliteWriterConnectionString : ConnectionString);
        await connection.OpenAsync(ct);
        // A pooled connection keeps its native handle and the settings made on it: set them once per handle,
        // not on every open (three statements per open were a measurable share of a busy sender's time).
        if (_configured.TryGetValue(connection.Handle!, out _))
            return connection;
        await using var pragma = connection.CreateCommand();
        // WAL lets readers (status, health) run beside the writer; NORMAL sync is durable across
        // process crashes, which is what the outbox promises.
        // The writer's 32 MiB cache holds the index pages an article to 1,000 channels touches (the default 2 MiB could not).
        // The writer checkpoints when the WAL holds 16,384 pages (64 MiB of 4 KiB pages), not SQLite's 1,000: an article
        // to 1,000 channels dirties about 1,000 pages of the per-chat index, so at 1,000 nearly every commit checkpointed
        // (copied its pages back to the file and synced both), while one checkpoint after many commits writes each of
        // those pages once. Durability is the same: a committed transaction is in the WAL either way (issue 20).
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;"
            + (writer ? " PRAGMA cache_size=-32768; PRAGMA wal_autocheckpoint=" + WriterCheckpointPages.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";" : "");
        await pragma.ExecuteNonQueryAsync(ct);
        _configured.AddOrUpdate(connection.Handle!, Configured);
        return connection;
    }

    /// <summary>
    /// The one way to write: takes SQLite's single-writer gate, then opens a connection and a transaction. Writers
    /// of this process queue on the gate, asynchronously, instead of on SQLite's busy handler, which blocks a thread
    /// and sleeps in steps of up to 100 ms: under a fan-out of hundreds of concurrent sends that starved the thread
    /// pool and stalled the sender. PostgreSQL needs no gate. Nothing is kept unless <see cref="Write.CommitAsync"/>
    /// is called; disposing releases the transaction, the connection and the gate, in that order.
    /// </summary>
    public async Task<Write> BeginWriteAsync(CancellationToken ct = default)
    {
        var gate = _postgres is null ? _sqliteWriter : null;
        if (gate is not null)
            await gate.WaitAsync(ct);
        DbConnection? connection = null;
        try
        {
            connection = await OpenWriterAsync(ct);
            return new Write(connection, await connection.BeginTransactionAsync(ct), gate);
        }
        catch
        {
            if (connection is not null)
                await connection.DisposeAsync();
            gate?.Release();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction and commits it; on SQLite, writes queued behind the writer
    /// gate at the same moment share one transaction (group commit), each inside a savepoint of its own, so one that
    /// fails is rolled back alone and the others still commit. Each caller returns only after the commit its work
    /// was in, so a result is never seen for work that was not kept. Why (issue 20): with an index on each row's
    /// chat, an article to 1,000 channels changes about a thousand index pages; every commit writes each of them to
    /// the WAL and every checkpoint back to the file. Articles committed together touch the same pages once.
    /// PostgreSQL has no single writer: there each call is a transaction of its own.
    /// </summary>
    internal Task<T> WriteGroupedAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        _postgres is null ? _group.RunAsync(this, _sqliteWriter, work, ct) : WriteAloneAsync(work, ct);

    private async Task<T> WriteAloneAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        await using var write = await BeginWriteAsync(ct);
        var result = await work(write.Connection, write.Transaction, ct);
        await write.CommitAsync(ct);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        _sqliteWriter.Dispose();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
    }
}

/// <summary>One write transaction, begun by <see cref="Database.BeginWriteAsync"/>: SQLite's writer gate held for its whole life.</summary>
public sealed class Write : IAsyncDisposable
{
    private SemaphoreSlim? _gate;

    internal Write(DbConnection connection, DbTransaction transaction, SemaphoreSlim? gate)
    {
        Connection = connection;
        Transaction = transaction;
        _gate = gate;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public Task CommitAsync(CancellationToken ct = default) => Transaction.CommitAsync(ct);

    public void Deconstruct(out DbConnection connection, out DbTransaction transaction) => (connection, transaction) = (Connection, Transaction);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
        finally
        {
            Interlocked.Exchange(ref _gate, null)?.Release();
        }
    }
}
