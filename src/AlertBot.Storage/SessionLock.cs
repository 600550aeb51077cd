using Npgsql;

namespace AlertBot.Storage;

/// <summary>
/// A PostgreSQL session-level advisory lock held on a connection of its own (never a pooled one: a pooled
/// connection is reset when returned, which would drop the lock). The lock lives exactly as long as that
/// session: closing it releases it, and when the process dies the server sees the socket close and releases
/// it at once — which is what lets another node take over within a second.
/// </summary>
public sealed class SessionLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private SessionLock(NpgsqlConnection connection, string name)
    {
        _connection = connection;
        Name = name;
    }

    public string Name { get; }

    /// <summary>Takes the lock if it is free; null when another session holds it.</summary>
    public static async Task<SessionLock?> TryAcquireAsync(Database database, string name, CancellationToken ct) =>
        await AcquireAsync(database, name, wait: false, ct);

    /// <summary>Waits until the lock is free and takes it.</summary>
    public static async Task<SessionLock> AcquireAsync(Database database, string name, CancellationToken ct) =>
        (await AcquireAsync(database, name, wait: true, ct))!;

    private static async Task<SessionLock?> AcquireAsync(Database database, string name, bool wait, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(DedicatedConnectionString(database));
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand(wait ? "SELECT pg_advisory_lock(@key), true" : "SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", LockKeys.For(name));
            if (wait)
            {
                await using var reader = await command.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                return new SessionLock(connection, name);
            }

            if (await command.ExecuteScalarAsync(ct) is true)
                return new SessionLock(connection, name);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>
    /// Whether the session (and so the lock) is still there: a round trip on the lock's own connection.
    /// A broken connection means the server may already have released the lock, so the holder must stop.
    /// A slow answer does not: on a loaded machine or database the round trip can take longer than
    /// <paramref name="timeout"/> while the session, and the lock with it, live on — and giving a live lock
    /// up would let another instance take this one's in-flight rows for a dead instance's and send them again.
    /// </summary>
    public async Task<bool> IsHeldAsync(TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(timeout);
            await using var command = new NpgsqlCommand("SELECT 1", _connection);
            return await command.ExecuteScalarAsync(cts.Token) is 1;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return IsOpen;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException && !ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private bool IsOpen => _connection.State == System.Data.ConnectionState.Open
                           && (_connection.FullState & System.Data.ConnectionState.Broken) == 0;

    public async ValueTask DisposeAsync()
    {
        // Closing the connection ends the server's session, and that frees the lock — but a moment after the close
        // returned. Unlocking first frees it before this returns, so whoever learns of the stop can take it at once.
        if (IsOpen)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", _connection);
                await unlock.ExecuteNonQueryAsync(timeout.Token);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or OperationCanceledException)
            {
                // A broken session frees its locks by ending.
            }
        }

        await _connection.DisposeAsync();
    }

    private static string DedicatedConnectionString(Database database) =>
        new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            Pooling = false,
            // A dead server or network is noticed by the holder within seconds, not at the OS's TCP timeout.
            KeepAlive = 5,
            TcpKeepAlive = true,
        }.ToString();
}
