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

    public bool SupportsRich => true;

    /// <summary>The source's own preview, small and below the alert, so the alert's text stays first; none without a URL.</summary>
    public static LinkPreviewOptions Preview(string? url) =>
        url is null ? NoPreview : new LinkPreviewOptions { Url = url, PreferSmallMedia = true, ShowAboveText = false };

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.RequestTimeout);
        try
        {
            var markup = message.ReplyMarkupJson is null
                ? null
                : System.Text.Json.JsonSerializer.Deserialize<InlineKeyboardMarkup>(message.ReplyMarkupJson, JsonBotAPI.Options);
            var replyTo = message.ReplyToMessageId is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
            if (message.Rich is { } rich)
            {
                try
                {
                    var richSent = await bot.SendRichMessage(
                        message.ChatId,
                        rich,
                        replyParameters: replyTo,
                        replyMarkup: markup,
                        messageThreadId: message.ThreadId,
                        disableNotification: message.Silent,
                        allowPaidBroadcast: options.Value.AllowPaidBroadcast,
                        cancellationToken: timeout.Token);
                    return new SendResult.Sent(richSent.MessageId);
                }
                catch (ApiRequestException e) when (RefusesRich(e))
                {
                    return new SendResult.RichUnsupported(Secrets.Redact(e.Message));
                }
            }

            var sent = await bot.SendMessage(
                message.ChatId,
                message.Html,
                messageThreadId: message.ThreadId,
                parseMode: message.PlainText ? ParseMode.None : ParseMode.Html,
                replyMarkup: markup,
                linkPreviewOptions: Preview(message.PreviewUrl),
                disableNotification: message.Silent,
                replyParameters: replyTo,
                allowPaidBroadcast: options.Value.AllowPaidBroadcast,
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
            if (edit.Rich is { } rich)
            {
                await bot.EditMessageText(edit.ChatId, edit.MessageId, null!, richMessage: rich, cancellationToken: timeout.Token);
                return new SendResult.Sent(edit.MessageId);
            }

            await bot.EditMessageText(
                edit.ChatId,
                edit.MessageId,
                edit.Html,
                parseMode: edit.PlainText ? ParseMode.None : ParseMode.Html,
                linkPreviewOptions: Preview(edit.PreviewUrl),
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
        catch (ApiRequestException e) when (edit.Rich is not null && RefusesRich(e))
        {
            return new SendResult.RichUnsupported(Secrets.Redact(e.Message));
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

    /// <summary>
    /// A refusal of the rich message itself: 404 (a Bot API server without sendRichMessage), or a 400 that is not one of
    /// the answers about the chat (gone, migrated, no rights) nor "not modified" — those mean the same for any message.
    /// </summary>
    internal static bool RefusesRich(ApiRequestException e) =>
        e.ErrorCode == 404
        || (e.ErrorCode == 400 && Classify(e) is SendResult.Rejected or SendResult.BadMarkup
            && !e.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase)
            && !e.Message.Contains("message to edit not found", StringComparison.OrdinalIgnoreCase)
            && !e.Message.Contains("message can't be edited", StringComparison.OrdinalIgnoreCase));

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
