using AlertBot.Core.Route;
using AlertBot.Storage;

namespace AlertBot.Telegram.Commands;

/// <summary>What one update changes: a chat's settings and the replies to send. Stored in one transaction with the offset.</summary>
public sealed record UpdateEffect(ChatSettings? Chat, IReadOnlyList<NewDelivery> Replies)
{
    public static readonly UpdateEffect None = new(null, []);
}
