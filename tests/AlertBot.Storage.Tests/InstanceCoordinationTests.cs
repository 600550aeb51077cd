using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertBot.Storage.Tests;

/// <summary>The seam between one instance and a cluster: what each implementation promises, on the real databases.</summary>
public sealed class SingleInstanceTests() : StoreTestBase(server: null)
{
    [Fact]
    public async Task SingleInstance_PollsAtOnce_NeverLosesIt_HasNobodyToRecover_AndKeepsItsOwnWindow()
    {
        var single = new SingleInstance();
        await single.StartAsync(default);

        await using var lease = await single.AcquirePollerAsync(123, default);

        Assert.True(single.SoleInstance);
        Assert.False(lease.Lost.CanBeCanceled);
        Assert.Equal(0, await single.RecoverDeadInstancesAsync(resend: true, default));
        Assert.Null(single.SharedSendWindow(123, 30, TimeSpan.FromSeconds(20)));
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresInstancesTests(PostgresServer server) : StoreTestBase(server)
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(20);

    private PostgresInstances Instance(ClusterNode node) => new(
        Database,
        Store.Cluster,
        node,
        Options.Create(new ClusterOptions { PollerLockRetryInterval = TimeSpan.FromMilliseconds(50) }),
        TimeProvider.System,
        NullLoggerFactory.Instance);

    [Fact]
    public async Task AcquirePoller_SecondInstanceStandsBy_UntilTheFirstLetsGo()
    {
        var first = Instance(new ClusterNode());
        var second = Instance(new ClusterNode());
        var lease = await first.AcquirePollerAsync(42, default).WaitAsync(Bounded);

        var standby = second.AcquirePollerAsync(42, default);
        await using (var direct = await SessionLock.TryAcquireAsync(Database, LockKeys.Poller(42), default))
            Assert.Null(direct); // the first holds it
        var other = await second.AcquirePollerAsync(43, default).WaitAsync(Bounded); // another bot's poller is free

        Assert.False(standby.IsCompleted);
        await lease.DisposeAsync();
        await using var taken = await standby.WaitAsync(Bounded);
        await other.DisposeAsync();
        Assert.False(first.SoleInstance);
        Assert.False(taken.Lost.IsCancellationRequested);
    }

    [Fact]
    public async Task RecoverDeadInstances_AnInstanceThatStopped_ItsInFlightRowsComeBack_ALiveOnesStay()
    {
        await AddChatAsync(1);
        await AddChatAsync(2);
        await EnqueueAsync([Text("a", 1), Text("b", 2)]);
        var liveNode = new ClusterNode();
        var deadNode = new ClusterNode();
        var live = Instance(liveNode);
        var dead = Instance(deadNode);
        await live.StartAsync(default);
        await dead.StartAsync(default);
        Assert.Single(await Store.Outbox.ClaimDueAsync(liveNode.Id, 1, Lease, TimeSpan.Zero, TimeSpan.Zero));
        Assert.Single(await Store.Outbox.ClaimDueAsync(deadNode.Id, 1, Lease, TimeSpan.Zero, TimeSpan.Zero));

        Assert.Equal(0, await live.RecoverDeadInstancesAsync(resend: true, default));
        await dead.StopAsync();
        var recovered = await live.RecoverDeadInstancesAsync(resend: true, default);
        await live.StopAsync();

        Assert.Equal(1, recovered);
        var rows = await Store.Outbox.GetDeliveriesAsync(null, null, 10);
        Assert.Equal([DeliveryStates.Pending, DeliveryStates.Sending], rows.OrderBy(r => r.State, StringComparer.Ordinal).Select(r => r.State));
    }

    [Fact]
    public async Task SharedSendWindow_IsKeptInTheDatabase_ASlotBookedByOneInstanceIsTakenForAll()
    {
        var a = Instance(new ClusterNode()).SharedSendWindow(7, 2, TimeSpan.FromSeconds(5));
        var first = await a.TakeAsync(default).WaitAsync(Bounded);
        var second = await a.TakeAsync(default).WaitAsync(Bounded);

        var (slot, wait) = await Store.Cluster.TryTakeSendSlotAsync(7, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(7));

        Assert.Null(slot);
        Assert.True(wait > TimeSpan.Zero);
        await first.DisposeAsync();
        await second.DisposeAsync();
    }
}
