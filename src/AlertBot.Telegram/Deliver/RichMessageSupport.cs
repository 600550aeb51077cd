namespace AlertBot.Telegram.Deliver;

/// <summary>
/// Whether the Bot API server takes rich messages. Once it refuses one (an older self-hosted server, or a client
/// version Telegram does not serve them to), every later alert goes out as HTML without trying again: one refusal,
/// one log line, not one per alert. Kept in memory: a restart (say, after the server was upgraded) tries again.
/// </summary>
public sealed class RichMessageSupport
{
    private int _refused;

    public bool Available => Volatile.Read(ref _refused) == 0;

    /// <summary>Records a refusal; true for the first one only (the one worth logging).</summary>
    public bool Refused() => Interlocked.Exchange(ref _refused, 1) == 0;
}
