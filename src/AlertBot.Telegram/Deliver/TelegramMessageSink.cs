using AlertBot.Core.Observe;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace AlertBot.Telegram.Deliver;

/// <summary>Sends through Telegram.Bot and turns every answer Telegram can give into a <see cref="SendResult"/>.</summary>
public sealed class TelegramMessageSink(ITelegramBotClient bot, IOptions<TelegramOptions> options) : IMessageSink
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.RequestTimeout);
        try
        {
            var markup = message.ReplyMarkupJson is null
                ? null
                : System.Text.Json.JsonSerializer.Deserialize<InlineKeyboardMarkup>(message.ReplyMarkupJson, JsonBotAPI.Options);
            var sent = await bot.SendMessage(
                message.ChatId,
                message.Html,
                messageThreadId: message.ThreadId,
                parseMode: message.PlainText ? ParseMode.None : ParseMode.Html,
                replyMarkup: markup,
                linkPreviewOptions: NoPreview,
                disableNotification: message.Silent,
                replyParameters: message.ReplyToMessageId is { } replyTo ? new ReplyParameters { MessageId = replyTo, AllowSendingWithoutReply = true } : null,
                cancellationToken: timeout.Token);
            return new SendResult.Sent(sent.MessageId);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SendResult.Transient("timed out waiting for Telegram", UnknownOutcome: true);
        }
        catch (ApiRequestException e)
        {
            return Classify(e);
        }
        catch (RequestException e) when (!ct.IsCancellationRequested)
        {
            // Network failure or timeout inside the client: the request may have reached Telegram.
            return new SendResult.Transient(Secrets.Redact(e.InnerException?.Message ?? e.Message), UnknownOutcome: true);
        }
    }

    public async Task<SendResult> EditAsync(MessageEdit edit, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.RequestTimeout);
        try
        {
            await bot.EditMessageText(
                edit.ChatId,
                edit.MessageId,
                edit.Html,
                parseMode: edit.PlainText ? ParseMode.None : ParseMode.Html,
                linkPreviewOptions: NoPreview,
                cancellationToken: timeout.Token);
            return new SendResult.Sent(edit.MessageId);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SendResult.Transient("timed out waiting for Telegram", UnknownOutcome: true);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase))
        {
            // The message already shows this text (an edit repeated after a restart, or a chat that got the new version).
            return new SendResult.Sent(edit.MessageId);
        }
        catch (ApiRequestException e)
        {
            return Classify(e);
        }
        catch (RequestException e) when (!ct.IsCancellationRequested)
        {
            return new SendResult.Transient(Secrets.Redact(e.InnerException?.Message ?? e.Message), UnknownOutcome: true);
        }
    }

    public async Task<SendResult> DeleteAsync(long chatId, int messageId, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.RequestTimeout);
        try
        {
            await bot.DeleteMessage(chatId, messageId, timeout.Token);
            return new SendResult.Sent(messageId);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SendResult.Transient("timed out waiting for Telegram", UnknownOutcome: true);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("message to delete not found", StringComparison.OrdinalIgnoreCase))
        {
            // Gone already (a chat admin deleted it, or a delete repeated after a restart).
            return new SendResult.Sent(messageId);
        }
        catch (ApiRequestException e)
        {
            return Classify(e);
        }
        catch (RequestException e) when (!ct.IsCancellationRequested)
        {
            return new SendResult.Transient(Secrets.Redact(e.InnerException?.Message ?? e.Message), UnknownOutcome: true);
        }
    }

    internal static SendResult Classify(ApiRequestException e)
    {
        var description = Secrets.Redact(e.Message);
        if (e.ErrorCode == 429)
            return new SendResult.RetryAfter(TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1)));
        if (e.Parameters?.MigrateToChatId is { } newId)
            return new SendResult.Migrated(newId);
        if (e.ErrorCode == 403)
            return new SendResult.ChatGone(description);
        if (e.ErrorCode >= 500)
            return new SendResult.Transient(description, UnknownOutcome: true);
        if (e.ErrorCode == 400 && description.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase))
            return new SendResult.BadMarkup(description);
        if (e.ErrorCode == 400 && (description.Contains("chat not found", StringComparison.OrdinalIgnoreCase)
                                   || description.Contains("user is deactivated", StringComparison.OrdinalIgnoreCase)
                                   || description.Contains("not enough rights", StringComparison.OrdinalIgnoreCase)))
            return new SendResult.ChatGone(description);
        return new SendResult.Rejected(description);
    }
}
