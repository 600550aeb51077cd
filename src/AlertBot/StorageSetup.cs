using AlertBot.Storage;
using Microsoft.Extensions.Options;

namespace AlertBot;

public static class StorageSetup
{
    public static IServiceCollection AddAlertBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAlertBotStorageOptions(configuration);
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new Database(o.Provider, ConnectionString(configuration, o));
        });
        services.AddAlertBotStores();
        services.AddOptions<ClusterOptions>().Bind(configuration.GetSection(ClusterOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>();
        services.AddHostedService<DatabaseMigration>();
        return services;
    }

    /// <summary>
    /// The storage settings and their checks, the section's own and those across sections
    /// (<see cref="StorageConnectionValidator"/>): the worker's and the operator verbs' one way to read them.
    /// </summary>
    public static IServiceCollection AddAlertBotStorageOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<IValidateOptions<StorageOptions>>(new StorageConnectionValidator(configuration));
        return services;
    }

    /// <summary>
    /// <c>ConnectionStrings:AlertBot</c>, or for SQLite a file under <c>Storage:DataPath</c>. PostgreSQL without one
    /// gives an empty string here: <see cref="StorageConnectionValidator"/> stops the host at start, naming it.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration, StorageOptions options)
    {
        var configured = configuration.GetConnectionString("AlertBot");
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        return options.Provider == StorageProvider.Postgres ? "" : Database.SqliteConnectionString(options.DataPath);
    }

    /// <summary>Brings the schema up to date before anything else starts.</summary>
    private sealed class DatabaseMigration(Database database) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            Migrator.MigrateUp(database);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
