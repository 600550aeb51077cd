using Quartz;

namespace AlertBot.Ingest;

/// <summary>The safety net under the folder watcher: finds files whose events the OS dropped.</summary>
[DisallowConcurrentExecution]
public sealed class FolderRescanJob(FolderWatcher watcher, ILogger<FolderRescanJob> logger) : IJob
{
    public static readonly JobKey Key = new("folder-rescan", "ingest");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var found = watcher.Rescan();
        if (found > 0)
            Log.RescanFound(logger, found);
        return ValueTask.CompletedTask;
    }
}
