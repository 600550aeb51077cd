using Dapper;

namespace AlertBot.Storage;

/// <summary>Cheap counts for the metrics gauges.</summary>
public sealed partial class AlertStore
{
    /// <summary>How many chats get alerts and how many are disabled (blocked or removed the bot, or stopped).</summary>
    public async Task<(long Enabled, long Disabled)> CountChatsAsync(CancellationToken ct = default)
    {
        await using var connection = await Database.OpenAsync(ct);
        var (enabled, total) = await connection.QuerySingleAsync<(long?, long)>(new CommandDefinition(
            "SELECT SUM(CASE WHEN enabled = @enabled THEN 1 ELSE 0 END), COUNT(*) FROM chats", new { enabled = true }, cancellationToken: ct));
        return (enabled ?? 0, total - (enabled ?? 0));
    }
}
