namespace AlertBot.Telegram.Deliver;

/// <summary>One Telegram message to send.</summary>
/// <param name="Html">Text in Telegram HTML parse mode, or plain text when <paramref name="PlainText"/>.</param>
public sealed record OutgoingMessage(long ChatId, string Html, bool Silent, string? ReplyMarkupJson = null, bool PlainText = false)
{
    /// <summary>A forum supergroup's topic thread (message_thread_id); null for the main chat.</summary>
    public int? ThreadId { get; init; }

    /// <summary>Sent as a reply to this message (a story's follow-up); still sent if that message is gone.</summary>
    public int? ReplyToMessageId { get; init; }

    /// <summary>Send this rich message (sendRichMessage) instead of <see cref="OutgoingMessage.Html"/>.</summary>
    public global::Telegram.Bot.Types.InputRichMessage? Rich { get; init; }

    /// <summary>Show this URL's link preview (small, below the text); null: no preview.</summary>
    public string? PreviewUrl { get; init; }
}

/// <summary>New text for a message the bot sent earlier (editMessageText).</summary>
public sealed record MessageEdit(long ChatId, int MessageId, string Html, bool PlainText = false)
{
    /// <summary>New rich content (editMessageText with rich_message) instead of <see cref="Html"/>.</summary>
    public global::Telegram.Bot.Types.InputRichMessage? Rich { get; init; }

    /// <inheritdoc cref="OutgoingMessage.PreviewUrl"/>
    public string? PreviewUrl { get; init; }
}

/// <summary>What Telegram said to one send, classified by what the sender must do next.</summary>
public abstract record SendResult
{
    public sealed record Sent(int MessageId) : SendResult;

    /// <summary>429: wait <see cref="After"/>, then resend.</summary>
    public sealed record RetryAfter(TimeSpan After) : SendResult;

    /// <summary>5xx, timeout, network: back off; <see cref="UnknownOutcome"/> when Telegram may have the message.</summary>
    public sealed record Transient(string Error, bool UnknownOutcome) : SendResult;

    /// <summary>403: blocked, kicked, not a member, deactivated. The chat is gone for us.</summary>
    public sealed record ChatGone(string Reason) : SendResult;

    /// <summary>400 group upgraded to a supergroup: resend to <see cref="NewChatId"/>.</summary>
    public sealed record Migrated(long NewChatId) : SendResult;

    /// <summary>400 can't parse entities: resend as plain text.</summary>
    public sealed record BadMarkup(string Error) : SendResult;

    /// <summary>Any other 4xx: sending again would fail the same way.</summary>
    public sealed record Rejected(string Error) : SendResult;

    /// <summary>
    /// A rich message was refused as such: the Bot API server has no sendRichMessage (404), or answered 400 to the
    /// rich content. Telegram does not publish those texts, so this is decided on the status and the method alone.
    /// </summary>
    public sealed record RichUnsupported(string Error) : SendResult;
}

/// <summary>Where messages go: Telegram, or the console when no bot token is set.</summary>
public interface IMessageSink
{
    /// <summary>Whether this sink can send rich messages at all (the console cannot).</summary>
    bool SupportsRich => false;

    Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken ct);

    /// <summary>
    /// Replaces a sent message's text. "Not modified" counts as <see cref="SendResult.Sent"/>; a message that can
    /// no longer be edited is <see cref="SendResult.Rejected"/> (the caller sends a follow-up instead).
    /// </summary>
    Task<SendResult> EditAsync(MessageEdit edit, CancellationToken ct) =>
        Task.FromResult<SendResult>(new SendResult.Rejected("this sink cannot edit messages"));

    /// <summary>Deletes a sent message (a withdrawn story's alert). One already gone counts as <see cref="SendResult.Sent"/>.</summary>
    Task<SendResult> DeleteAsync(long chatId, int messageId, CancellationToken ct) =>
        Task.FromResult<SendResult>(new SendResult.Rejected("this sink cannot delete messages"));
}
