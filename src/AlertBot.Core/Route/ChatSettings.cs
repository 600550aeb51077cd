using AlertBot.Core.Understand;

namespace AlertBot.Core.Route;

public enum ChatKind
{
    Private,
    Group,
    Supergroup,
    Channel,
}

public enum DeliveryMode
{
    /// <summary>Each alert as soon as it is understood.</summary>
    Instant,

    /// <summary>One message a day at <see cref="ChatSettings.DigestAt"/> in the chat's zone.</summary>
    Digest,
}

/// <summary>How an instant alert goes out.</summary>
public enum AlertFormat
{
    /// <summary>A Telegram rich message: heading, key-times table, map, collapsible source lines (sendRichMessage).</summary>
    Rich,

    /// <summary>The classic HTML message (sendMessage), with a small link preview of the source.</summary>
    Html,
}

public enum QuietPolicy
{
    /// <summary>Alerts inside quiet hours wait for the end of them.</summary>
    Hold,

    /// <summary>Alerts inside quiet hours are sent at once, without a notification sound.</summary>
    Silent,
}

/// <summary>Quiet hours in the chat's own zone; <see cref="Start"/> may be after <see cref="End"/> (over midnight).</summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End, QuietPolicy Policy)
{
    public bool Contains(TimeOnly localTime) => Start <= End
        ? localTime >= Start && localTime < End
        : localTime >= Start || localTime < End;
}

/// <summary>
/// "Alerts within <paramref name="RadiusKm"/> km of <paramref name="Name"/>": a centre (WGS 84 degrees) and a
/// great-circle radius. <paramref name="Name"/> is what the chat is shown ("Kharkiv", "your location near Kyiv").
/// </summary>
public sealed record NearCircle(string Name, double Lat, double Lon, double RadiusKm)
{
    public const double MinRadiusKm = 1;
    public const double MaxRadiusKm = 2000;

    /// <summary>At most this many circles per chat.</summary>
    public const int MaxPerChat = 10;

    /// <summary>Whether a point lies inside the circle (its edge included).</summary>
    public bool Contains(double lat, double lon) => Places.DistanceKm(Lat, Lon, lat, lon) <= RadiusKm;
}

/// <summary>What one chat gets, when and how. Topic "all" means every alert.</summary>
public sealed record ChatSettings
{
    public const string AllTopics = "all";

    public required long Id { get; init; }
    public required ChatKind Kind { get; init; }
    public required string Title { get; init; }
    public bool Enabled { get; init; } = true;
    public string? DisabledReason { get; init; }
    public DeliveryMode Mode { get; init; } = DeliveryMode.Instant;
    public TimeOnly? DigestAt { get; init; }

    /// <summary>An IANA zone name; key times are shown in UTC and in this zone.</summary>
    public string TimeZone { get; init; } = "Etc/UTC";

    public QuietHours? Quiet { get; init; }

    /// <summary>The chat's own choice (/format rich|classic); null follows the operator's Telegram:AlertFormat.</summary>
    public AlertFormat? Format { get; init; }

    public IReadOnlySet<string> Topics { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Forum supergroups: topic → message_thread_id its alerts go to. A topic not listed goes to the main chat.</summary>
    public IReadOnlyDictionary<string, int> TopicThreads { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The chat's own words: an article with one of them in its headline or body matches, whatever its topics.</summary>
    public IReadOnlySet<string> Keywords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>An article with one of these words in its headline or body never goes to this chat.</summary>
    public IReadOnlySet<string> Excludes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Circles on the map (/near): an article whose main location is inside one matches, whatever its topics.</summary>
    public IReadOnlyList<NearCircle> Near { get; init; } = [];

    /// <summary>Telegram's limit for this kind of chat: private chats 1 message/s, groups and channels 20/min.</summary>
    public bool IsPrivate => Kind == ChatKind.Private;
}
