using AlertBot.Core.Observe;
using AlertBot.Telegram;
using AlertBot.Telegram.Commands;
using Microsoft.Extensions.Options;

namespace AlertBot;

/// <summary>
/// <c>POST /telegram/webhook</c> (webhook mode): Telegram's pushed updates. The secret header is checked in constant
/// time (401 otherwise, counted), the body is capped at <see cref="TelegramOptions.WebhookMaxBytes"/> (413), and the
/// answer is 200 once the update is recorded in the database — handling follows, so the answer is quick. A failure
/// to record answers 503 and Telegram delivers the update again.
/// </summary>
public static class WebhookEndpoint
{
    public const string Path = "/telegram/webhook";

    public static WebApplication MapTelegramWebhook(this WebApplication app)
    {
        // The raw settings, as the registrations chose by them: validation runs at start, and reports a bad one there.
        var options = app.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        if (options.Mode == UpdateMode.Webhook && options.HasToken)
            app.MapPost(Path, HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, WebhookUpdates updates, WebhookSecret secret, IOptions<TelegramOptions> options, AlertBotMetrics metrics, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(WebhookEndpoint));
        var request = http.Request;
        var max = options.Value.WebhookMaxBytes;
        if (!WebhookSecret.Matches(request.Headers[WebhookSecret.Header].ToString(), await secret.GetAsync(ct)))
            return Refuse(logger, metrics, StatusCodes.Status401Unauthorized, "unauthorized", $"missing or wrong {WebhookSecret.Header}");
        if (request.ContentLength > max)
            return Refuse(logger, metrics, StatusCodes.Status413PayloadTooLarge, "too-large", $"{request.ContentLength} bytes is over Telegram:WebhookMaxBytes ({max})");

        var body = await ReadLimitedAsync(request.Body, max, ct);
        if (body is null)
            return Refuse(logger, metrics, StatusCodes.Status413PayloadTooLarge, "too-large", $"the body is over Telegram:WebhookMaxBytes ({max})");

        WebhookReceipt receipt;
        try
        {
            receipt = await updates.ReceiveAsync(body, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not recorded: a non-2xx makes Telegram deliver it again.
            return Refuse(logger, metrics, StatusCodes.Status503ServiceUnavailable, "failed", "the update could not be recorded: " + Secrets.Redact(e.Message));
        }

        if (receipt == WebhookReceipt.NotAnUpdate)
            return Refuse(logger, metrics, StatusCodes.Status400BadRequest, "bad-request", "the body is not a JSON update with an update_id");
        metrics.WebhookRequests.Add(1, new KeyValuePair<string, object?>("outcome", receipt == WebhookReceipt.Recorded ? "recorded" : "duplicate"));
        return Results.Ok();
    }

    private static IResult Refuse(ILogger logger, AlertBotMetrics metrics, int status, string outcome, string reason)
    {
        metrics.WebhookRequests.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        Log.WebhookRefused(logger, status, reason);
        return Results.StatusCode(status);
    }

    /// <summary>The body, or null when it is longer than <paramref name="max"/> (a chunked body has no Content-Length, and a declared one may lie).</summary>
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
}
