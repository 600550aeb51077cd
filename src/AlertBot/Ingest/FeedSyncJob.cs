using Quartz;

namespace AlertBot.Ingest;

/// <summary>Picks up feeds imported (or removed) while the host runs.</summary>
[DisallowConcurrentExecution]
public sealed class FeedSyncJob(FeedScheduler feeds) : IJob
{
    public static readonly JobKey Key = new("feeds-sync", "ingest");
    public static readonly TriggerKey TriggerKey = new("feeds-sync", "ingest");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await feeds.SyncAsync(cancellationToken);
}
