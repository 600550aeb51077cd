using AlertBot.Storage;
using Microsoft.Extensions.Logging;

namespace AlertBot.Telegram.Deliver;

/// <summary>
/// The exact sliding window of <see cref="SendPacer"/>, kept in PostgreSQL for all instances: one row per
/// message allowed in a window, each stamped with the database's time when last used. A send takes a row
/// unused for a whole window (<see cref="AlertStore.TryTakeSendSlotAsync"/>), so the cluster never sends more
/// than the rate in any window, however many instances share it. One round trip per message.
/// </summary>
public sealed class DatabaseSendWindow(AlertStore store, long botId, int perSecond, TimeSpan margin, TimeProvider time, ILogger<DatabaseSendWindow> logger)
    : ISharedSendWindow, IDisposable
{
    private static readonly TimeSpan MaxNap = TimeSpan.FromMilliseconds(200);
    private readonly TimeSpan _window = TimeSpan.FromSeconds(1) + margin;
    private readonly SemaphoreSlim _setup = new(1, 1);
    private volatile bool _ready;

    public async Task TakeAsync(CancellationToken ct)
    {
        await EnsureSlotsAsync(ct);
        while (true)
        {
            var (taken, wait) = await store.TryTakeSendSlotAsync(botId, _window, ct);
            if (taken)
                return;
            await Task.Delay(wait < MaxNap ? wait : MaxNap, time, ct);
        }
    }

    public void PauseUntil(DateTimeOffset until)
    {
        var pause = until - time.GetUtcNow();
        if (pause <= TimeSpan.Zero)
            return;
        _ = Task.Run(async () =>
        {
            try
            {
                await store.PauseSendSlotsAsync(botId, pause, _window);
            }
            catch (Exception e)
            {
                // This instance still pauses itself; the others meet Telegram's 429s and pause on their own.
                Log.ClusterPauseFailed(logger, e);
            }
        });
    }

    private async Task EnsureSlotsAsync(CancellationToken ct)
    {
        if (_ready)
            return;
        await _setup.WaitAsync(ct);
        try
        {
            if (!_ready)
            {
                await store.EnsureSendSlotsAsync(botId, perSecond, ct);
                _ready = true;
            }
        }
        finally
        {
            _setup.Release();
        }
    }

    public void Dispose() => _setup.Dispose();
}
