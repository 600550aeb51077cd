using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AlertBot.Telegram.MiniApp;

/// <summary>Why init data was refused (each a 401 for the settings page's API).</summary>
public enum InitDataFailure
{
    /// <summary>No init data at all.</summary>
    Missing,

    /// <summary>Not a query string Telegram would send: a field twice, bad percent-encoding, too long, no auth_date.</summary>
    Malformed,

    /// <summary>No <c>hash</c> field.</summary>
    MissingHash,

    /// <summary>The hash does not match the fields: forged, changed, or signed with another bot's token.</summary>
    BadHash,

    /// <summary><c>auth_date</c> is older than <c>MiniApp:MaxAge</c>.</summary>
    Expired,

    /// <summary><c>auth_date</c> is ahead of this machine's clock by more than the allowed skew.</summary>
    FromTheFuture,

    /// <summary>Signed, but with no usable <c>user</c> (opened without a user, e.g. from an inline query of a channel).</summary>
    NoUser,
}

/// <summary>The Telegram user who opened the Mini App, as the signed init data says.</summary>
public sealed record MiniAppUser(long Id, string FirstName, string? LastName, string? Username)
{
    public string DisplayName => string.Join(' ', new[] { FirstName, LastName }.Where(s => !string.IsNullOrEmpty(s)));
}

/// <summary>Init data that passed <see cref="InitData.Validate"/>.</summary>
public sealed record ValidInitData(MiniAppUser User, DateTimeOffset AuthDate, string? StartParam);

/// <summary>
/// Telegram's Mini App init data (<c>Telegram.WebApp.initData</c>): a query string signed with the bot token.
/// Checked as Telegram documents it ("Validating data received via the Mini App"): the data-check-string is every
/// field but <c>hash</c> as <c>key=value</c> (values URL-decoded), sorted by key, joined by '\n'; the secret key is
/// HMAC-SHA256 of the bot token under the key "WebAppData"; the hash is the hex HMAC-SHA256 of the data-check-string
/// under the secret key. Compared in constant time. No session, no cookie: every request proves itself.
/// </summary>
public static class InitData
{
    /// <summary>Telegram's init data is a few hundred bytes; anything this long is not from Telegram.</summary>
    public const int MaxLength = 8192;

    /// <summary>How far <c>auth_date</c> may be ahead of this machine's clock (clocks are never exactly in sync).</summary>
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(1);

    private static readonly byte[] WebAppData = "WebAppData"u8.ToArray();

    /// <summary>The init data's user and time, or why it is refused.</summary>
    public static (ValidInitData? Data, InitDataFailure? Failure) Validate(string? raw, string botToken, TimeSpan maxAge, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(raw))
            return (null, InitDataFailure.Missing);
        if (raw.Length > MaxLength || Parse(raw) is not { } fields)
            return (null, InitDataFailure.Malformed);
        if (!fields.Remove("hash", out var hash))
            return (null, InitDataFailure.MissingHash);
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigit)
            || !CryptographicOperations.FixedTimeEquals(Convert.FromHexString(hash), Hash(fields, botToken)))
            return (null, InitDataFailure.BadHash);

        // Only signed data is read from here on.
        if (!fields.TryGetValue("auth_date", out var authText)
            || !long.TryParse(authText, NumberStyles.None, CultureInfo.InvariantCulture, out var authSeconds)
            || authSeconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return (null, InitDataFailure.Malformed);
        var authDate = DateTimeOffset.FromUnixTimeSeconds(authSeconds);
        if (authDate - now > AllowedClockSkew)
            return (null, InitDataFailure.FromTheFuture);
        if (now - authDate > maxAge)
            return (null, InitDataFailure.Expired);
        if (!fields.TryGetValue("user", out var userJson) || ReadUser(userJson) is not { } user)
            return (null, InitDataFailure.NoUser);
        return (new ValidInitData(user, authDate, fields.GetValueOrDefault("start_param")), null);
    }

    /// <summary>
    /// Init data as Telegram would send it for these fields, signed with the token: for tests and for trying the
    /// page by hand against a local server (<c>hash</c> is added; do not pass one).
    /// </summary>
    public static string Sign(IReadOnlyDictionary<string, string> fields, string botToken)
    {
        var hash = Convert.ToHexStringLower(Hash(fields, botToken));
        return string.Join('&', fields.Append(new("hash", hash)).Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
    }

    /// <summary>The fields of a query string, URL-decoded as a browser's URLSearchParams does; null when a key repeats or a part is not decodable.</summary>
    internal static Dictionary<string, string>? Parse(string raw)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in raw.Split('&'))
        {
            if (pair.Length == 0)
                continue;
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(eq < 0 ? pair : pair[..eq]);
            var value = Decode(eq < 0 ? "" : pair[(eq + 1)..]);
            // A repeated key is ambiguous (which one did Telegram sign?): refused rather than guessed.
            if (key is null || value is null || key.Length == 0 || !fields.TryAdd(key, value))
                return null;
        }

        return fields;
    }

    private static string? Decode(string part)
    {
        var text = part.Replace('+', ' ');
        // Uri.UnescapeDataString leaves a bad escape as it is; a lone '%' is not Telegram's.
        for (var i = text.IndexOf('%', StringComparison.Ordinal); i >= 0; i = text.IndexOf('%', i + 1))
        {
            if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
                return null;
        }

        return Uri.UnescapeDataString(text);
    }

    private static byte[] Hash(IEnumerable<KeyValuePair<string, string>> fields, string botToken)
    {
        var dataCheckString = string.Join('\n', fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value));
        var secret = HMACSHA256.HashData(WebAppData, Encoding.UTF8.GetBytes(botToken));
        return HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(dataCheckString));
    }

    private static MiniAppUser? ReadUser(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || !id.TryGetInt64(out var userId) || userId <= 0)
                return null;
            return new MiniAppUser(userId, Text(root, "first_name") ?? "", Text(root, "last_name"), Text(root, "username"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
