using Microsoft.Extensions.Logging;

namespace AlertBot.TestBotApi;

/// <summary>How the local Bot API server behaves. Defaults suit functional tests: strict parsing, no rate limits.</summary>
public sealed class TestBotApiOptions
{
    /// <summary>The only token the server accepts. Null gives <see cref="TestBotApiServer.DefaultToken"/>.</summary>
    public string? Token { get; set; }

    public string BotUsername { get; set; } = "alertbot_test_bot";

    public string BotFirstName { get; set; } = "AlertBot";

    /// <summary>
    /// Enforce Telegram's flood limits on sendMessage. Off by default so functional tests are not
    /// timing-sensitive; load tests turn it on.
    /// </summary>
    public bool EnforceRateLimits { get; set; }

    /// <summary>Messages per bot in any sliding one-second window (Telegram: about 30).</summary>
    public int GlobalMessagesPerSecond { get; set; } = 30;

    /// <summary>Messages per private chat in any sliding one-second window (Telegram: 1).</summary>
    public int PrivateChatMessagesPerSecond { get; set; } = 1;

    /// <summary>Messages per group, supergroup or channel in any sliding one-minute window (Telegram: 20).</summary>
    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>
    /// Reject a bare <c>&amp;</c> that does not start an entity. Telegram itself lets it through as text, but its
    /// documentation requires escaping, and rejecting it here catches escaping bugs early.
    /// </summary>
    public bool RejectBareAmpersand { get; set; } = true;

    /// <summary>The first update_id handed out.</summary>
    public int FirstUpdateId { get; set; } = 1;

    /// <summary>Clock for message dates, rate-limit windows and long-poll timeouts.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Logging for the embedded Kestrel host. By default no providers are added, so it stays silent.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }
}
