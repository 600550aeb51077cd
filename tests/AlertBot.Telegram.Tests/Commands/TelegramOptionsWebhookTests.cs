using Microsoft.Extensions.Configuration;
namespace AlertBot.Telegram.Tests.Commands;

/// <summary>Telegram:Mode and the webhook settings, through the source-generated validator the host runs at start.</summary>
public sealed class TelegramOptionsWebhookTests
{
    private const string Token = "1234567:AAFtestBotApiServer_AlertBot-local1";

    public static TheoryData<string, string[], string?> Cases => new()
    {
        { "polling by default", [], null },
        { "polling ignores a missing webhook URL", ["Mode=Polling"], null },
        { "webhook with an https URL", ["Mode=Webhook", "WebhookUrl=https://bot.example.org/telegram/webhook"], null },
        { "webhook with a given secret", ["Mode=Webhook", "WebhookUrl=https://bot.example.org/telegram/webhook", "WebhookSecret=s3cret_-X"], null },
        { "webhook with a 256-character secret", ["Mode=Webhook", "WebhookUrl=https://bot.example.org/telegram/webhook", "WebhookSecret=" + new string('a', 256)], null },
        { "webhook without a URL", ["Mode=Webhook"], "Telegram:Mode=Webhook needs Telegram:WebhookUrl" },
        { "webhook with http to Telegram", ["Mode=Webhook", "WebhookUrl=http://bot.example.org/telegram/webhook"], "must be https" },
        { "webhook with http to a self-hosted Bot API", ["Mode=Webhook", "WebhookUrl=http://10.0.0.5:8080/telegram/webhook", "ApiBaseUrl=http://127.0.0.1:8081"], null },
        { "webhook with a relative URL", ["Mode=Webhook", "WebhookUrl=/telegram/webhook"], "absolute https URL" },
        { "webhook with an ftp URL", ["Mode=Webhook", "WebhookUrl=ftp://bot.example.org/hook"], "absolute https URL" },
        { "webhook with user info in the URL", ["Mode=Webhook", "WebhookUrl=https://me:pw@bot.example.org/hook"], "without user info" },
        { "webhook without a token", ["Mode=Webhook", "WebhookUrl=https://bot.example.org/telegram/webhook", "BotToken="], "needs Telegram:BotToken" },
        { "a secret with a space", ["WebhookSecret=two words"], "Telegram:WebhookSecret must be 1-256 characters" },
        { "a secret with a non-ASCII letter", ["WebhookSecret=sécret"], "Telegram:WebhookSecret must be 1-256 characters" },
        { "a secret of 257 characters", ["WebhookSecret=" + new string('a', 257)], "Telegram:WebhookSecret must be 1-256 characters" },
        { "max connections 0", ["WebhookMaxConnections=0"], "WebhookMaxConnections" },
        { "max connections 101", ["WebhookMaxConnections=101"], "WebhookMaxConnections" },
        { "max connections 100", ["WebhookMaxConnections=100"], null },
        { "a tiny body cap", ["WebhookMaxBytes=10"], "WebhookMaxBytes" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_WebhookSettings(string scenario, string[] settings, string? expectedError)
    {
        var options = Bind(settings);

        var result = new TelegramOptionsValidator().Validate(null, options);

        if (expectedError is null)
        {
            Assert.True(result.Succeeded, $"{scenario}: {result.FailureMessage}");
        }
        else
        {
            Assert.True(result.Failed, scenario);
            Assert.Contains(expectedError, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_SeveralWebhookProblems_AreAllNamed()
    {
        var result = new TelegramOptionsValidator().Validate(null, Bind(["Mode=Webhook", "WebhookSecret=no spaces", "WebhookMaxConnections=500"]));

        Assert.Contains("WebhookUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("WebhookSecret", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("WebhookMaxConnections", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_MatchTheDocumentedOnes()
    {
        var options = new TelegramOptions();

        Assert.Equal((UpdateMode.Polling, 40, false, null, null), (options.Mode, options.WebhookMaxConnections, options.DropPendingUpdates, options.WebhookUrl, options.WebhookSecret));
    }

    /// <summary>Binds "Key=value" settings the way the host does (configuration binder), over a valid token.</summary>
    private static TelegramOptions Bind(string[] settings)
    {
        var values = new Dictionary<string, string?> { ["BotToken"] = Token };
        foreach (var setting in settings)
        {
            var eq = setting.IndexOf('=', StringComparison.Ordinal);
            values[setting[..eq]] = setting[(eq + 1)..];
        }

        var options = new TelegramOptions();
        Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(new Microsoft.Extensions.Configuration.ConfigurationBuilder(), values).Build().Bind(options);
        return options;
    }
}
