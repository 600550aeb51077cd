using System.Net;
using AlertBot.TestBotApi;
using Microsoft.Data.Sqlite;

namespace AlertBot.Tests.Observe;

/// <summary>/health/ready follows its dependencies down and back up; /health/live does not.</summary>
public sealed class ReadinessTests : HostedBotTest, IDisposable
{
    private TcpRelay _relay = null!;

    protected override IEnumerable<string> HostArgs =>
        [$"--Telegram:ApiBaseUrl={_relay.BaseUrl}", "--Health:TelegramCheckInterval=00:00:00.200", "--Health:TelegramTimeout=00:00:02"];

    protected override Task ServerStartedAsync()
    {
        // The bot talks to the Bot API through a relay the test can switch off and on at the same address.
        _relay = new TcpRelay(new Uri(Server.BaseUrl));
        _relay.Start();
        return Task.CompletedTask;
    }

    public void Dispose() => _relay.Dispose();

    [Fact]
    public async Task Ready_BotApiUnreachable_FailsNamingTelegramAndRecovers()
    {
        await ObserveKit.WaitForStatusAsync(Host.BaseAddress, "health/ready", HttpStatusCode.OK, ObserveKit.Wait);

        _relay.Stop();
        var down = await ObserveKit.WaitForStatusAsync(Host.BaseAddress, "health/ready", HttpStatusCode.ServiceUnavailable, ObserveKit.Wait);
        var (live, _) = await ObserveKit.GetAsync(Host.BaseAddress, "health/live");
        _relay.Start();
        var up = await ObserveKit.WaitForStatusAsync(Host.BaseAddress, "health/ready", HttpStatusCode.OK, ObserveKit.Wait);

        Assert.Contains("\"telegram\":{\"status\":\"Unhealthy\",\"description\":\"Telegram Bot API unreachable", down, StringComparison.Ordinal);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", down, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Contains("\"telegram\":{\"status\":\"Healthy\",\"description\":\"@alertbot_test_bot\"", up, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_DatabaseGone_FailsNamingTheDatabaseAndRecovers()
    {
        await ObserveKit.WaitForStatusAsync(Host.BaseAddress, "health/ready", HttpStatusCode.OK, ObserveKit.Wait);
        var moved = Host.DataPath + "-away";

        // The SQLite file's folder disappears; pooled connections go, so nothing can open the file any more.
        Directory.Move(Host.DataPath, moved);
        SqliteConnection.ClearAllPools();
        string down;
        try
        {
            down = await ObserveKit.WaitForStatusAsync(Host.BaseAddress, "health/ready", HttpStatusCode.ServiceUnavailable, ObserveKit.Wait);
        }
        finally
        {
            Directory.Move(moved, Host.DataPath);
        }

        var up = await ObserveKit.WaitForStatusAsync(Host.BaseAddress, "health/ready", HttpStatusCode.OK, ObserveKit.Wait);

        Assert.Contains("\"database\":{\"status\":\"Unhealthy\",\"description\":\"database unreachable", down, StringComparison.Ordinal);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", up, StringComparison.Ordinal);
    }
}
