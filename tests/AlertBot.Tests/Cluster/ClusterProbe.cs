using AlertBot.Storage;
using Npgsql;

namespace AlertBot.Tests.Cluster;

/// <summary>Looks into the shared PostgreSQL database from outside the instances.</summary>
internal static class ClusterProbe
{
    /// <summary>
    /// The application_name of the session holding the bot's poller lock (each instance's connection string
    /// names it), or null when nobody holds it. A bigint advisory key shows in pg_locks as classid (high 32 bits)
    /// and objid (low 32 bits).
    /// </summary>
    public static async Task<string?> PollerHolderAsync(string connectionString, long botId)
    {
        var key = LockKeys.For(LockKeys.Poller(botId));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.classid = @hi::oid AND l.objid = @lo::oid
            """,
            connection);
        command.Parameters.AddWithValue("hi", (long)(uint)(key >> 32));
        command.Parameters.AddWithValue("lo", (long)(uint)key);
        return await command.ExecuteScalarAsync() as string;
    }

    public static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Named(string connectionString, string applicationName) =>
        new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName }.ToString();
}
