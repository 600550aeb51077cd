using AlertBot.Core.Observe;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using AlertBot.Ingest;
using AlertBot.MiniApp;
using AlertBot.Observe;
using AlertBot.Schedule;
using AlertBot.Storage;
using AlertBot.Telegram;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertBot;

/// <summary>Builds the worker: ingest, understand, route, schedule, deliver, observe.</summary>
public static class AlertBotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Settings come from appsettings.json beside the binary, then environment variables (Section__Key),
        // then --Section:Key=value arguments. Relative paths (articles, data) are relative to the working folder.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        builder.Services.AddAlertBot(builder.Configuration);
        // Last: the token guard wraps every logger provider registered before it, the caller's included.
        builder.Logging.AddAlertBotLogging(builder.Configuration);
        var app = builder.Build();
        app.MapAlertBotEndpoints();
        app.MapPushEndpoint();
        app.MapMiniApp();
        app.MapTelegramWebhook();
        return app;
    }

    public static IServiceCollection AddAlertBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<AlertBotMetrics>();

        services.AddAlertBotStorage(configuration);

        services.AddOptions<ArticlesOptions>().Bind(configuration.GetSection(ArticlesOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ArticlesOptions>, ArticlesOptionsValidator>();
        // Understand:MaxTime is the stage's own; its size limit is the store's (Articles:MaxBytes).
        services.AddOptions<UnderstandOptions>().Bind(configuration.GetSection("Understand"))
            .Configure<Microsoft.Extensions.Options.IOptions<ArticlesOptions>>((o, articles) => o.MaxBytes = articles.Value.MaxBytes)
            .ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<UnderstandOptions>, UnderstandOptionsValidator>();
        services.AddSingleton(sp => new ArticleUnderstander(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<UnderstandOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        var topics = configuration.GetSection("Topics").Get<List<Topic>>() ?? [];
        services.AddSingleton(new Router(topics));
        services.AddAlertBotIngest(configuration);
        services.AddSingleton<ArticlePipeline>();
        services.AddHostedService<GazetteerWarmup>();
        // Try: a test may put a reader that fails on purpose in its place.
        services.TryAddSingleton<ArticleFileReader>();
        services.AddSingleton<FolderWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<FolderWatcher>());

        services.AddAlertBotTelegram(configuration, BuiltInTopics.Tags);
        services.AddAlertBotScheduling(configuration);
        services.AddAlertBotObservability();
        services.AddHostedService<StartupReport>();
        return services;
    }
}
