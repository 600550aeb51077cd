using AlertBot.Core.Route;
using AlertBot.Ingest;
using AlertBot.Storage;
using AlertBot.Telegram;
using AlertBot.Telegram.Deliver;
using Microsoft.Extensions.Options;

namespace AlertBot;

/// <summary>Says at start how the bot runs; without a token registers the console as the one chat.</summary>
internal sealed class StartupReport(
    ChatStore chatStore,
    IOptions<TelegramOptions> telegram,
    IOptions<StorageOptions> storage,
    IOptions<ArticlesOptions> articles,
    ILogger<StartupReport> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!telegram.Value.HasToken)
        {
            Log.ConsoleMode(logger);
            await chatStore.SaveChatAsync(new ChatSettings
            {
                Id = ConsoleMessageSink.ConsoleChatId,
                Kind = ChatKind.Channel,
                Title = "console",
                Topics = new HashSet<string> { ChatSettings.AllTopics },
            }, cancellationToken);
        }

        var chats = await chatStore.GetChatsAsync(enabledOnly: true, cancellationToken);
        Log.Started(logger, storage.Value.Provider.ToString(), Path.GetFullPath(articles.Value.Path), chats.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
