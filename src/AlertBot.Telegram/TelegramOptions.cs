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

public sealed class TelegramOptions : IValidatableObject
{
    public const string Section = "Telegram";

    /// <summary>From BotFather. Empty: alerts are written to the console instead.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Bot API server; only scheme, host and port are used.</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>The bot's overall send rate; Telegram's limit is about 30 per second.</summary>
    [Range(1, 10_000)]
    public int MaxMessagesPerSecond { get; set; } = 30;

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

    public bool HasToken => !string.IsNullOrWhiteSpace(BotToken);

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
        if (RequestTimeout <= TimeSpan.Zero)
            yield return new ValidationResult("Telegram:RequestTimeout must be positive.", [nameof(RequestTimeout)]);
    }
}

/// <summary>Generated at compile time from the annotations and <see cref="TelegramOptions.Validate"/>: every problem at once.</summary>
[Microsoft.Extensions.Options.OptionsValidator]
internal sealed partial class TelegramOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<TelegramOptions>;
