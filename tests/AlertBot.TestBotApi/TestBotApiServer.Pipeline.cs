using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AlertBot.TestBotApi;

// The HTTP side: /bot{token}/{method}, faults, and Telegram's response envelope.
public sealed partial class TestBotApiServer
{
    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        var slash = path.StartsWith("/bot", StringComparison.Ordinal) ? path.IndexOf('/', 4) : -1;
        if (slash < 0)
        {
            await WriteErrorAsync(http, new BotApiError(404, "Not Found"));
            return;
        }

        if (!string.Equals(path[4..slash], Token, StringComparison.Ordinal))
        {
            await WriteErrorAsync(http, new BotApiError(401, "Unauthorized"));
            return;
        }

        if (!_methods.TryGetValue(path[(slash + 1)..], out var method))
        {
            await WriteErrorAsync(http, new BotApiError(404, "Not Found"));
            return;
        }

        Stats.Request(method.Name);
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
        try
        {
            var args = await BotArgs.ReadAsync(http.Request, aborted.Token);
            var chatId = ChatIdForFaults(args);
            if (chatId is { } target && method.Name is "sendMessage" or "sendRichMessage")
                Stats.SendAttempt(target);
            var fault = Faults.Take(method.Name, chatId);
            switch (fault?.Kind)
            {
                case null:
                    await WriteOkAsync(http, await method.Run(args, http));
                    break;
                case FaultKind.Timeout:
                    Stats.Timeout();
                    await HoldAsync(fault.Delay, aborted.Token);
                    http.Abort();
                    break;
                case FaultKind.TimeoutAfterDelivery:
                    var result = await method.Run(args, http);
                    Stats.Timeout();
                    await HoldAsync(fault.Delay, aborted.Token);
                    if (aborted.IsCancellationRequested)
                        http.Abort();
                    else
                        await WriteOkAsync(http, result);
                    break;
                case FaultKind.TooManyRequests:
                    Stats.InjectedTooMany();
                    await WriteErrorAsync(http, new BotApiError(429, fault.Description, retryAfter: fault.RetryAfterSeconds));
                    break;
                default:
                    await WriteErrorAsync(http, new BotApiError(fault.StatusCode, fault.Description, migrateToChatId: fault.MigrateToChatId));
                    break;
            }
        }
        catch (BotApiError error)
        {
            await WriteErrorAsync(http, error);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            // A parameter of the wrong JSON type (say, a string where Telegram wants a bool) deep inside a handler.
            await WriteErrorAsync(http, BotApiError.BadRequest("wrong parameter type in request: " + e.Message));
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away or the server is stopping: nobody to answer.
        }
    }

    private async Task HoldAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, _time, ct);
        }
        catch (OperationCanceledException)
        {
            // The client gave up first, which is the point of a timeout fault.
        }
    }

    private static long? ChatIdForFaults(BotArgs args)
    {
        try
        {
            return args.Chat()?.Id;
        }
        catch (BotApiError)
        {
            return null;
        }
    }

    private static Task WriteOkAsync(HttpContext http, JsonNode result) =>
        WriteAsync(http, 200, new JsonObject { ["ok"] = true, ["result"] = result });

    private Task WriteErrorAsync(HttpContext http, BotApiError error)
    {
        Stats.Answered(error.ErrorCode);
        var body = new JsonObject { ["ok"] = false, ["error_code"] = error.ErrorCode, ["description"] = error.Description };
        if (error.RetryAfter is { } retryAfter)
            body["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
        else if (error.MigrateToChatId is { } migrateTo)
            body["parameters"] = new JsonObject { ["migrate_to_chat_id"] = migrateTo };
        if (error.RetryAfter is { } seconds)
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WriteAsync(http, error.ErrorCode, body);
    }

    private static async Task WriteAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted);
    }
}
