namespace AlertBot.Telegram.Deliver;

/// <summary>Wakes the sender as soon as new rows are in the outbox, so instant alerts wait for no poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            if (_signal.CurrentCount == 0)
                _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up is enough.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct) =>
        timeout <= TimeSpan.Zero ? Task.FromResult(true) : WaitCoreAsync(timeout, time, ct);

    private async Task<bool> WaitCoreAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout, time, cts.Token);
        var wait = _signal.WaitAsync(cts.Token);
        var first = await Task.WhenAny(delay, wait);
        await cts.CancelAsync();
        ct.ThrowIfCancellationRequested();
        return first == wait && wait.IsCompletedSuccessfully;
    }

    public void Dispose() => _signal.Dispose();
}
