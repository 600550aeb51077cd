using AlertBot.Core.Observe;
using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.Telegram.Commands;
using AlertBot.Telegram.Deliver;
using AlertBot.Telegram.MiniApp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace AlertBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    public const string HttpClientName = "telegram";

    /// <summary>
    /// The delivery side: outbox sender, pacer and, with a bot token, the Telegram client and the update receiver
    /// (the long poller, or in webhook mode the webhook's registration and handler).
    /// Without a token the sender writes alerts to the console.
    /// </summary>
    public static IServiceCollection AddAlertBotTelegram(this IServiceCollection services, IConfiguration configuration, IEnumerable<string> builtInTopics)
    {
        services.AddOptions<TelegramOptions>()
            .Bind(configuration.GetSection(TelegramOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        var telegram = configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        services.AddOptions<MiniAppOptions>()
            .Bind(configuration.GetSection(MiniAppOptions.Section))
            // The page proves each request with init data signed with the bot token: no token, no page.
            .Validate<IOptions<TelegramOptions>>((app, t) => !app.Enabled || t.Value.HasToken, "MiniApp:PublicUrl is set but Telegram:BotToken is not: the settings page checks Telegram's init data with the bot token.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MiniAppOptions>, MiniAppOptionsValidator>();
        services.AddOptions<StoriesOptions>().Bind(configuration.GetSection(StoriesOptions.Section)).ValidateOnStart();

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<RichMessageSupport>();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            // Several instances share one bot: then the window is kept where all of them see it.
            var shared = o.HasToken
                ? sp.GetRequiredService<IInstanceCoordination>().SharedSendWindow(PollerLeadership.BotId(o.BotToken!), o.MaxMessagesPerSecond, o.RequestTimeout)
                : null;
            return new SendPacer(o.MaxMessagesPerSecond, sp.GetRequiredService<TimeProvider>(), shared: shared);
        });
        services.AddSingleton(sp => new TopicDirectory(sp.GetRequiredService<Router>().Catalog, builtInTopics));
        // The settings of a chat under the commands' rules, for the settings page.
        services.AddSingleton<ChatSettingsService>();
        // Before the sender: the instance's liveness lock is held before it leases any row.
        services.AddHostedService<ClusterRecovery>();
        services.AddHostedService<OutboxSender>();

        if (!telegram.HasToken)
        {
            // The console has no flood limits: print each alert as soon as it is ready.
            services.PostConfigure<TelegramOptions>(o => o.PrivateChatInterval = o.GroupChatInterval = TimeSpan.Zero);
            services.AddSingleton<IMessageSink>(_ => new ConsoleMessageSink(Console.Out));
            return services;
        }

        // The bot token is part of every request URL, so this client must log nothing about its requests.
        services.AddHttpClient(HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            // RetryThreshold 0: a 429 comes back to our own limiter instead of sleeping inside the library.
            return new TelegramBotClient(new TelegramBotClientOptions(o.BotToken!, o.ApiBaseUrl) { RetryThreshold = 0 }, http);
        });
        services.AddSingleton<IMessageSink, TelegramMessageSink>();
        services.AddSingleton<CommandHandler>();
        services.AddSingleton<SettingsPage>();
        services.AddSingleton<UpdateApplier>();
        services.AddSingleton<WebhookSecret>();
        if (telegram.Mode == UpdateMode.Webhook)
        {
            // Every instance takes what Telegram pushes to it: no poller lock, no getUpdates.
            services.AddSingleton<WebhookUpdates>();
            services.AddHostedService(sp => sp.GetRequiredService<WebhookUpdates>());
            services.AddSingleton<WebhookRegistration>();
            services.AddHostedService(sp => sp.GetRequiredService<WebhookRegistration>());
        }
        else
        {
            services.AddSingleton<PollerLeadership>();
            services.AddHostedService<UpdatePoller>();
        }

        services.AddHostedService<BotCommandsPublisher>();
        return services;
    }
}
