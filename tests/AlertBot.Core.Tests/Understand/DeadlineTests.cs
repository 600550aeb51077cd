using AlertBot.Core.Understand;

namespace AlertBot.Core.Tests.Understand;

/// <summary>
/// An article's budget is its thread's CPU time: waiting for a core on a busy machine does not spend it, working does,
/// and the wall clock still ends a thread starved for many times the budget.
/// </summary>
public sealed class DeadlineTests
{
    [Fact]
    public void TheThreadCpuClock_IsThereOnLinux()
    {
        // The host runs on Linux (the Dockerfile's image); elsewhere the budget falls back to the wall clock.
        Assert.Equal(OperatingSystem.IsLinux() && Environment.Is64BitProcess, ThreadCpuClock.Now() is not null);
    }

    [Fact]
    public void WaitingForACore_DoesNotSpendTheBudget()
    {
        var deadline = new Deadline(TimeProvider.System, TimeSpan.FromMilliseconds(50), wallClockFactor: 1000);

        // Blocked, not working: four times the budget passes on the wall clock and almost none of it on the thread's.
        Thread.Sleep(200);

        deadline.Check();
    }

    [Fact]
    public void WorkingPastTheBudget_IsRefused_WithTheBudgetSpentOnTheThread()
    {
        var start = ThreadCpuClock.Now();
        Assert.NotNull(start);
        var deadline = new Deadline(TimeProvider.System, TimeSpan.FromMilliseconds(50), wallClockFactor: 1000);

        void Work()
        {
            while (true) deadline.Check();
        }

        var e = Assert.Throws<ArticleRejectedException>(Work);

        Assert.Equal("took too long to understand (over the 50 ms limit); not read further", e.Message);
        Assert.True(ThreadCpuClock.Now() - start >= TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void AThreadStarvedForManyTimesTheBudget_IsRefusedByTheWallClock()
    {
        var deadline = new Deadline(TimeProvider.System, TimeSpan.FromMilliseconds(20), wallClockFactor: 5);

        Thread.Sleep(200);

        var e = Assert.Throws<ArticleRejectedException>(deadline.Check);
        Assert.Equal("took too long to understand (over 100 ms on the clock, 5 times its 20 ms limit, on a machine too busy to give it its time); not read further", e.Message);
    }
}
