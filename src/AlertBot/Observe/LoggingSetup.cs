using System.Text.Encodings.Web;
using Microsoft.Extensions.Logging.Console;

namespace AlertBot.Observe;

public static class LoggingSetup
{
    /// <summary>
    /// Console logging with a formatter chosen by <c>Logging:Console:FormatterName</c> (<c>simple</c>, <c>json</c>,
    /// <c>systemd</c>), then the token guard around every provider registered so far. Call it last, after every
    /// other logging registration, so that no provider escapes the guard.
    /// </summary>
    public static ILoggingBuilder AddAlertBotLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        // AddConsole registers all three formatters. The slim builder pins the simple one in code
        // (AddSimpleConsole), which would win over the setting; a post-configure puts the setting back in charge.
        logging.AddConsole();
        var formatter = configuration["Logging:Console:FormatterName"];
        if (!string.IsNullOrWhiteSpace(formatter))
            logging.Services.PostConfigure<ConsoleLoggerOptions>(o => o.FormatterName = formatter);
        // Headlines in Cyrillic or Arabic stay readable in JSON lines instead of turning into \uXXXX escapes.
        logging.Services.Configure<JsonConsoleFormatterOptions>(o => o.JsonWriterOptions = o.JsonWriterOptions with { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        RedactingLoggerProvider.DecorateAll(logging.Services);
        return logging;
    }
}
