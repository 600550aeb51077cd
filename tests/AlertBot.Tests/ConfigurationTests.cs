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

    /// <summary>The settings that only make sense together: each bad pairing stops the host at start with its message.</summary>
    [Theory]
    [InlineData(new[] { "--Storage:Provider=Postgres" }, "ConnectionStrings:AlertBot is required when Storage:Provider is Postgres.")]
    [InlineData(new[] { "--Storage:Provider=Postgres", "--ConnectionStrings:AlertBot=Data Source=/tmp/x.db;Mode=ReadWriteCreate" }, "ConnectionStrings:AlertBot is not a PostgreSQL connection string (Storage:Provider is Postgres)")]
    [InlineData(new[] { "--ConnectionStrings:AlertBot=Host=db;Username=alertbot;Password=secret-42" }, "ConnectionStrings:AlertBot is not a SQLite connection string (Storage:Provider is Sqlite)")]
    public async Task SettingsThatDisagree_StopTheHostAtStart_WithTheirMessage(string[] settings, string message)
    {
        var problems = await StartProblemsAsync(settings);

        Assert.Contains(problems, p => p.StartsWith(message, StringComparison.Ordinal));
        // The connection string may hold a password: it is named, never repeated.
        Assert.DoesNotContain(problems, p => p.Contains("secret-42", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeveralProblemsInSeveralSections_AreAllListedAtOnce()
    {
        var problems = await StartProblemsAsync(["--Storage:Provider=Postgres", "--Telegram:MaxMessagesPerSecond=0", "--Understand:MaxTime=00:00:00", "--Topics:0:Name=has space", "--Topics:0:Keywords:0=Kyiv"]);

        Assert.Contains(problems, p => p.Contains("ConnectionStrings:AlertBot is required", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("MaxMessagesPerSecond", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("MaxTime", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Topics:0:Name 'has space'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GoodSettings_HaveNoProblems()
    {
        Assert.Empty(await StartProblemsAsync(["--Topics:0:Name=Port-Watch", "--Topics:0:Places:0=Sahel", "--Topics:0:Keywords:0=port"]));
    }

    [Fact]
    public void ConfigurationProblems_OfAnythingElse_IsNull()
    {
        Assert.Null(AlertBotApp.ConfigurationProblems(new InvalidOperationException("no")));
        Assert.Null(AlertBotApp.ConfigurationProblems(new AggregateException(new OptionsValidationException("a", typeof(object), ["x"]), new IOException())));
    }

    /// <summary>What is wrong with <paramref name="settings"/>, found as Program.cs finds it before starting; empty when the host starts.</summary>
    private static async Task<IReadOnlyList<string>> StartProblemsAsync(string[] settings)
    {
        var root = Path.Combine(Path.GetTempPath(), "alertbot-config-" + Guid.NewGuid().ToString("N")[..8]);
        await using var app = AlertBotApp.Build([.. settings, $"--Articles:Path={root}/a", $"--Storage:DataPath={root}/d", "--Urls=http://127.0.0.1:0", $"--Scheduling:SchedulerName=cfg-{Guid.NewGuid():N}"]);
        try
        {
            AlertBotApp.ValidateConfiguration(app.Services);
            await app.StartAsync();
            await app.StopAsync();
            return [];
        }
        catch (Exception e) when (AlertBotApp.ConfigurationProblems(e) is { } problems)
        {
            return problems;
        }
    }
}
