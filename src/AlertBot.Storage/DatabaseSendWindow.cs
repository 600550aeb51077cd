using Microsoft.Extensions.Logging;

namespace AlertBot.Storage;

/// <summary>
/// The exact sliding window of the sender's pacer, kept in PostgreSQL for all instances: one row per
/// message allowed in a window. A send takes a row unused for a whole window
/// (<see cref="ClusterStore.TryTakeSendSlotAsync"/>) and holds it until Telegram has answered, then stamps it
/// with the database's time. The cluster therefore never sends more than the rate in any window, however
/// many instances share it and however late a request reaches Telegram (a first version stamped the row
/// at booking, and requests delayed on a busy machine arrived closer than a window apart: 429s).
/// Two round trips per message; a slot's cycle is the request's latency plus the window, so with a slow
/// network the cluster sends a little under the rate — never over it.
/// </summary>
/// <param name="requestTimeout">How long a send may take: a booked slot is held at least that long, so a request still on its
/// way (a slow machine) never shares its slot with a later one.</param>
public sealed class DatabaseSendWindow(ClusterStore cluster, long botId, int perSecond, TimeSpan margin, TimeSpan requestTimeout, TimeProvider time, ILogger logger)
    : ISharedSendWindow, IDisposable
{
    private static readonly TimeSpan MaxNap = TimeSpan.FromMilliseconds(200);

    // How long a booked slot stays out of use if its holder never releases it (the instance died mid-send):
    // longer than any send may take, since the holder's request may still reach Telegram until it times out.
    private readonly TimeSpan _hold = requestTimeout + TimeSpan.FromSeconds(2);
    private readonly TimeSpan _window = TimeSpan.FromSeconds(1) + margin;
    private readonly SemaphoreSlim _setup = new(1, 1);
    private volatile bool _ready;

    public async Task<IAsyncDisposable> TakeAsync(CancellationToken ct)
    {
        await EnsureSlotsAsync(ct);
        while (true)
        {
            var (slot, wait) = await cluster.TryTakeSendSlotAsync(botId, _window, _hold, ct);
            if (slot is not null)
                return new Booking(this, slot);
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
                await cluster.PauseSendSlotsAsync(botId, pause, _window);
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
                await cluster.EnsureSendSlotsAsync(botId, perSecond, ct);
                _ready = true;
            }
        }
        finally
        {
            _setup.Release();
        }
    }

    public void Dispose() => _setup.Dispose();

    private async ValueTask ReleaseAsync(SendSlot slot)
    {
        try
        {
            await cluster.ReleaseSendSlotAsync(botId, slot);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The slot stays held until its hold runs out: fewer sends for a moment, never more.
            Log.SendSlotReleaseFailed(logger, e);
        }
    }

    private sealed class Booking(DatabaseSendWindow window, SendSlot slot) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => window.ReleaseAsync(slot);
    }
}
