using System.Reflection;
using System.Text;
using System.Text.Json;
using AlertBot.Core.Render;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using AlertBot.Telegram;
using AlertBot.Telegram.Commands;
using AlertBot.Telegram.MiniApp;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace AlertBot.MiniApp;

/// <summary>
/// The settings page (a Telegram Mini App) at <c>/app</c> and its JSON API under <c>/app/api</c>. Every API request
/// carries Telegram's raw init data as <c>Authorization: tma &lt;initData&gt;</c> and is checked on its own (no cookie,
/// no session); errors are problem+json: 401 missing, forged or expired init data, 403 not an admin of that chat, 400
/// naming each bad field, 503 when Telegram could not be asked about rights. Off (404) without <c>MiniApp:PublicUrl</c>.
/// </summary>
public static class MiniAppEndpoints
{
    public const string ApiPath = MiniAppOptions.PagePath + "/api";
    public const string AuthScheme = "tma";

    /// <summary>A PUT of settings is a few kilobytes at most (30 keywords, 30 excluded words, some topics).</summary>
    private const long MaxBodyBytes = 64 * 1024;

    /// <summary>More topics than this in one PUT is not a person ticking boxes.</summary>
    private const int MaxListItems = 500;

    private static readonly object UserKey = new();

    private static readonly (string Path, string Resource, string ContentType)[] Files =
    [
        (MiniAppOptions.PagePath, "index.html", "text/html; charset=utf-8"),
        (MiniAppOptions.PagePath + "/app.css", "app.css", "text/css; charset=utf-8"),
        (MiniAppOptions.PagePath + "/app.js", "app.js", "text/javascript; charset=utf-8"),
    ];

    /// <summary>
    /// Scripts from this host and Telegram's telegram-web-app.js only; data from this host only; shown inside
    /// Telegram's web clients (frames) or its apps' web views.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self' https://telegram.org; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'self' https://web.telegram.org https://*.telegram.org";

