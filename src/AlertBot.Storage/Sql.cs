using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;

namespace AlertBot.Storage;

/// <summary>What every aggregate's SQL shares: the JSON of stored understandings, times as milliseconds, the bot_state table.</summary>
internal static class Sql
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static long Ms(this TimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds();

    public static DateTimeOffset? At(long? ms) => ms is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Dapper expands a list for SQLite's IN but sends an array to PostgreSQL, which wants ANY.</summary>
    public static string InList(this Database database, string column, string parameter) =>
        database.Provider == StorageProvider.Postgres ? $"{column} = ANY({parameter})" : $"{column} IN {parameter}";

    // Every stored error passes the token guard here, whatever its caller did.
    public static string Truncate(string s) => AlertBot.Core.Observe.Secrets.Redact(s.Length <= 1000 ? s : s[..1000]);

    public static async Task<string?> GetStateAsync(DbConnection connection, DbTransaction? tx, string key, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT value FROM bot_state WHERE key = @key", new { key }, tx, cancellationToken: ct));

    public static async Task SetStateAsync(DbConnection connection, DbTransaction tx, string key, string value, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO bot_state (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { key, value }, tx, cancellationToken: ct));

    /// <summary>Rows of a query over an id list, in chunks of 500 (numeric ids only, so the list is built inline: the same SQL on both databases).</summary>
    public static async Task<List<T>> ByIdsAsync<T>(DbConnection connection, string sqlBeforeList, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var result = new List<T>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
            result.AddRange(await connection.QueryAsync<T>(new CommandDefinition(sqlBeforeList + "(" + string.Join(',', chunk) + ")", cancellationToken: ct)));
        return result;
    }
}
