using AlertBot.Core.Route;
using AlertBot.Schedule;
using AlertBot.Storage;
using AlertBot.Storage.Tests;
using AlertBot.TestBotApi;
using AlertBot.Telegram.Commands;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AlertBot.Tests.Cluster;

/// <summary>
/// The host on PostgreSQL: app and Quartz tables in one database, Quartz clustered, and two instances in this
/// process sharing it — one update poller between them, one firing of each trigger.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHostTests(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly List<HostRunner> _hosts = [];
    private readonly string _schedulerName = "cluster-" + Guid.NewGuid().ToString("N")[..8];
    private TestBotApiServer _server = null!;
    private string _db = "";

    public async Task InitializeAsync()
    {
        _server = await TestBotApiServer.StartAsync();
        _db = await postgres.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
            await host.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Host_OnPostgres_StartsClusteredAndDeliversAnAlertEndToEnd()
    {
        var host = await StartHostAsync("node-a");
        _server.AddPrivateChat(4001, "Ann");
        _server.SendText(4001, 4001, "/start");
        await _server.WaitUntilAsync(s => s.SentTo(4001).Count == 1, Wait);

        await host.DropArticleAsync("tessalit.txt", Fixtures.KidalStyle);
        await _server.WaitUntilAsync(s => s.SentTo(4001).Count == 2, Wait);

        Assert.Contains("Army Retakes Northern Town After Overnight Assault", _server.SentTo(4001)[1].Text, StringComparison.Ordinal);
        // App tables by the migrations (4 = this branch's), Quartz's by ProvisionSchema, in the same database.
        Assert.Equal(1, await ClusterProbe.ScalarAsync(_db, "SELECT COUNT(*) FROM \"VersionInfo\" WHERE \"Version\" = 4"));
        Assert.Equal(1, await ClusterProbe.ScalarAsync(_db, $"SELECT COUNT(*) FROM qrtz_scheduler_state WHERE sched_name = '{_schedulerName}' AND instance_name <> 'NON_CLUSTERED'"));
        Assert.Equal(0, _server.Stats.BadRequests);
    }

    [Fact]
    public async Task TwoHosts_OneDatabase_OnlyOnePolls_AndTheOtherTakesOverWhenItStops()
    {
        var a = await StartHostAsync("node-a");
        var b = await StartHostAsync("node-b");
        var botId = PollerLeadership.BotId(_server.Token);
        var holder = await WaitForHolderAsync(botId);

        for (var i = 0; i < 5; i++)
        {
            _server.AddPrivateChat(4100 + i, "User");
            _server.SendText(4100 + i, 4100 + i, "/start");
        }

        await _server.WaitUntilAsync(s => Enumerable.Range(4100, 5).All(c => s.SentTo(c).Count >= 1), Wait);
        var started = DateTimeOffset.UtcNow;
        await (holder == "node-a" ? a : b).StopAsync();
        var successor = await WaitForHolderAsync(botId);
        var takeover = DateTimeOffset.UtcNow - started;
        _server.SendText(4100, 4100, "/status");
        await _server.WaitUntilAsync(s => s.SentTo(4100).Count == 2, Wait);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.NotEqual(holder, successor);
        Assert.InRange(takeover, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.All(Enumerable.Range(4101, 4), c => Assert.Single(_server.SentTo(c)));
        Assert.Equal(2, _server.SentTo(4100).Count);
        Assert.Equal(0, _server.Stats.GetUpdatesConflicts);
    }

    [Fact]
    public async Task TwoHosts_DigestTrigger_IsStoredOnceAndFiresOnOneNodeOnly()
    {
        await using (var setup = new Database(StorageProvider.Postgres, _db))
        {
            Migrator.MigrateUp(setup);
            await Stores.Create(setup, TimeProvider.System).Chats.SaveChatAsync(new ChatSettings
            {
                Id = 4200,
                Kind = ChatKind.Private,
                Title = "Digest reader",
                Mode = DeliveryMode.Digest,
                DigestAt = new TimeOnly(3, 0),
                TimeZone = "Europe/Kyiv",
                Topics = new HashSet<string> { ChatSettings.AllTopics },
            });
        }

        _server.AddPrivateChat(4200, "Digest reader");
        // Both align the stored triggers with the chats at start, at the same time.
        var hosts = await Task.WhenAll(StartHostAsync("node-a"), StartHostAsync("node-b"));
        var counters = new List<FiringCounter>();
        foreach (var host in hosts)
        {
            var counter = new FiringCounter();
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            scheduler.ListenerManager.AddJobListener(counter);
            counters.Add(counter);
        }

        await hosts[0].DropArticleAsync("one.txt", Fixtures.Numbered(41));
        await WaitForAsync(async () => await ClusterProbe.ScalarAsync(_db, "SELECT COUNT(*) FROM deliveries WHERE chat_id = 4200 AND state = 'held'") == 1);
        var stored = await ClusterProbe.ScalarAsync(_db, $"SELECT COUNT(*) FROM qrtz_cron_triggers WHERE sched_name = '{_schedulerName}' AND trigger_name = 'digest-4200' AND time_zone_id = 'Europe/Kyiv'");

        // The chat's own cron trigger, moved to a few seconds from now (Quartz's cron has a seconds field).
        var at = DateTimeOffset.UtcNow.AddSeconds(4);
        var scheduler0 = await hosts[0].Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler0.RescheduleJob(DigestScheduler.TriggerKeyFor(4200), TriggerBuilder.Create()
            .WithIdentity(DigestScheduler.TriggerKeyFor(4200))
            .ForJob(DigestJob.Key)
            .UsingJobData(DigestJob.ChatIdKey, 4200L)
            .WithCronSchedule($"{at.Second} {at.Minute} {at.Hour} ? * *", c => c.InTimeZone(TimeZoneInfo.Utc))
            .Build());
        await _server.WaitUntilAsync(s => s.SentTo(4200).Count == 1, Wait);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(1, stored);
        Assert.Equal(1, counters.Sum(c => c.Fired));
        Assert.Single(_server.SentTo(4200));
        Assert.Contains("Flash Update 41", _server.SentTo(4200)[0].Text, StringComparison.Ordinal);
    }

    private async Task<HostRunner> StartHostAsync(string name)
    {
        var host = await HostRunner.StartAsync(
            _server,
            "--Storage:Provider=Postgres",
            $"--ConnectionStrings:AlertBot={ClusterProbe.Named(_db, name)}",
            $"--Scheduling:SchedulerName={_schedulerName}");
        lock (_hosts)
            _hosts.Add(host);
        return host;
    }

    private async Task<string> WaitForHolderAsync(long botId)
    {
        string? holder = null;
        await WaitForAsync(async () => (holder = await ClusterProbe.PollerHolderAsync(_db, botId)) is not null);
        return holder!;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Wait;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException("The condition did not hold in time.");
            await Task.Delay(50);
        }
    }

    private sealed class FiringCounter : IJobListener
    {
        private int _fired;

        public string Name { get; } = "firing-counter-" + Guid.NewGuid().ToString("N")[..6];

        public int Fired => Volatile.Read(ref _fired);

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (context.JobDetail.Key.Equals(DigestJob.Key))
                Interlocked.Increment(ref _fired);
            return ValueTask.CompletedTask;
        }
    }
}
