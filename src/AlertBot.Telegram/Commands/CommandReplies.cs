using AlertBot.Core.Route;
using AlertBot.Storage;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace AlertBot.Telegram.Commands;

/// <summary>A parsed command: name without the slash, arguments, and the bot it was addressed to (/status@SomeBot).</summary>
internal sealed record ParsedCommand(string Command, string[] Args, string? Mention);

/// <summary>Where a command's reply goes: the chat and forum thread it came from.</summary>
internal sealed record ReplyContext(int UpdateId, long ChatId, int? ThreadId, bool Silent);

/// <summary>What every part of <see cref="CommandHandler"/> answers with: replies queued as deliveries and the chat's settings (button answers are part of the <see cref="UpdateEffect"/>).</summary>
internal sealed class CommandReplies(ChatStore chats, TimeProvider time)
{
    public async Task<ChatSettings> LoadOrNewAsync(Chat chat, CancellationToken ct) =>
        await chats.GetChatAsync(chat.Id, ct) ?? new ChatSettings
        {
            Id = chat.Id,
            Kind = chat.Type switch
            {
                ChatType.Private => ChatKind.Private,
                ChatType.Group => ChatKind.Group,
                ChatType.Supergroup => ChatKind.Supergroup,
                _ => ChatKind.Channel,
            },
            Title = chat.Title ?? string.Join(' ', new[] { chat.FirstName, chat.LastName }.Where(s => !string.IsNullOrEmpty(s))),
        };

    public async Task<UpdateEffect> ReplyAsync(int updateId, Chat chat, string text, CancellationToken ct)
    {
        var settings = await LoadOrNewAsync(chat, ct);
        return new UpdateEffect(settings, [Reply(updateId, settings.Id, text)]);
    }

    public NewDelivery Reply(int updateId, long chatId, string html, string? markup = null) =>
        Reply($"u:{updateId}", chatId, html, markup);

    public NewDelivery Reply(string key, long chatId, string html, string? markup = null) =>
        new(key, chatId, DeliveryKind.Text, time.GetUtcNow()) { Payload = html, ReplyMarkup = markup };

    /// <summary>A reply in the thread the command came from; in a channel, without a notification sound.</summary>
    public NewDelivery Reply(ReplyContext context, string html, string? markup = null) =>
        Reply(context.UpdateId, context.ChatId, html, markup) with { ThreadId = context.ThreadId, Silent = context.Silent };
}
