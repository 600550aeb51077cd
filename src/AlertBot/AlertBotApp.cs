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
        var builder = CreateBuilder(args);
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

    /// <summary>
    /// The host's builder, whose configuration the operator verbs read too: appsettings.json beside the binary, then
    /// environment variables (Section__Key), then --Section:Key=value arguments. Relative paths (articles, data) are
    /// relative to the working folder.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args) =>
        WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

    /// <summary>
    /// Runs every options check at once, before any service is made, and throws what they found (see
    /// <see cref="ConfigurationProblems"/>). The host's own start checks only after making its hosted services, and
    /// the first of them to read a bad section would report that one alone.
    /// </summary>
    public static void ValidateConfiguration(IServiceProvider services) =>
        services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();

    /// <summary>
    /// Every configuration problem an exception carries: one section's (<see cref="Microsoft.Extensions.Options.OptionsValidationException"/>)
    /// or several sections' at once (the host's start throws them together as an <see cref="AggregateException"/>); null for anything else.
    /// </summary>
    public static IReadOnlyList<string>? ConfigurationProblems(Exception e) => e switch
    {
        Microsoft.Extensions.Options.OptionsValidationException one => [.. one.Failures],
        AggregateException many when many.InnerExceptions.Count > 0 && many.InnerExceptions.All(x => x is Microsoft.Extensions.Options.OptionsValidationException) =>
            [.. many.InnerExceptions.SelectMany(x => ((Microsoft.Extensions.Options.OptionsValidationException)x).Failures)],
        _ => null,
    };

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
        services.AddOptions<TopicsOptions>()
            .Configure(o => o.Topics = configuration.GetSection(TopicsOptions.Section).Get<List<Topic>>() ?? [])
            .ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<TopicsOptions>, TopicsOptionsValidator>();
        services.AddSingleton(sp => new Router(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<TopicsOptions>>().Value.Topics));
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
