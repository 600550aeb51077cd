using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Observe;

public sealed class HealthOptionsTests
{
    [Theory]
    [InlineData("--Health:TelegramCheckInterval=00:00:00", "Health:TelegramCheckInterval")]
    [InlineData("--Health:TelegramTimeout=00:05:00", "Health:TelegramTimeout")]
    [InlineData("--Health:OutboxMaxAge=00:00:00", "Health:OutboxMaxAge")]
    public async Task BadHealthSetting_StopsTheHostAtStart_NamingTheSetting(string arg, string named)
    {
        var root = Path.Combine(Path.GetTempPath(), "alertbot-health-" + Guid.NewGuid().ToString("N")[..8]);
        await using var app = AlertBotApp.Build([arg, $"--Articles:Path={root}/a", $"--Storage:DataPath={root}/d", "--Urls=http://127.0.0.1:0", $"--Scheduling:SchedulerName=cfg-{Guid.NewGuid():N}"]);

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(named, string.Join(" ", e.Failures), StringComparison.Ordinal);
    }
}
