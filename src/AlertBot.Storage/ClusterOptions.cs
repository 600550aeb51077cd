using System.ComponentModel.DataAnnotations;

namespace AlertBot.Storage;

/// <summary>How instances sharing one PostgreSQL database coordinate. Ignored on SQLite (one instance).</summary>
public sealed class ClusterOptions : IValidatableObject
{
    public const string Section = "Cluster";

    /// <summary>How often a standby tries to take the update poller's lock; the fail-over time is about this.</summary>
    public TimeSpan PollerLockRetryInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often each instance looks for deliveries left in flight by an instance that died.</summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Quartz cluster check-in; a node silent for twice this is taken for dead and its jobs recovered.</summary>
    public TimeSpan QuartzCheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Added to the one-second send window: covers the time between booking a send slot in the database and
    /// Telegram counting the request.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:01")]
    public TimeSpan SendWindowMargin { get; set; } = TimeSpan.FromMilliseconds(50);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollerLockRetryInterval <= TimeSpan.Zero)
            yield return new ValidationResult("Cluster:PollerLockRetryInterval must be positive.", [nameof(PollerLockRetryInterval)]);
        if (QuartzCheckinInterval < TimeSpan.FromSeconds(1))
            yield return new ValidationResult("Cluster:QuartzCheckinInterval must be at least one second.", [nameof(QuartzCheckinInterval)]);
        if (RecoveryInterval <= TimeSpan.Zero)
            yield return new ValidationResult("Cluster:RecoveryInterval must be positive.", [nameof(RecoveryInterval)]);
    }
}
