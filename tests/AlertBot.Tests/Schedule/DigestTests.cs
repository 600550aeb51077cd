using AlertBot.Schedule;
using AlertBot.TestBotApi;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AlertBot.Tests.Schedule;

public sealed class DigestTests : HostedBotTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ModeDigest_InKyiv_SchedulesACronTriggerAtTheLocalTime()
    {
        await ConfigureDigestChatAsync(2001, "Europe/Kyiv", "07:30");

        var trigger = await TriggerAsync(2001);
        var next = trigger!.NextFireTimeUtc!.Value;
        var local = TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv"));

        Assert.Equal(new TimeOnly(7, 30), TimeOnly.FromDateTime(local.DateTime));
        Assert.True(next - DateTimeOffset.UtcNow <= TimeSpan.FromDays(1));
        Assert.Equal(CronTriggerMisfireInstruction.FireAndProceed, Assert.IsAssignableFrom<ICronTrigger>(trigger).MisfireInstruction);
    }

    [Fact]
    public async Task DigestChat_GetsNoInstantAlert_ThenOneDigestWhenTheJobFires_AndNoneWhenEmpty()
    {
        await ConfigureDigestChatAsync(2002, "America/New_York", "18:00");
        var before = Server.SentTo(2002).Count;

        await Host.DropArticleAsync("one.txt", Fixtures.Numbered(11));
        await Host.DropArticleAsync("two.txt", Fixtures.Numbered(12));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(before, Server.SentTo(2002).Count);

        var scheduler = await Host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(DigestJob.Key, new JobDataMap { [DigestJob.ChatIdKey] = 2002L });
        await Server.WaitUntilAsync(s => s.SentTo(2002).Count == before + 1, Wait);
        await scheduler.TriggerJob(DigestJob.Key, new JobDataMap { [DigestJob.ChatIdKey] = 2002L });
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var messages = Server.SentTo(2002);
        Assert.Equal(before + 1, messages.Count);
        var digest = messages[^1];
        Assert.Contains("Digest — 2 alerts", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Flash Update 11", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Flash Update 12", digest.Text, StringComparison.Ordinal);
        Assert.True(digest.DisableNotification);
        // One line per story, its key time also in each reader's own time; a digest shows no link preview.
        var at1530 = new DateTimeOffset(2024, 6, 3, 15, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        Assert.Equal([at1530, at1530], digest.DateTimes.Select(e => e.UnixTime!.Value));
        Assert.Contains("Mon 3 Jun 2024 15:30 UTC", digest.Text, StringComparison.Ordinal);
        Assert.True(digest.LinkPreview!.IsDisabled);
    }

    [Fact]
    public async Task ModeInstant_AfterDigest_RemovesTheTrigger_AndARestartKeepsIt()
    {
        await ConfigureDigestChatAsync(2003, "Etc/UTC", "06:00");
        await Host.RestartAsync();
        Assert.NotNull(await TriggerAsync(2003));

        var before = Server.SentTo(2003).Count;
        Server.SendText(2003, 2003, "/mode instant");
        await Server.WaitUntilAsync(s => s.SentTo(2003).Count == before + 1, Wait);

        Assert.Null(await TriggerAsync(2003));
    }

    private async Task ConfigureDigestChatAsync(long chatId, string zone, string at)
    {
        Server.AddPrivateChat(chatId);
        Server.SendText(chatId, chatId, "/start");
        Server.SendText(chatId, chatId, "/timezone " + zone);
        Server.SendText(chatId, chatId, "/mode digest " + at);
        await Server.WaitUntilAsync(s => s.SentTo(chatId).Count == 3, Wait);
        Assert.Contains("digest", Server.SentTo(chatId)[2].Text, StringComparison.Ordinal);
    }

    private async Task<ITrigger?> TriggerAsync(long chatId)
    {
        var scheduler = await Host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetTrigger(DigestScheduler.TriggerKeyFor(chatId));
    }
}

public sealed class DigestCalendarTests
{
    /// <summary>The cron expression and zone AlertBot gives a digest trigger, across DST changes: one fire a day, at the local time.</summary>
    [Theory]
    [InlineData("Europe/Kyiv", "07:30", "2024-10-26T12:00:00Z", "2024-10-27T05:30:00Z")] // EEST → EET: 07:30 is 05:30Z after the change
    [InlineData("Europe/Kyiv", "07:30", "2024-03-30T12:00:00Z", "2024-03-31T04:30:00Z")] // EET → EEST
    [InlineData("America/New_York", "18:00", "2024-03-09T23:30:00Z", "2024-03-10T22:00:00Z")] // EST → EDT
    [InlineData("America/New_York", "18:00", "2024-11-02T22:30:00Z", "2024-11-03T23:00:00Z")] // EDT → EST
    [InlineData("Europe/London", "01:30", "2024-10-26T12:00:00Z", "2024-10-27T00:30:00Z")] // 01:30 happens twice: fires once (the first, BST)
    public void DigestCron_AcrossDst_FiresOnceAtTheLocalTime(string zone, string at, string fromUtc, string expectedUtc)
    {
        var time = TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        var cron = new CronExpression($"0 {time.Minute} {time.Hour} ? * *", TimeZoneInfo.FindSystemTimeZoneById(zone));
        var from = DateTimeOffset.Parse(fromUtc, System.Globalization.CultureInfo.InvariantCulture);

        var next = cron.GetNextValidTimeAfter(from)!.Value;
        var following = cron.GetNextValidTimeAfter(next)!.Value;

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), next);
        Assert.InRange((following - next).TotalHours, 23, 25);
    }
}
