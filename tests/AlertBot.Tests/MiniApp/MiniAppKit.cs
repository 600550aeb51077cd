using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using AlertBot.Telegram.MiniApp;
using AlertBot.TestBotApi;
using Microsoft.Playwright;

namespace AlertBot.Tests.MiniApp;

/// <summary>What the settings page tests share: signed init data, the API over HTTP, the page in a real browser.</summary>
internal static class MiniAppKit
{
    public const string PublicUrl = "https://alerts.example.test";
    public static readonly string[] Args = [$"--MiniApp:PublicUrl={PublicUrl}", "--Telegram:PrivateChatInterval=00:00:00.05", "--Telegram:GroupChatInterval=00:00:00.05"];
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    /// <summary>Waits until the bot has registered the chat (a channel is not greeted, so there is no message to wait for).</summary>
    public static async Task WaitForChatAsync(HostRunner host, long chatId)
    {
        var chats = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<AlertBot.Storage.Stores>(host.Services).Chats;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await chats.GetChatAsync(chatId) is not { Enabled: true })
        {
            if (clock.Elapsed > Wait)
                throw new TimeoutException($"The bot did not register chat {chatId}.");
            await Task.Delay(20);
        }
    }

    /// <summary>Init data as Telegram's client would hand it to the page for this user, signed with <paramref name="token"/>.</summary>
    public static string InitDataFor(long userId, string firstName, string token, DateTimeOffset? authDate = null) =>
        InitData.Sign(new Dictionary<string, string>
        {
            ["query_id"] = "AAH" + userId.ToString(CultureInfo.InvariantCulture),
            ["user"] = JsonSerializer.Serialize(new { id = userId, first_name = firstName, language_code = "en" }),
            ["auth_date"] = (authDate ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        }, token);

    public static HttpRequestMessage Request(HttpMethod method, Uri baseAddress, string path, string? initData, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(baseAddress, path.TrimStart('/')));
        if (initData is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("tma", initData);
        if (body is not null)
            request.Content = JsonContent(body);
        return request;
    }

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static StringContent JsonContent(object body) =>
        new(body as string ?? JsonSerializer.Serialize(body, Web), System.Text.Encoding.UTF8, "application/json");

    /// <summary>
    /// A stand-in for Telegram's telegram-web-app.js, served in its place: <c>window.Telegram.WebApp</c> with this init
    /// data and colour scheme, and the theme colours as the --tg-theme-* CSS variables the real script sets.
    /// </summary>
    public static string StandIn(string initData, bool dark)
    {
        var theme = dark
            ? new Dictionary<string, string> { ["bg_color"] = "#17212b", ["secondary_bg_color"] = "#232e3c", ["section_bg_color"] = "#1d2733", ["text_color"] = "#f5f5f5", ["hint_color"] = "#708499", ["link_color"] = "#6ab3f3", ["button_color"] = "#5288c1", ["button_text_color"] = "#ffffff", ["accent_text_color"] = "#6ab2f2", ["destructive_text_color"] = "#ec3942" }
            : new Dictionary<string, string> { ["bg_color"] = "#ffffff", ["secondary_bg_color"] = "#efeff3", ["section_bg_color"] = "#ffffff", ["text_color"] = "#000000", ["hint_color"] = "#707579", ["link_color"] = "#3390ec", ["button_color"] = "#3390ec", ["button_text_color"] = "#ffffff", ["accent_text_color"] = "#3390ec", ["destructive_text_color"] = "#e53935" };
        return $$"""
            (() => {
              const themeParams = {{JsonSerializer.Serialize(theme)}};
              for (const [key, value] of Object.entries(themeParams))
                document.documentElement.style.setProperty('--tg-theme-' + key.replace(/_/g, '-'), value);
              window.__telegramCalls = [];
              window.Telegram = { WebApp: {
                initData: {{JsonSerializer.Serialize(initData)}},
                colorScheme: {{JsonSerializer.Serialize(dark ? "dark" : "light")}},
                themeParams,
                ready() { window.__telegramCalls.push('ready'); },
                expand() { window.__telegramCalls.push('expand'); },
                onEvent() {},
                HapticFeedback: { notificationOccurred(kind) { window.__telegramCalls.push('haptic:' + kind); } },
              } };
            })();
            """;
    }

    /// <summary>Where screenshots go: the test results folder (TestResults beside the test project's output, or $ALERTBOT_TEST_RESULTS).</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Environment.GetEnvironmentVariable("ALERTBOT_TEST_RESULTS") is { Length: > 0 } env
            ? env
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}

/// <summary>
/// One Debian Chromium for the page tests (Playwright's own browser download does not work here): launched with
/// ExecutablePath, headless, with a fresh profile folder, and nothing it may fetch from the network on its own.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "alertbot-chromium-" + Guid.NewGuid().ToString("N")[..8]);
    private IPlaywright? _playwright;

    public IBrowserContext Context { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's Chromium (apt-get install -y chromium), as .ci/run does.");
        _playwright = await Playwright.CreateAsync();
        Context = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            // A phone-sized window: the page is mobile first.
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            Locale = "en-GB",
            TimezoneId = "Etc/UTC",
        });
    }

    /// <summary>A new tab showing the page as Telegram would open it, with the stand-in bridge holding this init data.</summary>
    public async Task<IPage> OpenAsync(Uri baseAddress, string initData, bool dark = false, string? query = null)
    {
        var page = await NewPageAsync(baseAddress, initData, dark);
        await page.GotoAsync(PageUrl(baseAddress, query));
        return page;
    }

    /// <summary>As <see cref="OpenAsync"/>, and the answer to the page's first request whose path ends so (waited for from before the page loads).</summary>
    public async Task<(IPage Page, IResponse Response)> OpenAndWaitForAsync(Uri baseAddress, string initData, string pathEnd, string? query = null, float timeout = 20_000)
    {
        var page = await NewPageAsync(baseAddress, initData, dark: false);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GotoAsync(PageUrl(baseAddress, query)),
            r => new Uri(r.Url).AbsolutePath.EndsWith(pathEnd, StringComparison.Ordinal),
            new PageRunAndWaitForResponseOptions { Timeout = timeout });
        return (page, response);
    }

    private static string PageUrl(Uri baseAddress, string? query) => new Uri(baseAddress, "app" + (query is null ? "" : "?" + query)).AbsoluteUri;

    private async Task<IPage> NewPageAsync(Uri baseAddress, string initData, bool dark)
    {
        var page = await Context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light });
        // Only the host under test and the stand-in for Telegram's script: no request leaves the machine.
        await page.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.AbsoluteUri == "https://telegram.org/js/telegram-web-app.js")
                await route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/javascript", Body = MiniAppKit.StandIn(initData, dark) });
            else if (url.Host == baseAddress.Host && url.Port == baseAddress.Port)
                await route.ContinueAsync();
            else
                await route.AbortAsync();
        });
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Context is not null)
            await Context.CloseAsync();
        _playwright?.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
