using System.ComponentModel.DataAnnotations;

namespace AlertBot.Telegram;

/// <summary>What to do with a send whose outcome is unknown (timeout or 5xx: Telegram may have the message).</summary>
public enum UnknownOutcomePolicy
{
    /// <summary>Send again: an alert is worth more than a rare duplicate (default).</summary>
    Resend,

    /// <summary>Dead-letter it for an operator to replay: never a duplicate, sometimes a loss.</summary>
    DeadLetter,
}

/// <summary>How the bot receives its updates.</summary>
public enum UpdateMode
{
    /// <summary>getUpdates long polling by one instance at a time (default): nothing to expose to the internet.</summary>
    Polling,

    /// <summary>Telegram posts every update to <see cref="TelegramOptions.WebhookUrl"/>; every instance behind it accepts them.</summary>
    Webhook,
}

public sealed partial class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";

    /// <summary>From BotFather. Empty: alerts are written to the console instead.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Bot API server; only scheme, host and port are used.</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Telegram's free broadcasting limit: about 30 messages per second for a bot.</summary>
    public const int FreeMessagesPerSecond = 30;

    /// <summary>The most a bot may send with <see cref="AllowPaidBroadcast"/> (allow_paid_broadcast): 1,000 messages per second.</summary>
    public const int PaidBroadcastMaxMessagesPerSecond = 1000;

    /// <summary>What Telegram charges for each message a paid broadcast sends beyond the free rate.</summary>
    public const decimal StarsPerPaidMessage = 0.1m;

    /// <summary>
    /// The bot's overall send rate; Telegram's limit is about 30 per second, up to 1,000 with
    /// <see cref="AllowPaidBroadcast"/>.
    /// </summary>
    [Range(1, PaidBroadcastMaxMessagesPerSecond)]
    public int MaxMessagesPerSecond { get; set; } = FreeMessagesPerSecond;

    /// <summary>
    /// Send alerts with Telegram's <c>allow_paid_broadcast</c>: up to 1,000 messages per second, each message beyond
    /// the free 30 per second paid with 0.1 Stars from the bot's balance. Off by default.
    /// </summary>
    public bool AllowPaidBroadcast { get; set; }

    /// <summary>Telegram allows about one message per second in a private chat.</summary>
    public TimeSpan PrivateChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Telegram allows about 20 messages per minute in a group or channel.</summary>
    public TimeSpan GroupChatInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Attempts before a delivery failing with 5xx/network errors is dead-lettered.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    public UnknownOutcomePolicy UnknownOutcome { get; set; } = UnknownOutcomePolicy.Resend;

    /// <summary>How long one sendMessage may take before its outcome counts as unknown.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Long-poll wait for getUpdates.</summary>
    [Range(0, 50)]
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>How instant alerts go out unless a chat chose otherwise with /format: Rich (default) or Html.</summary>
    public AlertBot.Core.Route.AlertFormat AlertFormat { get; set; } = AlertBot.Core.Route.AlertFormat.Rich;

    /// <summary>Sends in flight at once; enough to keep the rate up while each request waits on the network.</summary>
    [Range(1, 1000)]
    public int MaxConcurrentSends { get; set; } = 64;

    /// <summary>Polling (default) or Webhook.</summary>
    public UpdateMode Mode { get; set; } = UpdateMode.Polling;

    /// <summary>Webhook mode: the public https URL Telegram posts to, ending in <c>/telegram/webhook</c> as the host serves it.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Webhook mode: the secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c> (1–256 of A-Z, a-z, 0-9, _ and -).
    /// Unset: one is generated and stored in the database, so every instance uses the same one.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Webhook mode: how many connections Telegram opens at once to deliver updates (1–100).</summary>
    [Range(1, 100)]
    public int WebhookMaxConnections { get; set; } = 40;

    /// <summary>Drop the updates Telegram holds when the webhook is set (or removed, in polling mode) at start.</summary>
    public bool DropPendingUpdates { get; set; }

    /// <summary>Webhook mode: the largest update body accepted; Telegram's updates are a few kilobytes.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int WebhookMaxBytes { get; set; } = 1024 * 1024;

    public bool HasToken => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>The official Bot API server: only it insists on an https webhook (a self-hosted one in --local mode takes http).</summary>
    public bool UsesOfficialApi => Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) && api.Host.Equals("api.telegram.org", StringComparison.OrdinalIgnoreCase);

    /// <summary>Telegram's rule for secret_token: 1–256 characters of A-Z, a-z, 0-9, _ and -.</summary>
    public static bool IsValidWebhookSecret(string? secret) => secret is not null && WebhookSecretPattern().IsMatch(secret);

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial System.Text.RegularExpressions.Regex WebhookSecretPattern();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            yield return new ValidationResult($"Telegram:ApiBaseUrl must be an absolute http(s) URL, got '{ApiBaseUrl}'.", [nameof(ApiBaseUrl)]);
        if (HasToken && !System.Text.RegularExpressions.Regex.IsMatch(BotToken!, @"^\d{5,12}:[A-Za-z0-9_-]{30,}$"))
            yield return new ValidationResult("Telegram:BotToken does not look like a BotFather token (digits, a colon, then 30+ letters, digits, '-' or '_').", [nameof(BotToken)]);
        if (PrivateChatInterval < TimeSpan.Zero || GroupChatInterval < TimeSpan.Zero)
            yield return new ValidationResult("Telegram:PrivateChatInterval and Telegram:GroupChatInterval must not be negative.", [nameof(PrivateChatInterval)]);
        if (!Enum.IsDefined(AlertFormat))
            yield return new ValidationResult($"Telegram:AlertFormat must be Rich or Html, got '{AlertFormat}'.", [nameof(AlertFormat)]);
        if (MaxMessagesPerSecond > FreeMessagesPerSecond && !AllowPaidBroadcast)
            yield return new ValidationResult($"Telegram:MaxMessagesPerSecond={MaxMessagesPerSecond} is above Telegram's free {FreeMessagesPerSecond}/s: set Telegram:AllowPaidBroadcast=true (paid in Stars, up to {PaidBroadcastMaxMessagesPerSecond}/s) or lower it.", [nameof(MaxMessagesPerSecond)]);
        if (RequestTimeout <= TimeSpan.Zero)
            yield return new ValidationResult("Telegram:RequestTimeout must be positive.", [nameof(RequestTimeout)]);
        foreach (var problem in ValidateWebhook())
            yield return problem;
    }

    private IEnumerable<ValidationResult> ValidateWebhook()
    {
        if (!Enum.IsDefined(Mode))
        {
            yield return new ValidationResult($"Telegram:Mode must be Polling or Webhook, got '{Mode}'.", [nameof(Mode)]);
            yield break;
        }

        // A secret given for polling is checked too: it is meant for the day the mode changes.
        if (WebhookSecret is { } secret && !IsValidWebhookSecret(secret))
            yield return new ValidationResult("Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, '_' and '-' (Telegram's rule for secret_token); leave it unset to have one generated.", [nameof(WebhookSecret)]);
        if (Mode != UpdateMode.Webhook)
            yield break;
        if (!HasToken)
            yield return new ValidationResult("Telegram:Mode=Webhook needs Telegram:BotToken: without a token alerts go to the console and nothing can be received.", [nameof(Mode)]);
        if (string.IsNullOrWhiteSpace(WebhookUrl))
        {
            yield return new ValidationResult("Telegram:Mode=Webhook needs Telegram:WebhookUrl, the public https URL Telegram posts updates to (ending in /telegram/webhook).", [nameof(WebhookUrl)]);
        }
        else if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || url.UserInfo.Length > 0 || url.Fragment.Length > 0)
        {
            yield return new ValidationResult($"Telegram:WebhookUrl must be an absolute https URL without user info or fragment, got '{WebhookUrl}'.", [nameof(WebhookUrl)]);
        }
        else if (url.Scheme != Uri.UriSchemeHttps && UsesOfficialApi)
        {
            // A self-hosted Bot API server in --local mode accepts http; api.telegram.org does not.
            yield return new ValidationResult($"Telegram:WebhookUrl must be https: Telegram posts updates only to https URLs, got '{WebhookUrl}'.", [nameof(WebhookUrl)]);
        }
    }
}

/// <summary>Generated at compile time from the annotations and <see cref="TelegramOptions.Validate"/>: every problem at once.</summary>
[Microsoft.Extensions.Options.OptionsValidator]
internal sealed partial class TelegramOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<TelegramOptions>;
