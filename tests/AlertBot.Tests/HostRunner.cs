using AlertBot.TestBotApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AlertBot.Tests;

/// <summary>Runs the real AlertBot host in this process against a test Bot API server, in a temp folder.</summary>
public sealed class HostRunner : IAsyncDisposable
{
    private WebApplication? _app;
    private Action<WebApplicationBuilder>? _configure;

    private HostRunner(TestBotApiServer? server, string root)
    {
        Server = server;
        Root = root;
    }

    public TestBotApiServer? Server { get; }
    public string Root { get; }
    public string ArticlesPath => Path.Combine(Root, "articles");
    public string DataPath => Path.Combine(Root, "data");
    public IServiceProvider Services => _app!.Services;

    /// <summary>Where the health and metrics endpoints listen ("http://127.0.0.1:PORT/").</summary>
    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");

    public static Task<HostRunner> StartAsync(TestBotApiServer? server, params string[] extraArgs) => StartAsync(server, null, extraArgs);

    /// <summary>As above; <paramref name="configure"/> sees the builder before the app's own registrations (also on restarts).</summary>
    public static async Task<HostRunner> StartAsync(TestBotApiServer? server, Action<WebApplicationBuilder>? configure, params string[] extraArgs)
    {
        var root = Path.Combine(Path.GetTempPath(), "alertbot-host-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        var runner = new HostRunner(server, root) { _configure = configure };
        await runner.StartAppAsync(extraArgs);
        return runner;
    }

    /// <summary>Stops gracefully (the instance leaves the cluster), keeping the folder.</summary>
    public Task StopAsync() => StopAppAsync();

    /// <summary>Stops gracefully and starts again on the same database and folder.</summary>
    public async Task RestartAsync(params string[] extraArgs)
    {
        await StopAppAsync();
        await StartAppAsync(extraArgs);
    }

    public async Task DropArticleAsync(string name, string content)
    {
        // Written aside and renamed into place, as a careful writer does.
        var temp = Path.Combine(ArticlesPath, "." + name + ".tmp");
        await File.WriteAllTextAsync(temp, content);
        File.Move(temp, Path.Combine(ArticlesPath, name));
    }

    /// <summary>Waits until the folder watcher is idle: nothing settling, queued, being read or due again.</summary>
    public Task WaitUntilFolderIdleAsync(TimeSpan? timeout = null) =>
        WaitUntilAsync(() => Task.FromResult(Services.GetRequiredService<AlertBot.Ingest.FolderWatcher>().IsIdle), timeout);

    /// <summary>
    /// Waits until the host has done all it was given: the folder watcher idle (nothing settling, queued, being read
    /// or due again) and the outbox with nothing being sent or due now. A send or a second ingest that has not
    /// happened by then does not happen without something new, so a test can then assert that it did not.
    /// </summary>
    public Task WaitUntilSettledAsync(TimeSpan? timeout = null)
    {
        var watcher = Services.GetRequiredService<AlertBot.Ingest.FolderWatcher>();
        var store = Services.GetRequiredService<AlertBot.Storage.Stores>();
        return WaitUntilAsync(
            async () => watcher.IsIdle && await store.Outbox.GetOutboxStatsAsync() is { Sending: 0 } stats
                && (stats.Pending == 0 || stats.OldestPendingDue > DateTimeOffset.UtcNow),
            timeout);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("the host did not settle in time");
            await Task.Delay(50);
        }
    }

    private async Task StartAppAsync(string[] extraArgs)
    {
        var args = new List<string>
        {
            $"--Articles:Path={ArticlesPath}",
            $"--Storage:DataPath={DataPath}",
            "--Urls=http://127.0.0.1:0",
            $"--Scheduling:SchedulerName=test-{Guid.NewGuid():N}",
            "--Logging:LogLevel:Default=Warning",
        };
        if (Server is not null)
        {
            args.Add($"--Telegram:BotToken={Server.Token}");
            args.Add($"--Telegram:ApiBaseUrl={Server.BaseUrl}");
            args.Add("--Telegram:PollTimeoutSeconds=1");
            // The tests read alerts as the classic HTML text; a rich-alert test passes --Telegram:AlertFormat=Rich.
            args.Add("--Telegram:AlertFormat=Html");
        }

        args.AddRange(extraArgs);
        _app = AlertBotApp.Build([.. args], _configure);
        await _app.StartAsync();
    }

    private async Task StopAppAsync()
    {
        if (_app is null)
            return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
        SqliteConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAppAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
