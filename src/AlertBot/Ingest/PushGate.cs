using Microsoft.Extensions.Options;

namespace AlertBot.Ingest;

/// <summary>The pushes in progress, at most <see cref="PushOptions.MaxConcurrent"/>; a push that finds no slot is refused at once, not queued.</summary>
public sealed class PushGate(IOptions<PushOptions> options) : IDisposable
{
    private readonly int _max = options.Value.MaxConcurrent;
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrent, options.Value.MaxConcurrent);

    /// <summary>How long a refused caller is told to wait (Retry-After): about one push's time.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>Pushes holding a slot now.</summary>
    public int InUse => _max - _slots.CurrentCount;

    public bool TryEnter() => _slots.Wait(0);

    public void Exit() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
