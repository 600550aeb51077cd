using System.Buffers;
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
/// matched), and a problem+json 4xx naming what is wrong otherwise. At most <see cref="PushOptions.MaxConcurrent"/>
/// pushes are read and ingested at once (429 with Retry-After beyond), each body in a pooled buffer of at most
/// <see cref="PushOptions.MaxBytes"/>: what pushes can take is bounded by the two settings.
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
        app.MapDelete(Path + "/{id}", WithdrawAsync);
        return app;
    }

    /// <summary>The first buffer for a body of unknown length (chunked); it doubles up to Push:MaxBytes.</summary>
    private const int FirstChunkedBuffer = 64 * 1024;

    private static async Task<IResult> HandleAsync(HttpContext http, ArticlePipeline pipeline, PushGate gate, IOptions<PushOptions> options, TimeProvider time, ILoggerFactory loggers, CancellationToken ct)
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

        if (!gate.TryEnter())
        {
            http.Response.Headers.RetryAfter = ((int)PushGate.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem(logger, StatusCodes.Status429TooManyRequests, "too many pushes at once", $"{o.MaxConcurrent} pushes are in progress (Push:MaxConcurrent); try again after {PushGate.RetryAfter.TotalSeconds:F0} s.");
        }

        byte[]? buffer = null;
        try
        {
            int length;
            (buffer, length) = await ReadLimitedAsync(request.Body, request.ContentLength, o.MaxBytes, ct);
            if (length < 0)
                return Problem(logger, StatusCodes.Status413PayloadTooLarge, "article too large", $"The body is over the {o.MaxBytes}-byte limit (Push:MaxBytes).");
            return await IngestAsync(http, pipeline, time, logger, type, extension, buffer.AsMemory(0, length), ct);
        }
        finally
        {
            if (buffer is not null)
                ArrayPool<byte>.Shared.Return(buffer);
            gate.Exit();
        }
    }

    /// <summary><paramref name="body"/> is a pooled buffer, returned once this completes: nothing may keep it.</summary>
    private static async Task<IResult> IngestAsync(HttpContext http, ArticlePipeline pipeline, TimeProvider time, ILogger logger, string type, string extension, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        var request = http.Request;
        if (IsBlank(body.Span))
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
            IngestOutcome.UnknownStory => Problem(logger, StatusCodes.Status404NotFound, "unknown story", "The withdrawal names no stored story (its id or url)."),
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
        IngestOutcome.Withdrawn => "withdrawn",
        IngestOutcome.UnknownStory => "unknown-story",
        _ => "rejected",
    };

    /// <summary>A withdrawal's JSON body: <c>{"reason": "…"}</c>; more than this is not a reason.</summary>
    private const int MaxWithdrawBody = 4096;

    /// <summary>
    /// <c>DELETE /articles/{id}</c>: withdraws the story with that source id (the one it was pushed with) or that
    /// article id (the one POST answered). The reason comes from <c>?reason=</c> or a JSON body <c>{"reason"}</c>.
    /// 200 with the story's id; 404 for an unknown id; 401 without the key.
    /// </summary>
    private static async Task<IResult> WithdrawAsync(string id, HttpContext http, ArticlePipeline pipeline, IOptions<PushOptions> options, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(PushEndpoint));
        var request = http.Request;
        if (!KeyMatches(request.Headers[ApiKeyHeader].ToString(), options.Value.ApiKey!))
            return Problem(logger, StatusCodes.Status401Unauthorized, "missing or wrong API key", $"Send the key configured as Push:ApiKey in the {ApiKeyHeader} header.");
        if (id.Length > 2000)
            return Problem(logger, StatusCodes.Status404NotFound, "unknown story", "No stored story has this id.");

        var reason = request.Query["reason"].ToString();
        if (reason.Length == 0 && request.ContentLength is not 0 && request.ContentType is { } type && type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            var (buffer, length) = await ReadLimitedAsync(request.Body, request.ContentLength, MaxWithdrawBody, ct);
            try
            {
                if (length < 0)
                    return Problem(logger, StatusCodes.Status413PayloadTooLarge, "body too large", $"A withdrawal's body is at most {MaxWithdrawBody} bytes: {{\"reason\": \"…\"}}.");
                if (length > 0)
                {
                    if (JsonError(buffer.AsMemory(0, length)) is { } jsonError)
                        return Problem(logger, StatusCodes.Status400BadRequest, "invalid JSON", jsonError);
                    using var json = JsonDocument.Parse(buffer.AsMemory(0, length));
                    if (json.RootElement.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String)
                        reason = r.GetString() ?? "";
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        var result = await pipeline.FindStoryIdAsync(id, ct) is { } storyId ? await pipeline.WithdrawAsync(storyId, reason, Sources.Push, ct) : null;
        if (result is null)
            return Problem(logger, StatusCodes.Status404NotFound, "unknown story", "No stored story has this id (the id POST answered, or the source id it was pushed with).");
        return Results.Json(Answer(result), statusCode: StatusCodes.Status200OK);
    }

    /// <summary>Constant-time comparison, so response timing tells nothing about the key.</summary>
    private static bool KeyMatches(string given, string expected) =>
        given.Length > 0 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>
    /// Reads the body into one pooled buffer: sized by Content-Length when there is one, else grown by
    /// doubling, never past <paramref name="max"/> (a chunked upload has no Content-Length, and a declared
    /// length may lie). Length -1 when the body is longer. The caller returns the buffer to the shared pool.
    /// </summary>
    private static async Task<(byte[] Buffer, int Length)> ReadLimitedAsync(Stream body, long? declared, int max, CancellationToken ct)
    {
        var pool = ArrayPool<byte>.Shared;
        var buffer = pool.Rent((int)Math.Clamp(declared ?? FirstChunkedBuffer, 1, max));
        var length = 0;
        try
        {
            while (true)
            {
                var capacity = Math.Min(buffer.Length, max);
                if (length == capacity)
                {
                    if (capacity == max)
                    {
                        // Full at the limit: one byte more and it is too large.
                        var probe = new byte[1];
                        return (buffer, await body.ReadAsync(probe, ct) > 0 ? -1 : length);
                    }

                    var larger = pool.Rent(Math.Min(max, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    pool.Return(buffer);
                    buffer = larger;
                    continue;
                }

                var read = await body.ReadAsync(buffer.AsMemory(length, capacity - length), ct);
                if (read == 0)
                    return (buffer, length);
                length += read;
            }
        }
        catch
        {
            pool.Return(buffer);
            throw;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> body) => body.TrimStart(" \n\r\t"u8).IsEmpty;

    private static string? JsonError(ReadOnlyMemory<byte> body)
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
