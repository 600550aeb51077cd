using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("--Telegram:MaxMessagesPerSecond=0", "MaxMessagesPerSecond")]
    [InlineData("--Telegram:ApiBaseUrl=ftp://example", "Telegram:ApiBaseUrl")]
    [InlineData("--Telegram:BotToken=not-a-token", "Telegram:BotToken")]
    [InlineData("--Telegram:AlertFormat=7", "Telegram:AlertFormat")]
    [InlineData("--Articles:MaxBytes=-5", "MaxBytes")]
    [InlineData("--Articles:ArchivePath=/tmp/inside-the-store/done", "Articles:ArchivePath")]
    [InlineData("--Understand:MaxTime=00:00:00", "MaxTime")]
    public async Task BadSetting_StopsTheHostAtStart_NamingTheSetting(string arg, string named)
    {
        var root = Path.Combine(Path.GetTempPath(), "alertbot-config-" + Guid.NewGuid().ToString("N")[..8]);
        await using var app = AlertBotApp.Build([arg.Replace("/tmp/inside-the-store", root + "/a", StringComparison.Ordinal), $"--Articles:Path={root}/a", $"--Storage:DataPath={root}/d", "--Urls=http://127.0.0.1:0", $"--Scheduling:SchedulerName=cfg-{Guid.NewGuid():N}"]);

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(named, string.Join(" ", e.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnderstandMaxTime_IsTheUnderstandersBudget()
    {
        var root = Path.Combine(Path.GetTempPath(), "alertbot-config-" + Guid.NewGuid().ToString("N")[..8]);
        await using var app = AlertBotApp.Build(["--Understand:MaxTime=00:00:05", "--Articles:MaxBytes=4096", $"--Articles:Path={root}/a", $"--Storage:DataPath={root}/d", "--Urls=http://127.0.0.1:0"]);

        var options = app.Services.GetRequiredService<IOptions<AlertBot.Core.Understand.UnderstandOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(5), options.MaxTime);
        Assert.Equal(4096, options.MaxBytes);
    }

    [Fact]
    public void PostgresWithoutConnectionString_IsRefusedNamingTheSetting()
    {
        var e = Assert.Throws<OptionsValidationException>(() => AlertBotApp.Build(["--Storage:Provider=Postgres", "--Urls=http://127.0.0.1:0"]));

        Assert.Contains("ConnectionStrings:AlertBot", e.Message, StringComparison.Ordinal);
    }
}
