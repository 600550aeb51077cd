using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AlertBot.TestBotApi;

/// <summary>
/// The parameters of one Bot API call, from a JSON body (what Telegram.Bot sends), a form
/// (url-encoded or multipart) or the query string — Telegram accepts all three.
/// </summary>
internal sealed class BotArgs
{
    private readonly Dictionary<string, JsonNode?> _values = new(StringComparer.Ordinal);

    public static async Task<BotArgs> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var args = new BotArgs();
        foreach (var (key, value) in request.Query)
            args._values[key] = JsonValue.Create(value.ToString());

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            foreach (var (key, value) in form)
                args._values[key] = JsonValue.Create(value.ToString());
        }
        else if (request.ContentLength is not 0 && (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            JsonNode? body;
            try
            {
                body = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
            }
            catch (JsonException)
            {
                throw BotApiError.BadRequest("can't parse JSON object");
            }

            if (body is JsonObject obj)
            {
                foreach (var (key, value) in obj)
                    args._values[key] = value?.DeepClone();
            }
            else if (body is not null)
            {
                throw BotApiError.BadRequest("can't parse JSON object");
            }
        }

        return args;
    }

    public bool Has(string name) => _values.TryGetValue(name, out var v) && v is not null;

    public string? String(string name)
    {
        if (!_values.TryGetValue(name, out var node) || node is null)
            return null;
        return node is JsonValue value && value.TryGetValue(out string? s) ? s : node.ToJsonString();
    }

    public long? Long(string name)
    {
        if (!_values.TryGetValue(name, out var node) || node is null)
            return null;
        if (node is JsonValue value)
        {
            if (value.TryGetValue(out long l))
                return l;
            if (value.TryGetValue(out string? s) && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out l))
                return l;
            if (value.TryGetValue(out string? empty) && empty.Length == 0)
                return null;
        }

        throw BotApiError.BadRequest($"invalid {name} specified");
    }

    public int? Int(string name)
    {
        var l = Long(name);
        return l is null ? null : l is >= int.MinValue and <= int.MaxValue ? (int)l : throw BotApiError.BadRequest($"invalid {name} specified");
    }

    public bool Bool(string name)
    {
        if (!_values.TryGetValue(name, out var node) || node is not JsonValue value)
            return false;
        if (value.TryGetValue(out bool b))
            return b;
        if (value.TryGetValue(out string? s))
            return s is "true" or "True" or "1";
        return value.TryGetValue(out long l) && l != 0;
    }

    /// <summary>
    /// A Boolean that must be one: JSON true/false, or "true"/"false"/"1"/"0" as form and query arguments carry it;
    /// anything else is 400 "invalid NAME specified". Telegram itself reads an unknown text as false — stricter
    /// here, so a client that sends a wrong type is caught instead of silently losing the option.
    /// </summary>
    public bool StrictBool(string name)
    {
        if (!_values.TryGetValue(name, out var node) || node is null)
            return false;
        if (node is JsonValue value)
        {
            if (value.TryGetValue(out bool b))
                return b;
            if (value.TryGetValue(out string? s) && s is "true" or "false" or "1" or "0")
                return s is "true" or "1";
        }

        throw BotApiError.BadRequest($"invalid {name} specified");
    }

    /// <summary>An object or array parameter; form and query arguments carry these as JSON strings.</summary>
    public JsonNode? Json(string name)
    {
        if (!_values.TryGetValue(name, out var node) || node is null)
            return null;
        if (node is JsonValue value && value.TryGetValue(out string? s))
        {
            if (string.IsNullOrWhiteSpace(s))
                return null;
            try
            {
                return JsonNode.Parse(s);
            }
            catch (JsonException)
            {
                throw BotApiError.BadRequest($"can't parse {name} JSON object");
            }
        }

        return node;
    }

    /// <summary>A chat_id: a number, or "@username" for channels and public groups.</summary>
    public ChatRef? Chat(string name = "chat_id")
    {
        if (!_values.TryGetValue(name, out var node) || node is null)
            return null;
        if (node is JsonValue value)
        {
            if (value.TryGetValue(out long l))
                return new ChatRef(l, null);
            if (value.TryGetValue(out string? s))
            {
                if (s.Length == 0)
                    return null;
                if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out l))
                    return new ChatRef(l, null);
                if (s.StartsWith('@'))
                    return new ChatRef(null, s[1..]);
            }
        }

        throw BotApiError.BadRequest("chat not found");
    }
}

internal readonly record struct ChatRef(long? Id, string? Username);
