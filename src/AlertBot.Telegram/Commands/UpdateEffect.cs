using AlertBot.Core.Route;
using AlertBot.Storage;

namespace AlertBot.Telegram.Commands;

/// <summary>What one update changes: a chat's settings and the replies to send. Stored in one transaction with the offset.</summary>
public sealed record UpdateEffect(ChatSettings? Chat, IReadOnlyList<NewDelivery> Replies)
{
    public static readonly UpdateEffect None = new(null, []);

    /// <summary>A private chat chose (or left) the chat it configures with /use; stored in the same transaction.</summary>
    public CommandTarget? Target { get; init; }

    /// <summary>A command posted in a channel, deleted once the effect is stored (failures ignored).</summary>
    public MessageToDelete? Cleanup { get; init; }

    /// <summary>The chat can no longer be written to (bot removed, blocked, or its posting right taken): its open deliveries close with this reason.</summary>
    public string? CloseDeliveries { get; init; }
}

public sealed record MessageToDelete(long ChatId, int MessageId);
