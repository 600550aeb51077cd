using AlertBot.Storage;
using AlertBot.Telegram.Deliver;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Telegram.Tests.Deliver;

/// <summary>The bot's overall rate: at most N sends in any window, counted from each send's answer, on a fake clock.</summary>
public sealed class SendPacerTests
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WaitAsync_NSendsGoAtOnce_TheNextWaitsUntilTheFirstIsAWindowOld()
    {
        using var pacer = new SendPacer(3, _time, margin: TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
            await pacer.WaitAsync(CancellationToken.None).WaitAsync(Bounded);

        var fourth = pacer.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(fourth.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await fourth.WaitAsync(Bounded);
    }

    [Fact]
    public async Task Completed_TheSlotCountsFromTheAnswer_NotFromTheBooking()
    {
        using var pacer = new SendPacer(1, _time, margin: TimeSpan.Zero);
        var slot = await pacer.WaitAsync(CancellationToken.None).WaitAsync(Bounded);
        _time.Advance(TimeSpan.FromMilliseconds(500)); // the request took half a second
        pacer.Completed(slot);

        var next = pacer.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(600)); // 1.1 s after the booking, 0.6 s after the answer
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(400));
        await next.WaitAsync(Bounded);
    }

    [Fact]
    public async Task PauseUntil_HoldsEverySendUntilThen_AnEarlierPauseDoesNotShortenIt()
    {
        using var pacer = new SendPacer(30, _time, margin: TimeSpan.Zero);
        pacer.PauseUntil(_time.GetUtcNow().AddSeconds(5));
        pacer.PauseUntil(_time.GetUtcNow().AddSeconds(2));

        var send = pacer.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(send.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await send.WaitAsync(Bounded);
    }

    [Fact]
    public async Task SharedWindow_EachSendBooksASlot_ReleasedWhenAnswered_AndAPauseReachesTheCluster()
    {
        var window = new CountingWindow();
        using var pacer = new SendPacer(30, _time, shared: window);

        var first = await pacer.WaitAsync(CancellationToken.None).WaitAsync(Bounded);
        var second = await pacer.WaitAsync(CancellationToken.None).WaitAsync(Bounded);
        pacer.Completed(first);
        pacer.PauseUntil(_time.GetUtcNow().AddSeconds(3));

        Assert.Equal(2, window.Taken);
        Assert.Equal(1, window.Released);
        Assert.Equal(_time.GetUtcNow().AddSeconds(3), window.PausedUntil);
        pacer.Completed(second);
        Assert.Equal(2, window.Released);
    }

    private sealed class CountingWindow : ISharedSendWindow
    {
        public int Taken;
        public int Released;
        public DateTimeOffset? PausedUntil;

        public Task<IAsyncDisposable> TakeAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref Taken);
            return Task.FromResult<IAsyncDisposable>(new Booking(this));
        }

        public void PauseUntil(DateTimeOffset until) => PausedUntil = until;

        private sealed class Booking(CountingWindow window) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                Interlocked.Increment(ref window.Released);
                return ValueTask.CompletedTask;
            }
        }
    }
}
