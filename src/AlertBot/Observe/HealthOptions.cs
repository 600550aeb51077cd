using System.ComponentModel.DataAnnotations;

namespace AlertBot.Observe;

/// <summary>Readiness thresholds (section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>How long a <c>getMe</c> answer is trusted before the Telegram check asks again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "Health:TelegramCheckInterval must be between 00:00:00.100 and 01:00:00.")]
    public TimeSpan TelegramCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for <c>getMe</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Health:TelegramTimeout must be between 00:00:00.100 and 00:01:00.")]
    public TimeSpan TelegramTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the database gauges (outbox rows, chats) are reused between scrapes before the store is read again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "Health:GaugeRefreshInterval must be between 00:00:00.010 and 00:10:00.")]
    public TimeSpan GaugeRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A due delivery waiting longer than this makes readiness Degraded.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Health:OutboxMaxAge must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan OutboxMaxAge { get; set; } = TimeSpan.FromMinutes(5);
}
