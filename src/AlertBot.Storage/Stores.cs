using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlertBot.Storage;

/// <summary>
/// The aggregates over one database, for what uses several at once (the CLI verbs, test fixtures). Services
/// take the one aggregate they need instead.
/// </summary>
public sealed record Stores(Database Database, StoryStore Stories, ChatStore Chats, Outbox Outbox, FeedStore Feeds, ClusterStore Cluster, UpdateStore Updates)
{
    public static Stores Create(Database database, TimeProvider time) =>
        new(database, new StoryStore(database, time), new ChatStore(database, time), new Outbox(database, time), new FeedStore(database, time), new ClusterStore(database), new UpdateStore(database, time));
}

public static class StoresServiceCollectionExtensions
{
    /// <summary>
    /// Each aggregate as a singleton over the registered <see cref="Database"/> and <see cref="TimeProvider"/>, <see cref="Stores"/>
    /// over them, and the <see cref="IInstanceCoordination"/> the database calls for.
    /// </summary>
    public static IServiceCollection AddAlertBotStores(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StoryStore>();
        services.AddSingleton<ChatStore>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<FeedStore>();
        services.AddSingleton<ClusterStore>();
        services.AddSingleton<UpdateStore>();
        services.TryAddSingleton<ClusterNode>();
        // The one place that knows one instance from a cluster.
        services.AddSingleton<IInstanceCoordination>(sp => sp.GetRequiredService<Database>().Provider == StorageProvider.Postgres
            ? ActivatorUtilities.CreateInstance<PostgresInstances>(sp)
            : new SingleInstance());
        services.AddSingleton(sp => new Stores(
            sp.GetRequiredService<Database>(),
            sp.GetRequiredService<StoryStore>(),
            sp.GetRequiredService<ChatStore>(),
            sp.GetRequiredService<Outbox>(),
            sp.GetRequiredService<FeedStore>(),
            sp.GetRequiredService<ClusterStore>(),
            sp.GetRequiredService<UpdateStore>()));
        return services;
    }
}
