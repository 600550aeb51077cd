using AlertBot.Core.Render;

namespace AlertBot.Telegram.Deliver;

/// <summary>With no bot token, alerts go to standard output as the reader would see them.</summary>
public sealed class ConsoleMessageSink(TextWriter output) : IMessageSink
{
    /// <summary>The one chat that stands for the console.</summary>
    public const long ConsoleChatId = 0;

    private readonly Lock _gate = new();
    private int _nextId;

    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        var text = message.PlainText ? message.Html : TelegramHtml.ToPlainText(message.Html);
        lock (_gate)
        {
            output.WriteLine("──── alert ────");
            output.WriteLine(text);
            output.WriteLine();
            output.Flush();
            return Task.FromResult<SendResult>(new SendResult.Sent(++_nextId));
        }
    }

    public Task<SendResult> EditAsync(MessageEdit edit, CancellationToken ct)
    {
        var text = edit.PlainText ? edit.Html : TelegramHtml.ToPlainText(edit.Html);
        lock (_gate)
        {
            output.WriteLine($"──── alert {edit.MessageId} updated ────");
            output.WriteLine(text);
            output.WriteLine();
            output.Flush();
            return Task.FromResult<SendResult>(new SendResult.Sent(edit.MessageId));
        }
    }
}
