using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AlertBot.TestBotApi;

/// <summary>A webhook delivery attempt: the update, and the HTTP status the webhook answered (null: no answer) or the error.</summary>
public sealed record WebhookDelivery(int UpdateId, int? StatusCode, string? Error, DateTimeOffset At)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

// setWebhook, deleteWebhook, getWebhookInfo, and delivering the queued updates to the webhook like Telegram: an HTTPS
// POST of the JSON update with X-Telegram-Bot-Api-Secret-Token, up to max_connections at once, repeated after a
// non-2xx answer, a refused connection or a timeout until one succeeds; getUpdates answers 409 while a webhook is set.
public sealed partial class TestBotApiServer
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private static readonly HashSet<string> UpdateTypes = new(StringComparer.Ordinal)
    {
        "message", "edited_message", "channel_post", "edited_channel_post", "business_connection", "business_message",
        "edited_business_message", "deleted_business_messages", "message_reaction", "message_reaction_count", "inline_query",
        "chosen_inline_result", "callback_query", "shipping_query", "pre_checkout_query", "purchased_paid_media", "poll",
        "poll_answer", "my_chat_member", "chat_member", "chat_join_request", "chat_boost", "removed_chat_boost",
    };

    private static readonly int[] WebhookPorts = [443, 80, 88, 8443];

    private string? _webhookUrl;
    private string? _webhookSecret;
    private int _webhookMaxConnections = 40;
    private (DateTimeOffset At, string Message)? _webhookLastError;
    private readonly HashSet<int> _inFlight = [];
    private readonly Dictionary<int, DateTimeOffset> _retryAt = [];
    private readonly List<WebhookDelivery> _webhookDeliveries = [];
    private Task? _webhookLoop;

    /// <summary>The webhook URL set with setWebhook, or null.</summary>
    public string? WebhookUrl
    {
        get
        {
            lock (_gate)
            {
                return _webhookUrl;
            }
        }
    }

    /// <summary>The secret_token set with the webhook, or null.</summary>
    public string? WebhookSecret
    {
        get
        {
            lock (_gate)
            {
                return _webhookSecret;
            }
        }
    }

    /// <summary>The allowed_updates last given (by setWebhook or getUpdates), or null for Telegram's default.</summary>
    public IReadOnlySet<string>? AllowedUpdates
    {
        get
        {
            lock (_gate)
            {
                return _allowedUpdates is null ? null : new HashSet<string>(_allowedUpdates, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Every webhook delivery attempt, in the order they finished.</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _webhookDeliveries];
            }
        }
    }

    private JsonNode SetWebhook(BotArgs args)
    {
        var url = args.String("url") ?? throw BotApiError.BadRequest("parameter \"url\" is required");
        if (url.Length == 0)
            return DeleteWebhook(args);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw BotApiError.BadRequest("bad webhook: Failed to resolve host: Name or service not known");
        var local = _options.AllowHttpWebhookOnLoopback && uri.IsLoopback;
        if (uri.Scheme != Uri.UriSchemeHttps && !(local && uri.Scheme == Uri.UriSchemeHttp))
            throw BotApiError.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        if (!local && !WebhookPorts.Contains(uri.Port))
            throw BotApiError.BadRequest("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443");

        var secret = args.String("secret_token");
        if (secret is not null)
        {
            if (secret.Length > 256)
                throw BotApiError.BadRequest("secret token is too long");
            if (secret.Length == 0 || !secret.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-'))
                throw BotApiError.BadRequest("secret token contains unallowed characters");
        }

        var maxConnections = args.Int("max_connections") ?? 40;
        if (maxConnections is < 1 or > 100)
            throw BotApiError.BadRequest("bad webhook: max_connections must be between 1 and 100");
        var allowed = args.Has("allowed_updates") ? ReadAllowedUpdates(args) : null;

        lock (_gate)
        {
            _webhookUrl = url;
            _webhookSecret = secret;
            _webhookMaxConnections = maxConnections;
            _webhookLastError = null;
            _retryAt.Clear();
            if (allowed is not null)
                _allowedUpdates = allowed.Count == 0 ? null : allowed;
            if (args.Bool("drop_pending_updates"))
                _updates.Clear();
            // A getUpdates in progress ends: the bot now receives by webhook.
            if (_activePoll is { } poll)
                poll.Terminated = true;
            _webhookLoop ??= Task.Run(DeliverLoopAsync);
            Pulse();
            return true;
        }
    }

    /// <summary>A JSON array of update type names (as JSON, or as a string holding JSON from a form).</summary>
    private static HashSet<string> ReadAllowedUpdates(BotArgs args)
    {
        var node = args.Json("allowed_updates");
        if (node is JsonValue value && value.TryGetValue(out string? text))
        {
            try
            {
                node = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                throw BotApiError.BadRequest("can't parse allowed updates JSON object");
            }
        }

        if (node is not JsonArray array)
            throw BotApiError.BadRequest("can't parse allowed updates JSON object");
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in array)
        {
            // Telegram ignores names it does not know; a non-string is a malformed list.
            if (item is not JsonValue v || !v.TryGetValue(out string? type))
                throw BotApiError.BadRequest("can't parse allowed updates JSON object");
            if (UpdateTypes.Contains(type))
                types.Add(type);
        }

        return types;
    }

    private JsonNode DeleteWebhook(BotArgs args)
    {
        lock (_gate)
        {
            _webhookUrl = null;
            _webhookSecret = null;
            _webhookLastError = null;
            _retryAt.Clear();
            if (args.Bool("drop_pending_updates"))
                _updates.Clear();
            Pulse();
            return true;
        }
    }

    private JsonNode GetWebhookInfo(BotArgs args)
    {
        lock (_gate)
        {
            var info = new JsonObject
            {
                ["url"] = _webhookUrl ?? "",
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = _updates.Count,
            };
            if (_webhookUrl is null)
                return info;
            info["max_connections"] = _webhookMaxConnections;
            if (_allowedUpdates is { } allowed)
                info["allowed_updates"] = new JsonArray([.. allowed.Order(StringComparer.Ordinal).Select(t => (JsonNode)t)]);
            if (_webhookLastError is { } error)
            {
                info["last_error_date"] = error.At.ToUnixTimeSeconds();
                info["last_error_message"] = error.Message;
            }

            return info;
        }
    }

    /// <summary>Runs from the first setWebhook until the server stops: starts a delivery for each queued update that is due.</summary>
    private async Task DeliverLoopAsync()
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        while (!_stopping.IsCancellationRequested)
        {
            var due = new List<(PendingUpdate Update, string Url, string? Secret)>();
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
                if (_webhookUrl is { } url)
                {
                    if (_allowedUpdates is { } allowedTypes)
                        _updates.RemoveAll(u => !allowedTypes.Contains(u.Type));
                    foreach (var update in _updates)
                    {
                        if (_inFlight.Count >= _webhookMaxConnections)
                            break;
                        if (_inFlight.Contains(update.Id) || (_retryAt.TryGetValue(update.Id, out var at) && at > Now))
                            continue;
                        _inFlight.Add(update.Id);
                        due.Add((update, url, _webhookSecret));
                    }
                }
            }

            foreach (var (update, url, secret) in due)
                _ = DeliverAsync(http, update, url, secret);
            try
            {
                // Woken by any change (a new update, a finished delivery); the short wait covers retries coming due.
                await Task.WhenAny(changed, Task.Delay(TimeSpan.FromMilliseconds(20), _stopping.Token));
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task DeliverAsync(HttpClient http, PendingUpdate update, string url, string? secret)
    {
        int? status = null;
        string? error = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(update.Json.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            if (secret is not null)
                request.Headers.Add(SecretHeader, secret);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            timeout.CancelAfter(_options.WebhookTimeout);
            using var response = await http.SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
                error = $"Wrong response from the webhook: {status} {response.ReasonPhrase}";
        }
        catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
        {
            error = "Read timeout expired";
        }
        catch (HttpRequestException e)
        {
            error = e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused }
                ? "Connection refused"
                : "Connection failed: " + e.Message;
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            return; // the server is stopping
        }

        lock (_gate)
        {
            _inFlight.Remove(update.Id);
            _webhookDeliveries.Add(new WebhookDelivery(update.Id, status, error, Now));
            if (error is null)
            {
                _updates.RemoveAll(u => u.Id == update.Id);
                _retryAt.Remove(update.Id);
            }
            else
            {
                _webhookLastError = (Now, error);
                _retryAt[update.Id] = Now + _options.WebhookRetryDelay;
            }

            Pulse();
        }
    }
}
