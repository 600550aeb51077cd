using AlertBot.Core.Route;

namespace AlertBot.Telegram.Commands;

/// <summary>Told after a command changed a chat's settings (the scheduler moves its digest trigger).</summary>
public interface IChatSettingsListener
{
    Task ChatChangedAsync(ChatSettings chat, CancellationToken ct);
}
