using AlertBot.Core.Understand;
using Microsoft.Extensions.Hosting;

namespace AlertBot.Ingest;

/// <summary>
/// Reads the gazetteer (about 0.2 s, see the README's performance section) on a pool thread as the host starts, so
/// neither start-up nor the first article waits for it. The first article that comes sooner waits for the same load.
/// </summary>
internal sealed class GazetteerWarmup : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(Places.Preload, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
