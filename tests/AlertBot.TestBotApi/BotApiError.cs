namespace AlertBot.TestBotApi;

/// <summary>An error answer, thrown inside a method handler and written as Telegram's error JSON.</summary>
internal sealed class BotApiError(int errorCode, string description, int? retryAfter = null, long? migrateToChatId = null)
    : Exception(description)
{
    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    public int? RetryAfter { get; } = retryAfter;

    public long? MigrateToChatId { get; } = migrateToChatId;

    public static BotApiError BadRequest(string what) => new(400, "Bad Request: " + what);

    public static BotApiError Forbidden(string what) => new(403, "Forbidden: " + what);

    public static BotApiError TooManyRequests(int retryAfter) => new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter: retryAfter);
}
