using AlertBot.Core.Understand;
using AlertBot.Storage;

namespace AlertBot.Telegram.Deliver;

/// <summary>
/// Rich alerts: an instant alert goes out as one rich message. When the Bot API server refuses rich messages (404 for
/// the method, or a 400 about the rich content), this send falls back to the HTML message, the refusal is remembered
/// for the bot (<see cref="RichMessageSupport"/>), counted as outcome "format-fallback" and logged once.
/// </summary>
public sealed partial class OutboxSender
{
    /// <summary>True when the delivery is settled (sent, or a failure handled); false: send it as HTML instead.</summary>
    private async Task<bool> TrySendRichAsync(Delivery delivery, string? zone, Understanding article, CancellationToken stopping, CancellationToken abort)
    {
        var tz = zone is null || zone == "Etc/UTC" ? null : DeliveryCalls.FindZone(zone);
        var message = new OutgoingMessage(delivery.ChatId, "", delivery.Silent, delivery.ReplyMarkup)
        {
            ThreadId = delivery.ThreadId,
            Rich = RichAlert.Build(article, tz, zone),
        };
        var result = await _calls.SendPartAsync(message, stopping, abort);
        switch (result)
        {
            case SendResult.Sent sent:
                metrics.EndToEndLatency.Record((time.GetUtcNow() - delivery.Created).TotalSeconds);
                var interval = _calls.ChatInterval(delivery);
                await RecordSentAsync(delivery, 1, sent.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), interval);
                return true;
            case SendResult.RichUnsupported refused:
                _calls.NoteRichRefused(delivery, refused.Error);
                return false;
            default:
                await _calls.HandleFailureAsync(delivery, result, CancellationToken.None);
                return true;
        }
    }
}
