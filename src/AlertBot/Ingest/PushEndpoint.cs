using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AlertBot.Core.Understand;
using AlertBot.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AlertBot.Ingest;

/// <summary>
/// <c>POST /articles</c>: a newsroom system pushes one article (JSON, or raw text / Markdown / HTML by
/// Content-Type) with the API key in <c>X-Api-Key</c>. It goes through the same pipeline as a dropped file.
/// Answers 201 with the new article's id, 200 for a duplicate / update / near-duplicate (with the id it
/// matched), and a problem+json 4xx naming what is wrong otherwise.
/// </summary>
public static class PushEndpoint
{
    public const string Path = "/articles";
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Optional headers for raw bodies: the story id (updates replace it), its URL, and who reports it.</summary>
    public const string IdHeader = "X-Article-Id";
    public const string UrlHeader = "X-Article-Url";
    public const string SourceHeader = "X-Source";

    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/json"] = ".json",
        ["text/plain"] = ".txt",
        ["text/markdown"] = ".md",
        ["text/x-markdown"] = ".md",
        ["text/html"] = ".html",
        ["application/xhtml+xml"] = ".html",
    };

    public static WebApplication MapPushEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<PushOptions>>().Value;
        if (!options.Enabled)
        {
            Log.PushDisabled(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PushEndpoint)));
            return app;
        }

        app.MapPost(Path, HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, ArticlePipeline pipeline, IOptions<PushOptions> options, TimeProvider time, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(PushEndpoint));
        var o = options.Value;
        var request = http.Request;

        if (!KeyMatches(request.Headers[ApiKeyHeader].ToString(), o.ApiKey!))
            return Problem(logger, StatusCodes.Status401Unauthorized, "missing or wrong API key", $"Send the key configured as Push:ApiKey in the {ApiKeyHeader} header.");

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || mediaType.MediaType.Value is not { } type || !Extensions.TryGetValue(type, out var extension))
            return Problem(logger, StatusCodes.Status415UnsupportedMediaType, "unsupported Content-Type", $"Content-Type '{request.ContentType}' is not accepted; use one of: {string.Join(", ", Extensions.Keys)}.");

        if (request.ContentLength > o.MaxBytes)
            return Problem(logger, StatusCodes.Status413PayloadTooLarge, "article too large", $"{request.ContentLength} bytes is over the {o.MaxBytes}-byte limit (Push:MaxBytes).");
        var body = await ReadLimitedAsync(request.Body, o.MaxBytes, ct);
        if (body is null)
            return Problem(logger, StatusCodes.Status413PayloadTooLarge, "article too large", $"The body is over the {o.MaxBytes}-byte limit (Push:MaxBytes).");
        if (body.Length == 0 || body.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            return Problem(logger, StatusCodes.Status400BadRequest, "empty article", "The request body is empty.");

        if (extension == ".json" && JsonError(body) is { } jsonError)
            return Problem(logger, StatusCodes.Status400BadRequest, "invalid JSON", jsonError);

        var pushId = Guid.NewGuid().ToString("N")[..12];
        var document = new SourceDocument($"push-{pushId}{extension}", body)
        {
            ContentType = type,
            Published = time.GetUtcNow(),
            Id = Header(request, IdHeader, 190),
            Url = Header(request, UrlHeader, 2000),
        };
        var origin = Header(request, SourceHeader, 100);
        var result = await pipeline.IngestAsync(document, Sources.Push, origin, ct);
        return result.Outcome switch
        {
            IngestOutcome.Rejected => Problem(logger, StatusCodes.Status422UnprocessableEntity, "not an article", result.Reason ?? "The body could not be read as an article."),
            IngestOutcome.Stored or IngestOutcome.NotAnAlert => Results.Json(Answer(result), statusCode: StatusCodes.Status201Created),
            _ => Results.Json(Answer(result), statusCode: StatusCodes.Status200OK),
        };
    }

    /// <summary>The answer's body: <c>{"id", "outcome", "deliveries", "originalId"}</c>.</summary>
    public sealed record PushAnswer(long? Id, string Outcome, int Deliveries, long? OriginalId);

    private static PushAnswer Answer(IngestResult result) => new(result.ArticleId, OutcomeName(result.Outcome), result.Deliveries, result.OriginalId);

    public static string OutcomeName(IngestOutcome outcome) => outcome switch
    {
        IngestOutcome.Stored => "stored",
        IngestOutcome.Duplicate => "duplicate",
        IngestOutcome.NotAnAlert => "not-an-alert",
        IngestOutcome.Updated => "updated",
        IngestOutcome.NearDuplicate => "near-duplicate",
        _ => "rejected",
    };

    /// <summary>Constant-time comparison, so response timing tells nothing about the key.</summary>
    private static bool KeyMatches(string given, string expected) =>
        given.Length > 0 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>Reads at most <paramref name="max"/> bytes; null when the body is longer (a chunked upload has no Content-Length).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? JsonError(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object ? null : "The body must be a JSON object such as {\"title\": …, \"body\": …}.";
        }
        catch (JsonException e)
        {
            return "The body is not valid JSON: " + e.Message;
        }
    }

    private static string? Header(HttpRequest request, string name, int max)
    {
        var value = request.Headers[name].ToString().Trim();
        return value.Length == 0 ? null : value.Length <= max ? value : value[..max];
    }

    private static IResult Problem(ILogger logger, int status, string title, string detail)
    {
        Log.PushRefused(logger, status, title);
        return Results.Problem(detail: detail, statusCode: status, title: title);
    }
}
