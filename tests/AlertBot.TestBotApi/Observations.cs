namespace AlertBot.TestBotApi;

/// <summary>
/// A sendMessage call the server accepted. <see cref="Text"/> is the visible text (HTML already parsed);
/// <see cref="ParseMode"/> is as sent (Telegram.Bot 22 sends "Html"; Telegram matches it case-insensitively).
/// </summary>
public sealed record SentMessage(
    long ChatId,
    int MessageId,
    string Text,
    string? ParseMode,
    bool DisableNotification,
    int? ReplyToMessageId,
    int? MessageThreadId,
    bool LinkPreviewDisabled,
    string? ReplyMarkupJson,
    DateTimeOffset AcceptedAt)
{
    /// <summary>The text exactly as the client sent it (HTML source when <see cref="ParseMode"/> is HTML).</summary>
    public string RawText { get; init; } = Text;

    /// <summary>The entities Telegram made of the text (bold, links, date_time …), offsets in UTF-16 code units.</summary>
    public IReadOnlyList<TextEntity> Entities { get; init; } = [];

    /// <summary>link_preview_options as sent (null when none): what a reader sees below or above the text.</summary>
    public LinkPreview? LinkPreview { get; init; }

    /// <summary>The date_time entities: what each reader sees in their own zone.</summary>
    public IEnumerable<TextEntity> DateTimes => Entities.Where(e => e.Type == "date_time");

    /// <summary>A sendRichMessage: its blocks as a reader sees them (then <see cref="Text"/> is their text, line by line). Null for sendMessage.</summary>
    public IReadOnlyList<RichBlockView>? RichBlocks { get; init; }

    public bool IsRich => RichBlocks is not null;

    /// <summary>Sent with allow_paid_broadcast=true.</summary>
    public bool AllowPaidBroadcast { get; init; }
}

/// <summary>A message's link_preview_options.</summary>
public sealed record LinkPreview(bool IsDisabled, string? Url, bool PreferSmallMedia, bool PreferLargeMedia, bool ShowAboveText);

/// <summary>An editMessageText or editMessageReplyMarkup call the server accepted.</summary>
public sealed record EditedMessage(long ChatId, int MessageId, string Text, string? ParseMode, string? ReplyMarkupJson, DateTimeOffset AcceptedAt)
{
    /// <summary>An edit with rich_message: the new blocks. Null for a text edit.</summary>
    public IReadOnlyList<RichBlockView>? RichBlocks { get; init; }

    public IReadOnlyList<TextEntity> Entities { get; init; } = [];
}

public sealed record DeletedMessage(long ChatId, int MessageId, DateTimeOffset AcceptedAt);

public sealed record AnsweredCallback(string CallbackQueryId, string? Text, bool ShowAlert, DateTimeOffset AcceptedAt);

public sealed record BotCommandEntry(string Command, string Description);

/// <summary>A chat in the server's world. Mutate it through <see cref="TestBotApiServer"/>.</summary>
public sealed class TestChat
{
    internal TestChat(long id, string type, string? title, string? firstName, bool isForum)
    {
        Id = id;
        Type = type;
        Title = title;
        FirstName = firstName;
        IsForum = isForum;
    }

    public long Id { get; }

    /// <summary>"private", "group", "supergroup" or "channel".</summary>
    public string Type { get; }

    public string? Title { get; }

    public string? FirstName { get; }

    public bool IsForum { get; }

    /// <summary>Public username without "@", so chat_id "@name" finds the chat.</summary>
    public string? Username { get; init; }

    public bool IsPrivate => Type == "private";

    public bool IsChannel => Type == "channel";

    // Mutable world state, guarded by the server's lock.

    /// <summary>A channel where the bot is an admin without the right to post messages.</summary>
    internal bool BotCannotPost { get; set; }
    internal int LastMessageId { get; set; }

    internal Dictionary<int, StoredMessage> Messages { get; } = [];

    internal Dictionary<long, string> Members { get; } = [];

    internal HashSet<int> Topics { get; } = [];

    internal long? MigratedTo { get; set; }

    public override string ToString() => $"{Type} {Id} ({Title ?? FirstName})";
}

internal sealed class StoredMessage
{
    public required int Id { get; init; }

    public required long ChatId { get; init; }

    /// <summary>The user who wrote it; null for the bot's messages and channel posts.</summary>
    public long? FromUserId { get; init; }

    public bool SentByBot { get; init; }

    public required string Text { get; set; }

    /// <summary>A shared location: the message has no text then.</summary>
    public SharedLocation? Location { get; init; }

    public List<TextEntity> Entities { get; set; } = [];

    public string? ReplyMarkupJson { get; set; }

    public int? ThreadId { get; init; }

    public int? ReplyToMessageId { get; init; }

    public bool LinkPreviewDisabled { get; init; }

    /// <summary>A rich message's blocks; null for a text message.</summary>
    public IReadOnlyList<RichBlockView>? RichBlocks { get; set; }

    public required long Date { get; init; }

    public long? EditDate { get; set; }
}

/// <summary>A formatting entity of a message's text. <see cref="UnixTime"/> and <see cref="DateTimeFormat"/>: date_time only.</summary>
public sealed record TextEntity(string Type, int Offset, int Length, string? Url = null, string? Language = null, string? CustomEmojiId = null, long? UserId = null)
{
    public long? UnixTime { get; init; }

    public string? DateTimeFormat { get; init; }
}

/// <summary>Telegram's Location object, as a user shares it.</summary>
internal sealed record SharedLocation(double Latitude, double Longitude, double? HorizontalAccuracy, int? LivePeriod, int? Heading, int? ProximityAlertRadius)
{
    /// <summary>0x7FFFFFFF: a live location shared until its sender stops it.</summary>
    public const int Indefinitely = int.MaxValue;
}
