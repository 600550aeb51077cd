using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.Telegram.Commands;
using Quartz;

namespace AlertBot.Schedule;

/// <summary>
/// Keeps one Quartz cron trigger per digest chat, at the chat's local time in its IANA zone (Quartz
/// computes each fire time through the zone, so DST neither skips nor doubles a digest). A digest missed
/// while the host was down fires once when it comes back (FireAndProceed). Unchanged triggers are left as
/// stored, so a restart does not reset their state.
/// </summary>
public sealed class DigestScheduler(ISchedulerFactory schedulers, ChatStore chats) : IChatSettingsListener, IHostedService
{
    public static TriggerKey TriggerKeyFor(long chatId) => new($"digest-{chatId}", "digest");

    public async Task ChatChangedAsync(ChatSettings chat, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var key = TriggerKeyFor(chat.Id);
        var existing = await scheduler.GetTrigger(key, ct) as ICronTrigger;
        if (!chat.Enabled || chat.Mode != DeliveryMode.Digest || chat.DigestAt is not { } at || !DeliveryPlanner.TryZone(chat.TimeZone, out var zone))
        {
            if (existing is not null)
                await scheduler.UnscheduleJob(key, ct);
            return;
        }

        var cron = $"0 {at.Minute} {at.Hour} ? * *";
        if (existing is not null && existing.CronExpressionString == cron && existing.TimeZone.Id == zone.Id)
            return;
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(DigestJob.Key)
            .UsingJobData(DigestJob.ChatIdKey, chat.Id)
            .WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        if (existing is null)
        {
            try
            {
                await scheduler.ScheduleJob(trigger, default, ct);
            }
            catch (ObjectAlreadyExistsException)
            {
                // Another node of the cluster stored it a moment ago (every node aligns the triggers at start).
                await scheduler.RescheduleJob(key, trigger, ct);
            }
        }
        else
            await scheduler.RescheduleJob(key, trigger, ct);
    }

    /// <summary>At start, brings the stored triggers in line with the chats (settings may have changed on another node).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var chat in await chats.GetChatsAsync(enabledOnly: false, cancellationToken))
            await ChatChangedAsync(chat, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
