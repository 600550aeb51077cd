using System.ComponentModel.DataAnnotations;

namespace AlertBot.Telegram.MiniApp;

/// <summary>
/// The settings page (a Telegram Mini App) at <c>/app</c>. Off unless <see cref="PublicUrl"/> is set: then
/// <c>/app</c> answers 404 and the bot offers no web_app button.
/// </summary>
public sealed class MiniAppOptions : IValidatableObject
{
    public const string Section = "MiniApp";

    /// <summary>The page's path under <see cref="PublicUrl"/>.</summary>
    public const string PagePath = "/app";

    /// <summary>
    /// The host's public https address as Telegram's clients reach it (through a reverse proxy), e.g.
    /// <c>https://alerts.example.org</c>; the page is at <c>{PublicUrl}/app</c>. Telegram opens only https URLs.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>How old init data may be (its <c>auth_date</c>) before the API refuses it with 401.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The text of the bot's menu button that opens the page.</summary>
    [Required]
    [StringLength(64, MinimumLength = 1)]
    public string MenuButtonText { get; set; } = "Settings";

    public bool Enabled => !string.IsNullOrWhiteSpace(PublicUrl);

    /// <summary>The page's https URL (with an optional query), for web_app buttons; null when off.</summary>
    public string? PageUrl(string? query = null) =>
        Enabled ? PublicUrl!.TrimEnd('/') + PagePath + (query is null ? "" : "?" + query) : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && (!Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
                        || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0))
            yield return new ValidationResult($"MiniApp:PublicUrl must be an absolute https URL without query or fragment (Telegram opens only https), got '{PublicUrl}'.", [nameof(PublicUrl)]);
        if (MaxAge < TimeSpan.FromMinutes(1) || MaxAge > TimeSpan.FromDays(7))
            yield return new ValidationResult($"MiniApp:MaxAge must be between 00:01:00 and 7.00:00:00, got '{MaxAge}'.", [nameof(MaxAge)]);
    }
}

/// <summary>Generated at compile time from the annotations and <see cref="MiniAppOptions.Validate"/>: every problem at once.</summary>
[Microsoft.Extensions.Options.OptionsValidator]
internal sealed partial class MiniAppOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<MiniAppOptions>;
