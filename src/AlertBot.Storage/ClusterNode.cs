namespace AlertBot.Storage;

/// <summary>
/// This process's identity among the instances sharing a database: the owner written on the outbox rows it
/// leases. On PostgreSQL the instance holds an advisory lock named after it for as long as it lives, so the
/// others can tell a dead owner (lock free) from a slow one (lock held) without waiting for its leases to expire.
/// </summary>
public sealed class ClusterNode
{
    public ClusterNode()
    {
        var machine = Environment.MachineName;
        Id = $"{(machine.Length > 40 ? machine[..40] : machine)}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    }

    /// <summary>Host, process and a random part: unique even when a container restarts with the same host name and pid.</summary>
    public string Id { get; }
}
