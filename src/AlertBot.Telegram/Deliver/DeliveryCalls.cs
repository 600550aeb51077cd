using System.Collections.Concurrent;
using System.Diagnostics;
using AlertBot.Core.Observe;
using AlertBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Deliver;

/// <summary>
/// The Telegram calls of <see cref="OutboxSender"/> and <see cref="AlertEditor"/>, each under the pacer, and what a
/// failed one means for its row (<see cref="AfterSend.Decide"/>): retried, paused for a 429, dead, chat disabled or migrated.
/// </summary>
internal sealed class DeliveryCalls(
    Outbox outbox,
    ChatStore chats,
    IMessageSink sink,
    SendPacer pacer,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    AlertBotMetrics metrics,
    RichMessageSupport richSupport,
    ILogger logger)
{
    private readonly ConcurrentQueue<long> _recent429 = new();

    /// <summary>Waiting for the pacer stops with the host; the send itself only when the grace period is over.</summary>
    public async Task<SendResult> SendPartAsync(OutgoingMessage message, CancellationToken stopping, CancellationToken abort)
    {
        var slot = await pacer.WaitAsync(stopping);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await sink.SendAsync(message, abort);
            metrics.SendLatency.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
            return result;
        }
        finally
        {
            pacer.Completed(slot);
        }
    }

    /// <summary>Runs one call per message part, under the pacer; stops at the first that does not succeed.</summary>
    public async Task<SendResult> EachPartAsync(List<int> ids, Func<int, Task<SendResult>> call, CancellationToken ct)
    {
        SendResult result = new SendResult.Rejected("no message");
        foreach (var id in ids)
        {
            var slot = await pacer.WaitAsync(ct);
            try
            {
                result = await call(id);
            }
            finally
            {
                pacer.Completed(slot);
            }

            if (result is not SendResult.Sent)
                return result;
        }

        return result;
    }

    public async Task<SendResult> EditPartAsync(MessageEdit edit, CancellationToken ct)
    {
        // Telegram counts edits against the bot's limit too; the slot is released once the answer is in.
        var slot = await pacer.WaitAsync(ct);
        try
        {
            return await sink.EditAsync(edit, ct);
        }
        finally
        {
            pacer.Completed(slot);
        }
    }

    /// <summary>Carries out <see cref="AfterSend.Decide"/>'s decision on Telegram's answer, with its logs and counts.</summary>
    public async Task HandleFailureAsync(Delivery delivery, SendResult result, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (result is SendResult.Transient t)
        {
            metrics.Deliveries.Add(1, Tag(t.UnknownOutcome ? "unknown-outcome" : "transient"));
            if (t.UnknownOutcome)
                metrics.UnknownOutcomes.Add(1, new KeyValuePair<string, object?>("reason", "timeout-or-5xx"));
        }

        switch (AfterSend.Decide(result, delivery.Attempts, options.Value, now, Random.Shared.NextDouble()))
        {
            case AfterSend.RateLimited r:
                Log.DeliveryRateLimited(logger, delivery.Id, delivery.ChatId, r.After.TotalSeconds);
                metrics.Deliveries.Add(1, Tag("rate-limited"));
                await outbox.PauseChatAsync(delivery.ChatId, r.Until, ct);
                await outbox.RetryLaterAsync(delivery.Id, r.Until, "429 Too Many Requests", unknownOutcome: false, countAttempt: false, ct: ct);
                metrics.Retries.Add(1, new KeyValuePair<string, object?>("reason", "rate-limited"));
                NoteRateLimit(now, r.After);
                break;
            case AfterSend.Retry retry:
                Log.DeliveryRetry(logger, delivery.Id, delivery.ChatId, delivery.Attempts, retry.UnknownOutcome, retry.Error, retry.Due);
                await outbox.RetryLaterAsync(delivery.Id, retry.Due, retry.Error, retry.UnknownOutcome, ct: ct);
                metrics.Retries.Add(1, new KeyValuePair<string, object?>("reason", retry.UnknownOutcome ? "unknown-outcome" : "transient"));
                break;
            case AfterSend.DeadLetter dead:
                await DeadAsync(delivery, dead.Error, ct);
                break;
            case AfterSend.DisableChat gone:
                Log.ChatDisabled(logger, delivery.ChatId, gone.Reason);
                metrics.Deliveries.Add(1, Tag("chat-gone"));
                metrics.ChatsDisabled.Add(1);
                await chats.DisableChatAsync(delivery.ChatId, gone.Reason, ct);
                break;
            case AfterSend.MigrateChat mig:
                Log.ChatMigrated(logger, delivery.ChatId, mig.NewChatId);
                metrics.Deliveries.Add(1, Tag("migrated"));
                await chats.MigrateChatAsync(delivery.ChatId, mig.NewChatId, ct);
                await outbox.RetryLaterAsync(delivery.Id, now, "group upgraded to a supergroup", unknownOutcome: false, countAttempt: false, ct: ct);
                metrics.Retries.Add(1, new KeyValuePair<string, object?>("reason", "migrated"));
                break;
        }
    }

    private async Task DeadAsync(Delivery delivery, string error, CancellationToken ct)
    {
        Log.DeliveryDead(logger, delivery.Id, delivery.ChatId, error);
        metrics.Deliveries.Add(1, Tag("dead"));
        await outbox.DeadLetterAsync(delivery.Id, error, ct);
    }

    /// <summary>One chat's 429 pauses that chat; 429s from several chats at once mean the bot as a whole is over its limit.</summary>
    private void NoteRateLimit(DateTimeOffset now, TimeSpan after)
    {
        _recent429.Enqueue(now.UtcTicks);
        while (_recent429.TryPeek(out var t) && now.UtcTicks - t > TimeSpan.TicksPerSecond)
            _recent429.TryDequeue(out _);
        if (_recent429.Count >= 3)
        {
            pacer.PauseUntil(now + after);
            Log.GlobalPause(logger, now + after);
        }
    }

    /// <summary>
    /// Counts a fall-back to HTML. A refused send (sendRichMessage) is remembered for the bot; a refused rich edit is
    /// not: the message being edited may have gone out as HTML (the chat changed /format since), and Telegram may
    /// refuse to turn it into a rich one, which says nothing about rich messages as such.
    /// </summary>
    public void NoteRichRefused(Delivery delivery, string error, bool remember = true)
    {
        metrics.Deliveries.Add(1, Tag("format-fallback"));
        if (remember && richSupport.Refused())
            Log.RichMessagesRefused(logger, delivery.Id, error);
    }

    internal static TimeZoneInfo? FindZone(string zone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz) ? tz : null;

    /// <summary>How long the chat waits after a message: by its type as stored (Telegram's limits are per private chat and per group or channel).</summary>
    public TimeSpan ChatInterval(Delivery delivery) =>
        delivery.ChatKind == AlertBot.Core.Route.ChatKind.Private ? options.Value.PrivateChatInterval : options.Value.GroupChatInterval;

    internal static KeyValuePair<string, object?> Tag(string outcome) => new("outcome", outcome);
}
