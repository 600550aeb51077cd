using AlertBot.Core.Understand;
using Microsoft.Extensions.Hosting;

namespace AlertBot.Ingest;

/// <summary>
/// Reads the gazetteer (about 0.2 s, see the README's performance section) and builds the understanding patterns on a
/// pool thread once the host has started, so start-up does not compete with it for the cores; an article that comes
/// sooner does it itself (outside its time budget).
/// </summary>
internal sealed class GazetteerWarmup(IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(ArticleUnderstander.Preload, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
