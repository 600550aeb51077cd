using AlertBot.Core.Route;
using AlertBot.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

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

    /// <summary>
    /// The tapped button's answer (the toast under it). Sent once the effect is stored, so what it says is already true:
    /// an admin who reads "Following X" and sends /status at once, to whichever instance, sees X.
    /// </summary>
    public ButtonAnswer? Answer { get; init; }

    /// <summary>The tapped keyboard shown in its new state (✅ on what is followed), edited once the effect is stored.</summary>
    public KeyboardRedraw? Redraw { get; init; }

    /// <summary>A tap that changes nothing (refused, or a stale button): only its answer, after the update's receipt is stored.</summary>
    public static UpdateEffect Answered(CallbackQuery query, string text) => None with { Answer = ButtonAnswer.For(query, text) };
}

public sealed record MessageToDelete(long ChatId, int MessageId);

/// <summary>An answer to a callback query; the chat and user are for the log line if Telegram refuses it.</summary>
public sealed record ButtonAnswer(string QueryId, string Text, long ChatId, long UserId)
{
    public static ButtonAnswer For(CallbackQuery query, string text) => new(query.Id, text, query.Message?.Chat.Id ?? 0, query.From.Id);
}

/// <summary>An inline keyboard to show on a message the bot sent.</summary>
public sealed record KeyboardRedraw(long ChatId, int MessageId, InlineKeyboardMarkup Markup);
