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

    /// <summary>
    /// Messages per bot in any sliding one-second window for sends with <c>allow_paid_broadcast</c> (Telegram: 1,000,
    /// 0.1 Stars for each message beyond <see cref="GlobalMessagesPerSecond"/>).
    /// </summary>
    public int PaidBroadcastMessagesPerSecond { get; set; } = 1000;

    /// <summary>Messages per private chat in any sliding one-second window (Telegram: 1).</summary>
    public int PrivateChatMessagesPerSecond { get; set; } = 1;

    /// <summary>Messages per group, supergroup or channel in any sliding one-minute window (Telegram: 20).</summary>
    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>
    /// Reject a bare <c>&amp;</c> that does not start an entity. Telegram itself lets it through as text, but its
    /// documentation requires escaping, and rejecting it here catches escaping bugs early.
    /// </summary>
    public bool RejectBareAmpersand { get; set; } = true;

    /// <summary>
    /// Behave like a Bot API server older than rich messages (Bot API 10.1): no sendRichMessage (404 Not Found) and
    /// editMessageText does not know rich_message.
    /// </summary>
    public bool RichMessagesUnsupported { get; set; }

    /// <summary>
    /// TEST-ONLY: accept an http:// webhook URL, and any port, when its host is a loopback address (127.0.0.1, ::1,
    /// localhost), as a self-hosted Bot API server in --local mode does. api.telegram.org takes only https on ports
    /// 443, 80, 88 and 8443, which a test on 127.0.0.1 cannot serve; off by default, so the server is as strict as Telegram.
    /// </summary>
    public bool AllowHttpWebhookOnLoopback { get; set; }

    /// <summary>How long a webhook delivery that failed (non-2xx, refused, timed out) waits before it is tried again.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a webhook request may take before it counts as failed ("Read timeout expired") and is retried.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first update_id handed out.</summary>
    public int FirstUpdateId { get; set; } = 1;

    /// <summary>Clock for message dates, rate-limit windows and long-poll timeouts.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Keep every accepted message: <see cref="TestBotApiServer.Sent"/>, edits, deletions and each chat's messages.
    /// On by default. A soak turns it off so the server, in the same process as the host, does not grow with what
    /// it accepted: then only the last <see cref="RecentHistory"/> of each list, and of each chat's messages, are
    /// kept (older messages can no longer be replied to or edited), while <see cref="ServerStats"/> counts everything.
    /// </summary>
    public bool RetainMessages { get; set; } = true;

    /// <summary>How much history is kept when <see cref="RetainMessages"/> is off.</summary>
    public int RecentHistory { get; set; } = 1000;

    /// <summary>
    /// Called for every accepted sendMessage, under the server's lock and in acceptance order: keep it short and
    /// do not call back into the server. Lets a soak measure deliveries without the server keeping them.
    /// </summary>
    public Action<SentMessage>? OnAccepted { get; set; }

    /// <summary>Logging for the embedded Kestrel host. By default no providers are added, so it stays silent.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }
}
