using AlertBot.Ingest;
using AlertBot.Storage;
using Quartz;

namespace AlertBot.Schedule;

public static class SchedulingSetup
{
    /// <summary>
    /// Quartz owns time: the folder rescan now, feeds and digests later. Its persistent store lives in the
    /// same database as the app (SQLite file by default; PostgreSQL, clustered, when scaled out).
    /// </summary>
    public static IServiceCollection AddAlertBotScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var articles = configuration.GetSection(ArticlesOptions.Section).Get<ArticlesOptions>() ?? new ArticlesOptions();
        // One name for every node of a cluster; tests running several hosts in one process give each its own.
        var name = configuration["Scheduling:SchedulerName"] ?? "AlertBot";
        var cluster = configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new ClusterOptions();
        services.AddQuartz(name, q =>
        {
            q.UsePersistentStore(s =>
            {
                if (storage.Provider == StorageProvider.Postgres)
                {
                    // Every node shares the scheduler name (the cluster); Quartz 4.7 gives each clustered node its
                    // own generated instance id (host name + start ticks), so a restarted node is a new instance.
                    s.UsePostgres(d => d.DataSourceFactory = ValidatedDataSource(Npgsql.NpgsqlFactory.Instance, configuration));
                    // Nodes check in every few seconds; a node silent for longer than the threshold is taken
                    // for dead and the jobs it was running (marked RequestRecovery) run again on another node.
                    s.UseClustering(c =>
                    {
                        c.CheckinInterval = cluster.QuartzCheckinInterval;
                        c.CheckinMisfireThreshold = cluster.QuartzCheckinInterval * 2;
                    });
                }
                else
                {
                    s.UseSqlite(d => d.DataSourceFactory = ValidatedDataSource(Microsoft.Data.Sqlite.SqliteFactory.Instance, configuration));
                }

                s.UseSystemTextJsonSerializer();
                s.ProvisionSchema();
            });
            // A digest a dead node was composing runs again elsewhere; its outbox key makes that harmless.
            q.AddJob<DigestJob>(j => j.WithIdentity(DigestJob.Key).StoreDurably().RequestRecovery());
            q.AddJob<FolderRescanJob>(j => j.WithIdentity(FolderRescanJob.Key).StoreDurably());
            q.AddTrigger(t => t
                .ForJob(FolderRescanJob.Key)
                .WithIdentity("folder-rescan", "ingest")
                .StartAt(DateTimeOffset.UtcNow + articles.RescanInterval)
                .WithSimpleSchedule(s => s.WithInterval(articles.RescanInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        services.AddQuartzHostedService(name, o => o.WaitForJobsToComplete = true);
        // A named scheduler's services are keyed by its name; the app has one, so it is also the default.
        services.AddSingleton(sp => sp.GetRequiredKeyedService<ISchedulerFactory>(name));
        services.AddSingleton<DigestScheduler>();
        services.AddSingleton<Telegram.Commands.IChatSettingsListener>(sp => sp.GetRequiredService<DigestScheduler>());
        services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());
        return services;
    }

    /// <summary>
    /// Quartz's connections, from the validated storage settings when its store is first used (after the checks at
    /// start), not from configuration read while the services are registered.
    /// </summary>
    private static Func<IServiceProvider, System.Data.Common.DbDataSource> ValidatedDataSource(System.Data.Common.DbProviderFactory factory, IConfiguration configuration) =>
        sp => factory.CreateDataSource(StorageSetup.ConnectionString(configuration, sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value));
}
