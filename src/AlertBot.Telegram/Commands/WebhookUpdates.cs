using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using AlertBot.Core.Observe;
using AlertBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Commands;

/// <summary>What the webhook endpoint answers for one body.</summary>
public enum WebhookReceipt
{
    /// <summary>Stored; it is handled next (200).</summary>
    Recorded,

    /// <summary>That update_id was already stored (a retry, or another instance got it): nothing new to do (200).</summary>
    Duplicate,

    /// <summary>Not an update: no JSON object with a numeric update_id (400).</summary>
    NotAnUpdate,
}

/// <summary>
/// Webhook mode's receiving side. <see cref="ReceiveAsync"/> records a pushed update by its update_id before the
/// endpoint answers 200 (Telegram retries a non-2xx or slow answer, so the answer is quick and a retry harmless); the
/// background loop then handles it through the same <see cref="UpdateApplier"/> as polling, committing the effect with
/// the record marked handled. Updates recorded but not handled — this or another instance stopped in between, or the
/// commit failed — are picked up again once their lease runs out; records past Telegram's 24 hours are pruned.
/// </summary>
public sealed class WebhookUpdates(
    UpdateStore updates,
    UpdateApplier applier,
    TimeProvider time,
    ILogger<WebhookUpdates> logger) : BackgroundService
{
    /// <summary>How long a claimed update is this instance's before another may take it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>How often recorded-but-unhandled updates are looked for, and how old they must be (the receiver handles its own first).</summary>
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(5);

    /// <summary>Telegram keeps an unconfirmed update 24 hours: no retry of an older one can come.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    private readonly Channel<long> _received = Channel.CreateBounded<long>(new BoundedChannelOptions(10_000)
    {
        // A full queue loses only the wake-up: the record is stored and the sweep finds it.
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public async Task<WebhookReceipt> ReceiveAsync(ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        if (Identify(body) is not var (updateId, chatId))
            return WebhookReceipt.NotAnUpdate;
        if (!await updates.RecordAsync(updateId, Encoding.UTF8.GetString(body.Span), chatId, ct))
        {
            Log.WebhookDuplicate(logger, updateId);
            return WebhookReceipt.Duplicate;
        }

        _received.Writer.TryWrite(updateId);
        return WebhookReceipt.Recorded;
    }

    /// <summary>
    /// The update_id of a JSON object (null for anything else) and the chat the update belongs to: its payload's
    /// <c>chat</c> (a message, a post, a membership change), else the chat of its <c>message</c> (a tapped button),
    /// else its sender's private chat (<c>from</c>); null when it names none.
    /// </summary>
    internal static (long UpdateId, long? ChatId)? Identify(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("update_id", out var id)
                || id.ValueKind != JsonValueKind.Number || !id.TryGetInt64(out var updateId) || updateId < 0)
            {
                return null;
            }

            foreach (var property in root.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Object)
                    continue;
                var payload = property.Value;
                var chatId = IdOf(payload, "chat")
                             ?? (payload.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object ? IdOf(message, "chat") : null)
                             ?? IdOf(payload, "from");
                return (updateId, chatId);
            }

            return (updateId, null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static long? IdOf(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object
        && child.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var value)
            ? value
            : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextSweep = time.GetUtcNow();
        var nextPrune = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (time.GetUtcNow() >= nextPrune)
                {
                    var pruned = await updates.PruneAsync(Retention, stoppingToken);
                    if (pruned > 0)
                        Log.WebhookPruned(logger, pruned);
                    nextPrune = time.GetUtcNow() + PruneEvery;
                }

                if (time.GetUtcNow() >= nextSweep)
                {
                    foreach (var stranded in await updates.ClaimStrandedAsync(100, SweepEvery, Lease, stoppingToken))
                        await HandleInTurnAsync(stranded, stoppingToken);
                    nextSweep = time.GetUtcNow() + SweepEvery;
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(SweepEvery);
                long updateId;
                try
                {
                    updateId = await _received.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    continue;
                }

                if (await updates.ClaimAsync(updateId, Lease, stoppingToken) is { } update)
                    await HandleInTurnAsync(update, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The record stays unhandled; the sweep takes it again once its lease is over.
                Log.WebhookLoopFailed(logger, Secrets.Redact(e.Message));
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>
    /// Handles the update, then its chat's next open one, and so on: an update of a chat that was busy when it arrived
    /// (<see cref="UpdateStore.ClaimAsync"/> refused it) is taken up as soon as the chat is free, not at the next sweep.
    /// </summary>
    private async Task HandleInTurnAsync(PushedUpdate pushed, CancellationToken ct)
    {
        for (PushedUpdate? next = pushed; next is not null;)
        {
            await HandleAsync(next, ct);
            next = next.ChatId is { } chatId ? await updates.ClaimNextOfChatAsync(chatId, Lease, ct) : null;
        }
    }

    private async Task HandleAsync(PushedUpdate pushed, CancellationToken ct)
    {
        var receipt = UpdateReceipt.Webhook(pushed.UpdateId);
        var id = (int)pushed.UpdateId;
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(pushed.Payload, JsonBotAPI.Options);
        }
        catch (JsonException e)
        {
            await applier.DropAsync(receipt, id, pushed.Attempts, e, ct);
            return;
        }

        if (update is null)
        {
            await applier.DropAsync(receipt, id, pushed.Attempts, new JsonException("the update is JSON null"), ct);
            return;
        }

        var effect = await applier.HandleAsync(update, ct);
        bool committed;
        try
        {
            committed = await applier.CommitAsync(receipt, effect, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (pushed.Attempts < UpdateApplier.MaxApplyAttempts)
                throw;
            await applier.DropAsync(receipt, id, pushed.Attempts, e, ct);
            return;
        }

        if (!committed)
        {
            // Another instance committed it while this one worked on it (its lease ran out): its effect stands alone.
            Log.WebhookDuplicate(logger, pushed.UpdateId);
            return;
        }

        await applier.AfterCommitAsync(effect, ct);
    }
}
