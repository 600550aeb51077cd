using System.ComponentModel.DataAnnotations;

namespace AlertBot.Observe;

/// <summary>Readiness thresholds (section <c>Health</c>).</summary>
public sealed class HealthOptions : IValidatableObject
{
    public const string Section = "Health";

    /// <summary>How long a <c>getMe</c> answer is trusted before the Telegram check asks again.</summary>
    public TimeSpan TelegramCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for <c>getMe</c>.</summary>
    public TimeSpan TelegramTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the database gauges (outbox rows, chats) are reused between scrapes before the store is read again.</summary>
    public TimeSpan GaugeRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A due delivery waiting longer than this makes readiness Degraded.</summary>
    public TimeSpan OutboxMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    // Checked here rather than with [Range(typeof(TimeSpan), …, ErrorMessage = …)]: the generated validator drops a
    // TimeSpan range's own message, and these name the setting as it is configured.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        (string Name, TimeSpan Value, TimeSpan Min, TimeSpan Max, string Range)[] ranges =
        [
            ("TelegramCheckInterval", TelegramCheckInterval, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1), "00:00:00.100 and 01:00:00"),
            ("TelegramTimeout", TelegramTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1), "00:00:00.100 and 00:01:00"),
            ("GaugeRefreshInterval", GaugeRefreshInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10), "00:00:00.010 and 00:10:00"),
            ("OutboxMaxAge", OutboxMaxAge, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1), "00:00:01 and 1.00:00:00"),
        ];
        foreach (var (name, value, min, max, range) in ranges)
        {
            if (value < min || value > max)
                yield return new ValidationResult($"Health:{name} must be between {range}.", [name]);
        }
    }
}
