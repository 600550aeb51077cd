namespace AlertBot.Storage;

// The outbox's rows as Dapper reads them.

internal sealed class ClaimRow
{
    public long Id { get; set; }
    public long ChatId { get; set; }
    public long? ArticleId { get; set; }
    public string Kind { get; set; } = "";
    public string? Payload { get; set; }
    public string? ReplyMarkup { get; set; }
    public bool Silent { get; set; }
    public long Attempts { get; set; }
    public long PartsSent { get; set; }
    public string? MessageIds { get; set; }
    public long CreatedMs { get; set; }
    public long? ThreadId { get; set; }
    public string ChatType { get; set; } = "";

    public Delivery ToDelivery() => new(
        Id,
        ChatId,
        ArticleId,
        Enum.Parse<DeliveryKind>(Kind, ignoreCase: true),
        Payload,
        ReplyMarkup,
        Silent,
        (int)Attempts,
        (int)PartsSent,
        MessageIds,
        DateTimeOffset.FromUnixTimeMilliseconds(CreatedMs))
    {
        ThreadId = ThreadId is { } t ? (int)t : null,
        ChatKind = Enum.Parse<AlertBot.Core.Route.ChatKind>(ChatType, ignoreCase: true),
    };
}

internal sealed class DeliveryListRow
{
    public long Id { get; set; }
    public long ChatId { get; set; }
    public long? ArticleId { get; set; }
    public string Kind { get; set; } = "";
    public string State { get; set; } = "";
    public long Attempts { get; set; }
    public string? LastError { get; set; }
    public string? MessageIds { get; set; }
    public long CreatedMs { get; set; }
    public long? SentMs { get; set; }

    public DeliveryRow ToRow() => new(
        Id,
        ChatId,
        ArticleId,
        Kind,
        State,
        (int)Attempts,
        LastError,
        MessageIds,
        DateTimeOffset.FromUnixTimeMilliseconds(CreatedMs),
        Sql.At(SentMs));
}

internal sealed class AlertDeliveryRow
{
    public string State { get; set; } = "";
    public string? MessageIds { get; set; }
    public long PartsSent { get; set; }
    public long? SentMs { get; set; }
}