    public static WebApplication MapMiniApp(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MiniAppEndpoints));
        // Read without validation here: a bad setting stops the host at start (ValidateOnStart), naming every problem.
        var options = app.Configuration.GetSection(MiniAppOptions.Section).Get<MiniAppOptions>() ?? new MiniAppOptions();
        if (!options.Enabled)
        {
            Log.MiniAppDisabled(logger);
            return app;
        }

        foreach (var (path, resource, contentType) in Files)
        {
            var bytes = ReadResource(resource);
            app.MapGet(path, (HttpContext http) =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-cache";
                return Results.Bytes(bytes, contentType);
            });
        }

        var api = app.MapGroup(ApiPath).AddEndpointFilter(AuthenticateAsync);
        api.MapGet("/chats", ChatsAsync);
        api.MapGet("/chats/{id:long}/settings", GetSettingsAsync);
        api.MapPut("/chats/{id:long}/settings", PutSettingsAsync);
        api.MapGet("/chats/{id:long}/alerts", AlertsAsync);
        api.MapGet("/topics", (string? q, SettingsPage page) => Results.Json(page.Topics(q)));
        api.MapGet("/zones", (string? q, SettingsPage page) => Results.Json(page.Zones(q)));
        api.MapPost("/sample", SampleAsync);
        Log.MiniAppEnabled(logger, options.PageUrl()!);
        return app;
    }

    /// <summary>Every API request proves itself: init data signed with the bot token, not older than MiniApp:MaxAge.</summary>
    private static async ValueTask<object?> AuthenticateAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var header = http.Request.Headers.Authorization.ToString();
        var raw = header.StartsWith(AuthScheme + " ", StringComparison.OrdinalIgnoreCase) ? header[(AuthScheme.Length + 1)..].Trim() : null;
        var token = services.GetRequiredService<IOptions<TelegramOptions>>().Value.BotToken!;
        var maxAge = services.GetRequiredService<IOptions<MiniAppOptions>>().Value.MaxAge;
        var (data, failure) = InitData.Validate(raw, token, maxAge, services.GetRequiredService<TimeProvider>().GetUtcNow());
        if (data is null)
        {
            Log.MiniAppRefused(Logger(http), StatusCodes.Status401Unauthorized, failure.ToString()!, null);
            http.Response.Headers.WWWAuthenticate = AuthScheme;
            return Problem(StatusCodes.Status401Unauthorized, "init data refused", failure switch
            {
                InitDataFailure.Missing => "Open this page from Telegram: every request needs the header 'Authorization: tma <Telegram.WebApp.initData>'.",
                InitDataFailure.Expired => "The page was opened too long ago; close it and open it again from Telegram.",
                InitDataFailure.FromTheFuture => "The init data is dated in the future; check the clocks.",
                InitDataFailure.NoUser => "The init data names no user.",
                _ => "The init data is not signed by Telegram for this bot.",
            });
        }

        http.Items[UserKey] = data.User;
        return await next(context);
    }

    private static MiniAppUser UserOf(HttpContext http) => (MiniAppUser)http.Items[UserKey]!;

    private static async Task<IResult> ChatsAsync(HttpContext http, SettingsPage page, CancellationToken ct) =>
        Results.Json(await page.ChatsAsync(UserOf(http), ct));

    private static async Task<IResult> GetSettingsAsync(long id, HttpContext http, SettingsPage page, CancellationToken ct)
    {
        var (chat, refusal) = await OpenAsync(id, http, page, ct);
        return chat is null ? refusal! : Results.Json(page.Show(chat));
    }

    private static async Task<IResult> AlertsAsync(long id, HttpContext http, SettingsPage page, CancellationToken ct)
    {
        var (chat, refusal) = await OpenAsync(id, http, page, ct);
        return chat is null ? refusal! : Results.Json(await page.LastAlertsAsync(chat.Id, ct));
    }

    private static async Task<IResult> PutSettingsAsync(long id, HttpContext http, SettingsPage page, CancellationToken ct)
    {
        var (wanted, bad) = await ReadBodyAsync<SettingsDocument>(http, ct);
        if (wanted is null)
            return bad!;
        if (TooLong(wanted) is { } field)
            return Invalid(new Dictionary<string, string[]> { [field] = [$"at most {MaxListItems} entries"] });

        // Rights are asked of Telegram right before the change, as for a command.
        var (chat, refusal) = await OpenAsync(id, http, page, ct);
        if (chat is null)
            return refusal!;
        var (saved, problems) = await page.SaveAsync(chat, wanted, ct);
        if (saved is null)
            return Invalid(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        Log.MiniAppSaved(Logger(http), chat.Id, UserOf(http).Id);
        return Results.Json(saved);
    }

    /// <summary>A sample alert as it would look with these (unsaved) settings: the real renderer on a built-in article.</summary>
    private static async Task<IResult> SampleAsync(HttpContext http, ArticleUnderstander understander, CancellationToken ct)
    {
        var (wanted, bad) = await ReadBodyAsync<SettingsDocument>(http, ct);
        if (wanted is null)
            return bad!;
        var zoneName = wanted.TimeZone ?? "Etc/UTC";
        if (!SettingsCommands.IsIanaZone(zoneName, out var iana))
            return Invalid(new Dictionary<string, string[]> { ["timeZone"] = [$"'{zoneName}' is not an IANA time zone such as Europe/Kyiv"] });
        var zone = TimeZoneInfo.FindSystemTimeZoneById(iana);
        var article = Sample.Value(understander);
        var digest = wanted.Mode == "digest";
        var html = digest
            ? $"<b>Digest{(SettingsCommands.TryTime(wanted.DigestTime ?? "", out var at) ? $" at {at:HH\\:mm} ({TelegramHtml.Escape(iana)})" : "")} — 1 alert</b>\n{AlertRenderer.RenderDigestLine(article, zone)}"
            : string.Join("\n\n", AlertRenderer.RenderBlocks(article, zone, iana));
        return Results.Json(new { html, digest, format = wanted.Format == "classic" ? "classic" : "rich" });
    }

    private static async Task<(ChatSettings? Chat, IResult? Refusal)> OpenAsync(long id, HttpContext http, SettingsPage page, CancellationToken ct)
    {
        var user = UserOf(http);
        var (chat, access) = await page.OpenAsync(id, user, ct);
        if (access == PageAccess.Allowed)
            return (chat, null);
        Log.MiniAppRefused(Logger(http), access == PageAccess.Refused ? 403 : 503, access.ToString(), id);
        return (null, access == PageAccess.Refused
            ? Problem(StatusCodes.Status403Forbidden, "not an admin of this chat", "Only admins of this chat can see and change its alerts (Telegram says you are not one, or I am not in that chat).")
            : Problem(StatusCodes.Status503ServiceUnavailable, "rights unknown", "I could not check your admin rights with Telegram just now; try again in a minute."));
    }

    private static async Task<(T? Body, IResult? Problem)> ReadBodyAsync<T>(HttpContext http, CancellationToken ct) where T : class
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;
        if (!http.Request.HasJsonContentType())
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported Content-Type", "Send the settings as application/json."));
        try
        {
            var body = await http.Request.ReadFromJsonAsync<T>(JsonOptions, ct);
            return body is null ? (null, Invalid(new Dictionary<string, string[]> { ["body"] = ["a JSON object is needed"] })) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, Invalid(new Dictionary<string, string[]> { [FieldOf(e.Path)] = ["not valid here: " + (e.Path ?? "the body")] }));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problem(StatusCodes.Status413PayloadTooLarge, "body too large", $"Settings are at most {MaxBodyBytes} bytes."));
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>"$.quiet.from" → "quiet": the settings field a JSON error is in.</summary>
    private static string FieldOf(string? path) =>
        path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..].Split('.', '[')[0] : "body";

    private static string? TooLong(SettingsDocument d) =>
        d.Topics?.Count > MaxListItems ? "topics" : d.Keywords?.Count > MaxListItems ? "keywords" : d.Excludes?.Count > MaxListItems ? "excludes"
        : d.Near?.Count > MaxListItems ? "near" : null;

    private static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "some settings are not valid", detail: "Each field named under 'errors' says what is wrong with it; nothing was saved.");

    private static IResult Problem(int status, string title, string detail) => Results.Problem(detail: detail, statusCode: status, title: title);

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MiniAppEndpoints));

    private static byte[] ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("AlertBot.MiniApp." + name)
                           ?? throw new InvalidOperationException($"The settings page file {name} is not embedded in the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The built-in article the sample is rendered from, understood once by the real pipeline.</summary>
    private static class Sample
    {
        private const string Text =
            """
            Ferry Service Suspended After Storm Damages Harbour Pier

            Port officials suspended the island ferry service on Thursday after a storm damaged the main pier overnight.

            At 0630 UTC on May 16th, 2024, the harbour master closed the pier to passengers.

            Repairs are expected to start at 1400 UTC, officials said.
            """;

        private static Understanding? _value;

        public static Understanding Value(ArticleUnderstander understander) =>
            _value ??= understander.Understand(new SourceDocument("sample.txt", Encoding.UTF8.GetBytes(Text)) { Published = new DateTimeOffset(2024, 5, 16, 7, 0, 0, TimeSpan.Zero) });
    }
}
