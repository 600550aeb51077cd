namespace AlertBot.Telegram.Deliver;

/// <summary>The bot's send window shared by every instance: a send may start once it has booked a slot here.</summary>
public interface ISharedSendWindow
{
    /// <summary>
    /// Waits until the cluster as a whole may send one more message and books it. Dispose the result once
    /// Telegram has answered: the window counts from then, so however long the request took on the way, two
    /// uses of one slot reach Telegram at least a window apart.
    /// </summary>
    Task<IAsyncDisposable> TakeAsync(CancellationToken ct);

    /// <summary>Telegram asked the whole bot to wait: every instance holds back until <paramref name="until"/>.</summary>
    void PauseUntil(DateTimeOffset until);
}
