namespace AlertBot.Ingest;

/// <summary>Registration of the ingest sources beyond the folder store: push, feeds, duplicates.</summary>
public static class IngestSetup
{
    public static IServiceCollection AddAlertBotIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PushOptions>().Bind(configuration.GetSection(PushOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DuplicatesOptions>().Bind(configuration.GetSection(DuplicatesOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
