using System.Net;
using Microsoft.Extensions.Options;

namespace AlertBot.Ingest;

/// <summary>Registration of the ingest sources beyond the folder store: push, feeds, duplicates.</summary>
public static class IngestSetup
{
    public static IServiceCollection AddAlertBotIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PushOptions>().Bind(configuration.GetSection(PushOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PushOptions>, PushOptionsValidator>();
        services.AddSingleton<PushGate>();
        services.AddOptions<DuplicatesOptions>().Bind(configuration.GetSection(DuplicatesOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DuplicatesOptions>, DuplicatesOptionsValidator>();

        services.AddOptions<FeedsOptions>()
            .Bind(configuration.GetSection(FeedsOptions.Section))
            .Configure(o => o.Feeds = configuration.GetSection(FeedsOptions.ListSection).Get<List<FeedOptions>>() ?? [])
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedsOptions>, FeedsOptionsValidator>();
        services.AddHttpClient(FeedPoller.HttpClientName, (sp, c) =>
            {
                // The poller applies FeedPolling:Timeout per request; this is only the outer bound.
                c.Timeout = Timeout.InfiniteTimeSpan;
                c.DefaultRequestHeaders.UserAgent.ParseAdd(sp.GetRequiredService<IOptions<FeedsOptions>>().Value.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = TimeSpan.FromSeconds(10),
            });
        services.AddSingleton<FeedPoller>();
        services.AddSingleton<FeedScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedScheduler>());
        return services;
    }
}
