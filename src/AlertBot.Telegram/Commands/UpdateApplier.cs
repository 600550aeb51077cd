using AlertBot.Core.Observe;
using AlertBot.Storage;
using AlertBot.Telegram.Deliver;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Commands;

/// <summary>
/// One update's path however it arrived (long polling or webhook): handled into an <see cref="UpdateEffect"/>, the
/// effect committed with the update's <see cref="UpdateReceipt"/> in one transaction, then what follows the commit
/// (wake the sender, delete a channel's command post, tell the listeners).
/// </summary>
public sealed class UpdateApplier(
    ITelegramBotClient bot,
    CommandHandler handler,
    ChatStore chats,
    OutboxSignal signal,
    AlertBotMetrics metrics,
    IEnumerable<IChatSettingsListener> listeners,
    ILogger<UpdateApplier> logger)
{
    /// <summary>How often one update's effect may fail to commit before it is dropped.</summary>
    public const int MaxApplyAttempts = 5;

    /// <summary>The update's effect; a poison update (the handler throws) has none, so it cannot block every later one.</summary>
    public async Task<UpdateEffect> HandleAsync(Update update, CancellationToken ct)
    {
        try
        {
            var effect = await handler.HandleAsync(update, ct);
            metrics.CommandsHandled.Add(1, new KeyValuePair<string, object?>("type", update.Type.ToString()));
            Log.UpdateHandled(logger, update.Id, update.Type.ToString());
            return effect;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.UpdateFailed(logger, update.Id, e);
            return UpdateEffect.None;
        }
    }

    /// <summary>Commits the effect with the receipt; false when a webhook update was already handled (nothing committed).</summary>
    public Task<bool> CommitAsync(UpdateReceipt receipt, UpdateEffect effect, CancellationToken ct) =>
        chats.ApplyCommandAsync(receipt, effect.Chat, effect.Target, effect.Replies, effect.CloseDeliveries, ct);

    /// <summary>The update's effect failed to commit <paramref name="attempts"/> times: only its receipt is committed, so the next updates go on.</summary>
    public async Task DropAsync(UpdateReceipt receipt, int updateId, int attempts, Exception error, CancellationToken ct)
    {
        Log.UpdateDropped(logger, updateId, attempts, error);
        await chats.ApplyCommandAsync(receipt, null, null, [], closeReason: null, ct);
    }

    /// <summary>What follows a committed effect. Best effort: the effect itself is stored.</summary>
    public async Task AfterCommitAsync(UpdateEffect effect, CancellationToken ct)
    {
        if (effect.Answer is { } answer)
            await AnswerAsync(answer, ct);
        if (effect.Redraw is { } redraw)
            await RedrawAsync(redraw, ct);
        if (effect.CloseDeliveries is not null)
            metrics.ChatsDisabled.Add(1); // told by my_chat_member, before any send failed
        if (effect.Replies.Count > 0)
            signal.Notify();
        if (effect.Cleanup is { } cleanup)
            await DeleteCommandAsync(cleanup, ct);
        if (effect.Chat is { } changed)
        {
            foreach (var listener in listeners)
                await listener.ChatChangedAsync(changed, ct);
        }
    }

    /// <summary>Stops the button's spinner with a toast. Best effort: the change itself is stored.</summary>
    private async Task AnswerAsync(ButtonAnswer answer, CancellationToken ct)
    {
        try
        {
            await bot.AnswerCallbackQuery(answer.QueryId, answer.Text, cancellationToken: ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.CommandHandled(logger, "callback", answer.ChatId, answer.UserId, "answer failed: " + e.GetType().Name);
        }
    }

    /// <summary>Cosmetic: the message may be too old to edit or already show this state; the change itself stands.</summary>
    private async Task RedrawAsync(KeyboardRedraw redraw, CancellationToken ct)
    {
        try
        {
            await bot.EditMessageReplyMarkup(redraw.ChatId, redraw.MessageId, redraw.Markup, cancellationToken: ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.CommandHandled(logger, "callback", redraw.ChatId, 0, "keyboard not redrawn: " + Secrets.Redact(e.Message));
        }
    }

    /// <summary>
    /// Removes a handled command from a channel. Best effort: without the right to delete, or after a restart
    /// that handles nothing twice but may delete twice, Telegram's refusal changes nothing.
    /// </summary>
    private async Task DeleteCommandAsync(MessageToDelete message, CancellationToken ct)
    {
        try
        {
            await bot.DeleteMessage(message.ChatId, message.MessageId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.CommandNotDeleted(logger, message.ChatId, message.MessageId, Secrets.Redact(e.Message));
        }
    }
}
