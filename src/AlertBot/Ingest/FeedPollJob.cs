using Quartz;

namespace AlertBot.Ingest;

/// <summary>One job per feed, so a slow feed never overlaps itself but feeds poll side by side.</summary>
[DisallowConcurrentExecution]
public sealed class FeedPollJob(FeedPoller poller) : IJob
{
    public const string Group = "feeds";
    public const string FeedIdKey = "feedId";

    public static JobKey KeyFor(long feedId) => new($"feed-{feedId}", Group);

    public static TriggerKey TriggerKeyFor(long feedId) => new($"feed-{feedId}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await poller.PollAsync(context.MergedJobDataMap.GetLong(FeedIdKey), cancellationToken);
}
