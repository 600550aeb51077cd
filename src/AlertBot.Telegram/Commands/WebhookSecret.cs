using System.Security.Cryptography;
using System.Text;
using AlertBot.Storage;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Commands;

/// <summary>
/// The secret Telegram sends with every webhook request: <c>Telegram:WebhookSecret</c>, or one generated once and kept in
/// the database so every instance behind the load balancer checks the same one.
/// </summary>
public sealed class WebhookSecret(IOptions<TelegramOptions> options, UpdateStore updates)
{
    public const string Header = "X-Telegram-Bot-Api-Secret-Token";

    private string? _secret;

    /// <summary>The secret; callers racing at start may both ask the database, and both get the one stored.</summary>
    public async Task<string> GetAsync(CancellationToken ct) =>
        _secret ??= options.Value.WebhookSecret is { Length: > 0 } configured
            ? configured
            : await updates.GetOrCreateSecretAsync(Generate, ct);

    /// <summary>32 random bytes as base64url: 43 characters, all within Telegram's A-Z, a-z, 0-9, _ and -.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// Whether the header carries the secret, in time that does not depend on where they differ: both sides are hashed
    /// first, so neither the content nor the length of the secret leaks through the answer's timing.
    /// </summary>
    public static bool Matches(string? given, string expected) =>
        !string.IsNullOrEmpty(given) && !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
