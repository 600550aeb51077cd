using AlertBot.TestBotApi;
using Microsoft.AspNetCore.Builder;

namespace AlertBot.Tests;

/// <summary>
/// The set-up the end-to-end classes share: for each test, a strict Bot API server of its own and the real host
/// talking to it (<see cref="HostRunner"/>), both stopped after it. A class says only how its server and host differ.
/// </summary>
public abstract class HostedBotTest : IAsyncLifetime
{
    protected TestBotApiServer Server { get; private set; } = null!;

    protected HostRunner Host { get; private set; } = null!;

    /// <summary>The server's options (its token, its faults); the defaults when null.</summary>
    protected virtual TestBotApiOptions? ServerOptions => null;

    /// <summary>Sees the host's builder before the app's own registrations (a log capture, say).</summary>
    protected virtual Action<WebApplicationBuilder>? Configure => null;

    /// <summary>The host's <c>--Section:Key=value</c> arguments beyond <see cref="HostRunner"/>'s; read once the server runs.</summary>
    protected virtual IEnumerable<string> HostArgs => [];

    public async Task InitializeAsync()
    {
        Server = await TestBotApiServer.StartAsync(ServerOptions);
        await ServerStartedAsync();
        Host = await HostRunner.StartAsync(Server, Configure, [.. HostArgs]);
        await HostStartedAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Server.DisposeAsync();
    }

    /// <summary>What a class puts between the server and the host (a relay in front of the server).</summary>
    protected virtual Task ServerStartedAsync() => Task.CompletedTask;

    /// <summary>What a class starts from once both run (chats that said /start, an HTTP client for the host).</summary>
    protected virtual Task HostStartedAsync() => Task.CompletedTask;
}
