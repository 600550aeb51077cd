using AlertBot.Storage;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Commands;

/// <summary>
/// Telegram allows one getUpdates poller per bot token: the instances agree on one through
/// <see cref="IInstanceCoordination.AcquirePollerAsync"/> (granted at once to a single instance; on a shared
/// PostgreSQL database the holder of the bot's lock polls and the others stand by).
/// </summary>
public sealed class PollerLeadership(IInstanceCoordination instances, IOptions<TelegramOptions> telegram)
{
    /// <summary>Waits until this instance may poll. The result's <see cref="PollerLease.Lost"/> fires if that ends.</summary>
    public Task<PollerLease> AcquireAsync(CancellationToken ct) => instances.AcquirePollerAsync(BotId(telegram.Value.BotToken!), ct);

    /// <summary>The bot id is the token's part before the colon; it names the lock without revealing the token.</summary>
    public static long BotId(string token) =>
        long.Parse(token.AsSpan(0, token.IndexOf(':', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
}
