using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Observe;

/// <summary>The console format is the operator's choice, in spite of the slim builder pinning the simple one.</summary>
public sealed class LoggingSetupTests
{
    [Theory]
    [InlineData(null, "simple")]
    [InlineData("json", "json")]
    [InlineData("systemd", "systemd")]
    public async Task Build_LoggingConsoleFormatterName_SelectsThatFormatter(string? setting, string expected)
    {
        string[] args = setting is null ? [] : [$"--Logging:Console:FormatterName={setting}"];
        await using var app = AlertBotApp.Build(args);

        var options = app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var formatters = app.Services.GetServices<ConsoleFormatter>().Select(f => f.Name).ToList();

        Assert.Equal(expected, options.FormatterName);
        Assert.Contains(expected, formatters);
    }
}
