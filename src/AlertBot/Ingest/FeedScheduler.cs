using AlertBot.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace AlertBot.Ingest;

/// <summary>
/// At start: the configured feeds become the stored ones (OPML imports stay), and every stored feed gets its
/// own Quartz job and simple trigger at its interval. A trigger whose interval is unchanged is left as
/// stored, so a restart does not reset it; jobs of feeds no longer listed are deleted. The same sync runs
/// every minute (<see cref="FeedSyncJob"/>), so feeds imported from OPML start without a restart.
/// </summary>
public sealed class FeedScheduler(ISchedulerFactory schedulers, FeedStore feedStore, IOptions<FeedsOptions> options, ILogger<FeedScheduler> logger) : IHostedService
{
    public static readonly TimeSpan SyncInterval = TimeSpan.FromMinutes(1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var feeds = await SyncAsync(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        if (await scheduler.GetTrigger(FeedSyncJob.TriggerKey, cancellationToken) is null)
        {
            var job = JobBuilder.Create<FeedSyncJob>().WithIdentity(FeedSyncJob.Key).StoreDurably().Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity(FeedSyncJob.TriggerKey)
                .ForJob(job)
                .StartAt(DateTimeOffset.UtcNow + SyncInterval)
                .WithSimpleSchedule(s => s.WithInterval(SyncInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build();
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
        }

        Log.FeedsScheduled(logger, feeds);
    }

    /// <summary>Brings the stored feeds and their Quartz jobs in line with configuration and imports; returns the number of feeds.</summary>
    public async Task<int> SyncAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.Feeds.Select(f => (f.Url, FeedsOptions.NameOf(f), f.Interval)).ToList();
        await feedStore.SyncConfiguredFeedsAsync(configured, cancellationToken);
        var feeds = await feedStore.GetFeedsAsync(cancellationToken);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var wanted = feeds.Select(f => FeedPollJob.KeyFor(f.Id)).ToHashSet();
        foreach (var stale in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(FeedPollJob.Group), cancellationToken))
        {
            if (!wanted.Contains(stale))
                await scheduler.DeleteJob(stale, cancellationToken);
        }

        foreach (var feed in feeds)
        {
            var key = FeedPollJob.TriggerKeyFor(feed.Id);
            if (await scheduler.GetTrigger(key, cancellationToken) is ISimpleTrigger existing && existing.RepeatInterval == feed.Interval)
                continue;
            var job = JobBuilder.Create<FeedPollJob>()
                .WithIdentity(FeedPollJob.KeyFor(feed.Id))
                .UsingJobData(FeedPollJob.FeedIdKey, feed.Id)
                .StoreDurably()
                .Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity(key)
                .ForJob(job)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(feed.Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build();
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
        }

        return feeds.Count;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
