using AlertBot.Core.Understand;

namespace AlertBot.Storage;

public static class Sources
{
    public const string Folder = "folder";
    public const string Feed = "feed";
    public const string Push = "push";
}

/// <summary>An understood article ready to be stored once.</summary>
/// <param name="DedupeKey">Identity: source id / canonical URL / GUID, else content hash.</param>
public sealed record NewArticle(string DedupeKey, string ContentHash, string Source, string SourceName, Understanding Understanding);

public enum DeliveryKind
{
    /// <summary>An article's alert, rendered at send time for the chat.</summary>
    Alert,

    /// <summary>A ready HTML text: a command reply or a digest.</summary>
    Text,

    /// <summary>
    /// An article changed (an update, or another source reported it): edit the chat's alert message to the
    /// current version, or — past Telegram's edit window — send the payload as a reply to it.
    /// </summary>
    Edit,
}

public static class DeliveryStates
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Dead = "dead";
    public const string Cancelled = "cancelled";

    /// <summary>Held for a chat's digest; the digest job turns them into one text row.</summary>
    public const string Held = "held";

    /// <summary>Held alerts that went out inside a digest message.</summary>
    public const string Digested = "digested";
}

/// <summary>One outbox row to create.</summary>
public sealed record NewDelivery(string DedupeKey, long ChatId, DeliveryKind Kind, DateTimeOffset Due)
{
    public long? ArticleId { get; init; }
    public string? Payload { get; init; }
    public string? ReplyMarkup { get; init; }
    public bool Silent { get; init; }
    public bool Held { get; init; }

    /// <summary>A forum supergroup's topic thread (message_thread_id); null for the main chat.</summary>
    public int? ThreadId { get; init; }
}

public sealed record StoredArticle(long Id, string Source, string SourceName, DateTimeOffset Ingested, Understanding Understanding);

/// <summary>An outbox row claimed by this sender.</summary>
public sealed record Delivery(
    long Id,
    long ChatId,
    long? ArticleId,
    DeliveryKind Kind,
    string? Payload,
    string? ReplyMarkup,
    bool Silent,
    int Attempts,
    int PartsSent,
    string? MessageIds,
    DateTimeOffset Created)
{
    /// <summary>A forum supergroup's topic thread (message_thread_id); null for the main chat.</summary>
    public int? ThreadId { get; init; }

    /// <summary>The chat's type as stored: its pacing (Telegram's per-chat limits) follows from it.</summary>
    public AlertBot.Core.Route.ChatKind ChatKind { get; init; }
}

public sealed record DeliveryRow(
    long Id,
    long ChatId,
    long? ArticleId,
    string Kind,
    string State,
    int Attempts,
    string? LastError,
    string? MessageIds,
    DateTimeOffset Created,
    DateTimeOffset? Sent);

public sealed record OutboxStats(long Pending, long Sending, long Held, long Sent, long Dead, DateTimeOffset? OldestPendingDue);
