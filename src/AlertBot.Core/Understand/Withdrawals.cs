using System.Text.Json;

namespace AlertBot.Core.Understand;

/// <summary>A source's word that a story it sent is withdrawn: the story's id or URL, and why.</summary>
public sealed record Withdrawal(string? Id, string? Url, string? Reason);

/// <summary>
/// Reads a JSON document that withdraws a story: <c>{"id": "…", "withdrawn": true, "reason": "…"}</c> (or inside an
/// <c>article</c>/<c>data</c>/<c>item</c>/<c>story</c> envelope; the id may also be <c>guid</c>/<c>uuid</c>/<c>_id</c>, or
/// the document's own id, or a <c>url</c>). Anything else — not JSON, no <c>"withdrawn": true</c>, nothing naming the
/// story — is null, and the document is read as an article.
/// </summary>
public static class Withdrawals
{
    // A withdrawal is a few fields; a large document is an article (the understander bounds what it reads).
    private const int MaxBytes = 64 * 1024;

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 8 };

    public static Withdrawal? Read(SourceDocument document)
    {
        var span = document.Content.Span;
        if (span.Length > MaxBytes || !LooksLikeJsonObject(span))
            return null;
        try
        {
            using var json = JsonDocument.Parse(document.Content, Options);
            var root = json.RootElement;
            var flag = Find(root, "withdrawn");
            foreach (var name in (string[])["article", "data", "item", "story"])
            {
                if (flag is null && Find(root, name) is { ValueKind: JsonValueKind.Object } inner && Find(inner, "withdrawn") is { } innerFlag)
                    (root, flag) = (inner, innerFlag);
            }

            if (flag is not { } f || !(f.ValueKind == JsonValueKind.True || (f.ValueKind == JsonValueKind.String && string.Equals(f.GetString(), "true", StringComparison.OrdinalIgnoreCase))))
                return null;
            var id = Str(root, "id", "guid", "uuid", "_id") ?? document.Id;
            var url = Str(root, "url", "link", "canonical_url", "canonicalUrl", "permalink") ?? document.Url;
            return id is null && url is null ? null : new Withdrawal(id, url, Str(root, "reason", "withdrawn_reason", "withdrawReason", "withdrawalReason"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool LooksLikeJsonObject(ReadOnlySpan<byte> utf8)
    {
        // The byte-order mark's three bytes are trimmed with the white space.
        var trimmed = utf8.TrimStart(" \t\r\n\uFEFF"u8);
        return trimmed.Length > 0 && trimmed[0] == (byte)'{';
    }

    private static string? Str(JsonElement obj, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Find(obj, name) is { } v)
            {
                var s = v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.Number => v.GetRawText(),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(s))
                    return s.Trim();
            }
        }

        return null;
    }

    private static JsonElement? Find(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
            return null;
        if (obj.TryGetProperty(name, out var exact))
            return exact;
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                return p.Value;
        }

        return null;
    }
}
