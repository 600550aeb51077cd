namespace AlertBot.TestBotApi;

public enum FaultKind
{
    TooManyRequests,
    ServerError,
    Forbidden,
    BadRequest,
    Migrated,
    /// <summary>The request is held and then the connection dropped; nothing is delivered.</summary>
    Timeout,
    /// <summary>The message is delivered, then the response is held: the client cannot know it went out.</summary>
    TimeoutAfterDelivery,
}

/// <summary>One outcome the server produces instead of (or, for <see cref="FaultKind.TimeoutAfterDelivery"/>, around) the real one.</summary>
public sealed record Fault(
    FaultKind Kind,
    int StatusCode,
    string Description,
    int? RetryAfterSeconds = null,
    long? MigrateToChatId = null,
    TimeSpan Delay = default)
{
    public static Fault TooManyRequests(int retryAfterSeconds) =>
        new(FaultKind.TooManyRequests, 429, $"Too Many Requests: retry after {retryAfterSeconds}", RetryAfterSeconds: retryAfterSeconds);

    public static Fault ServerError(int statusCode = 500, string? description = null) =>
        statusCode is < 500 or > 599
            ? throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A server error is 5xx.")
            : new(FaultKind.ServerError, statusCode, description ?? statusCode switch
            {
                502 => "Bad Gateway",
                503 => "Service Unavailable",
                504 => "Gateway Timeout",
                _ => "Internal Server Error",
            });

    public static Fault Forbidden(string description = "Forbidden: bot was blocked by the user") =>
        new(FaultKind.Forbidden, 403, Prefixed("Forbidden: ", description));

    public static Fault BadRequest(string description) =>
        new(FaultKind.BadRequest, 400, Prefixed("Bad Request: ", description));

    public static Fault MigrateTo(long newChatId) =>
        new(FaultKind.Migrated, 400, "Bad Request: group chat was upgraded to a supergroup chat", MigrateToChatId: newChatId);

    /// <summary>Holds the request for <paramref name="delay"/> (or until the client gives up), then drops the connection.</summary>
    public static Fault Timeout(TimeSpan delay) => new(FaultKind.Timeout, 0, "timeout", Delay: delay);

    /// <summary>Delivers the message, then holds the response for <paramref name="delay"/>.</summary>
    public static Fault TimeoutAfterDelivery(TimeSpan delay) =>
        new(FaultKind.TimeoutAfterDelivery, 0, "timeout after delivery", Delay: delay);

    private static string Prefixed(string prefix, string description) =>
        description.StartsWith(prefix, StringComparison.Ordinal) ? description : prefix + description;
}
