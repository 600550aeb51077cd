using AlertBot.Core.Route;
using AlertBot.Schedule;
using AlertBot.Storage;
using AlertBot.TestBotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Quartz;

namespace AlertBot.Tests.MiniApp;

/// <summary>
/// The settings page in Debian's Chromium (through Playwright), served by the real host, talking to the strict test
/// Bot API server; Telegram's telegram-web-app.js is replaced by a stand-in holding init data signed with the test token.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MiniAppBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const long Channel = -100600, OtherChannel = -100601, Admin = 601, Reader = 602;
    private static readonly float Timeout = (float)MiniAppKit.Wait.TotalMilliseconds;
    private TestBotApiServer _server = null!;
    private HostRunner _host = null!;

    public async Task InitializeAsync()
    {
        _server = await TestBotApiServer.StartAsync();
        _host = await HostRunner.StartAsync(_server, [.. MiniAppKit.Args,
            // An operator's topic whose description is hostile markup: the page must show it as text.
            "--Topics:2:Name=harbour-watch", "--Topics:2:Description=<img src=x onerror=\"window.__pwned='topic'\"><b>ports</b>", "--Topics:2:Keywords:0=harbour"]);
        _server.AddPrivateChat(Admin, "Olena");
        _server.AddPrivateChat(Reader, "Taras");
        _server.AddChannel(Channel, "Kyiv Desk");
        _server.SetMember(Channel, Admin, "administrator");
        _server.SetMember(Channel, Reader, "member");
        _server.SendMyChatMember(Channel, Admin, "left", "administrator");
        _server.AddChannel(OtherChannel, "Not Yours");
        _server.SetMember(OtherChannel, Admin, "member");
        _server.SetMember(OtherChannel, Reader, "administrator");
        _server.SendMyChatMember(OtherChannel, Reader, "left", "administrator");
        await MiniAppKit.WaitForChatAsync(_host, Channel);
        await MiniAppKit.WaitForChatAsync(_host, OtherChannel);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }

    private string Signed(long user, DateTimeOffset? at = null) => MiniAppKit.InitDataFor(user, user == Admin ? "Olena" : "Taras", _server.Token, at);

    private Stores Store => _host.Services.GetRequiredService<Stores>();

    [Fact]
    public async Task Admin_PicksAChannel_TicksTwoTopics_SetsADigestAt0730InKyiv_AndSaves_ThenAlertsAreRoutedByIt()
    {
        // The admin's private chat follows everything: an article reaching it proves the article went through routing.
        _server.SendText(Admin, Admin, "/start");
        await _server.WaitUntilAsync(s => s.SentTo(Admin).Count == 1, MiniAppKit.Wait);
        var page = await browser.OpenAsync(_host.BaseAddress, Signed(Admin));
        await Expect(page.Locator("#settings")).ToBeVisibleAsync(new() { Timeout = Timeout });

        // Only the channel the user administers (and their own chat) is offered.
        var options = await page.Locator("#chat option").AllTextContentsAsync();
        Assert.Equal(["Private chat with the bot", "Kyiv Desk (channel)"], options);
        // The private chat's settings load first; the channel's replace them once its answer is in.
        await Expect(page.Locator("#zone")).ToHaveValueAsync("Etc/UTC", new() { Timeout = Timeout });
        await page.RunAndWaitForResponseAsync(
            () => page.Locator("#chat").SelectOptionAsync(Channel.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            r => r.Url.EndsWith($"/app/api/chats/{Channel}/alerts", StringComparison.Ordinal), new() { Timeout = Timeout });

        await page.GetByLabel("Search topics, countries, regions and towns").FillAsync("ukraine");
        await page.Locator("#topic-list input[value='ukraine-war']").CheckAsync(new() { Timeout = Timeout });
        await page.GetByLabel("Search topics, countries, regions and towns").FillAsync("sahel");
        await page.Locator("#topic-list input[value='sahel']").CheckAsync(new() { Timeout = Timeout });
        await page.GetByLabel("Daily digest").CheckAsync();
        await page.GetByLabel("Digest time (in the chat's time zone)").FillAsync("07:30");
        await page.GetByLabel("Search time zones").FillAsync("Kyiv");
        await Expect(page.Locator("#zone option[value='Europe/Kyiv']")).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await page.GetByLabel("Time zone", new() { Exact = true }).SelectOptionAsync("Europe/Kyiv");
        await Expect(page.Locator("#sample")).ToContainTextAsync("Digest at 07:30 (Europe/Kyiv)", new() { Timeout = Timeout });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var saved = page.Locator("#saved");
        await Expect(saved).ToContainTextAsync("What changed", new() { Timeout = Timeout });
        var changes = await saved.Locator("li").AllTextContentsAsync();
        Assert.Equal(["Topics: + sahel, + ukraine-war", "Mode: instant → digest at 07:30", "Time zone: Etc/UTC → Europe/Kyiv"], changes);
        await page.ScreenshotAsync(new() { Path = MiniAppKit.ScreenshotPath("settings-light-saved.png"), FullPage = true });
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = MiniAppKit.ScreenshotPath("settings-light-phone.png") });

        var chat = (await Store.Chats.GetChatAsync(Channel))!;
        Assert.Equal(["sahel", "ukraine-war"], chat.Topics.Order(StringComparer.Ordinal));
        Assert.Equal(DeliveryMode.Digest, chat.Mode);
        Assert.Equal(new TimeOnly(7, 30), chat.DigestAt);
        Assert.Equal("Europe/Kyiv", chat.TimeZone);
        // The digest scheduler heard of the change, as after /mode digest: the trigger fires at 07:30 in Kyiv.
        var scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(DigestScheduler.TriggerKeyFor(Channel));
        var next = TimeZoneInfo.ConvertTime(trigger!.NextFireTimeUtc!.Value, TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv"));
        Assert.Equal(new TimeOnly(7, 30), TimeOnly.FromDateTime(next.DateTime));

        // An article on one of the ticked topics is held for the digest; one on another topic is not routed here.
        await _host.DropArticleAsync("kyiv.txt", Articles.Kyiv);
        await _host.DropArticleAsync("osaka.txt", Articles.Osaka);
        await _server.WaitUntilAsync(s => s.SentTo(Admin).Count(m => m.Text.Contains("Osaka", StringComparison.Ordinal) || m.Text.Contains("Kyiv", StringComparison.Ordinal)) == 2, MiniAppKit.Wait);
        await WaitUntilAsync(async () => (await Store.Outbox.GetDeliveriesAsync(DeliveryStates.Held, Channel, 10)).Count == 1);
        var held = Assert.Single(await Store.Outbox.GetDeliveriesAsync(DeliveryStates.Held, Channel, 10));
        Assert.Contains("Kyiv", (await Store.Stories.GetArticleAsync(held.ArticleId!.Value))!.Understanding.Headline, StringComparison.Ordinal);
        Assert.Empty(await Store.Outbox.GetDeliveriesAsync(null, Channel, 10) is var all ? all.Where(d => d.ArticleId is not null && d.State != DeliveryStates.Held) : []);
        Assert.Empty(_server.SentTo(Channel)); // nothing was sent at once

        // The page's change shows in /status, asked in the channel.
        _server.SendText(Channel, 0, "/status");
        await _server.WaitUntilAsync(s => s.SentTo(Channel).Count == 1, MiniAppKit.Wait);
        var status = _server.SentTo(Channel)[^1].Text;
        Assert.Contains("Topics: sahel, ukraine-war", status, StringComparison.Ordinal);
        Assert.Contains("Mode: digest at 07:30", status, StringComparison.Ordinal);
        Assert.Contains("Time zone: Europe/Kyiv", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangesMadeWithBotCommands_ShowOnThePage_InDarkMode()
    {
        _server.SendText(Admin, Admin, "/subscribe ukraine-war");
        _server.SendText(Admin, Admin, "/keywords add drone strike, wagner");
        _server.SendText(Admin, Admin, "/timezone America/New_York");
        _server.SendText(Admin, Admin, "/quiet 23:00-07:00 silent");
        _server.SendText(Admin, Admin, "/format classic");
        _server.SendText(Admin, Admin, "/near Kharkiv 50");
        await _server.WaitUntilAsync(s => s.SentTo(Admin).Count == 6, MiniAppKit.Wait);

        var page = await browser.OpenAsync(_host.BaseAddress, Signed(Admin), dark: true);

        await Expect(page.Locator("#zone")).ToHaveValueAsync("America/New_York", new() { Timeout = Timeout });
        await Expect(page.Locator("#keywords")).ToHaveValueAsync("drone strike\nwagner");
        await Expect(page.Locator("#topic-list input[value='ukraine-war']")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Quiet hours", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.Locator("#quiet-from")).ToHaveValueAsync("23:00");
        await Expect(page.Locator("#quiet-to")).ToHaveValueAsync("07:00");
        await Expect(page.Locator("#quiet-silent")).ToBeCheckedAsync();
        await Expect(page.Locator("#format-classic")).ToBeCheckedAsync();
        await Expect(page.Locator("#mode-instant")).ToBeCheckedAsync();
        await Expect(page.Locator("#near-list .place-name")).ToHaveTextAsync(["Kharkiv"]);
        await Expect(page.GetByLabel("Radius in km around Kharkiv")).ToHaveValueAsync("50");
        await Expect(page.Locator("#sample")).ToContainTextAsync("Ferry Service Suspended", new() { Timeout = Timeout });
        // Telegram's dark theme colours reach the page through its CSS variables.
        Assert.Equal("rgb(35, 46, 60)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor")); // secondary_bg_color
        Assert.Equal("rgb(29, 39, 51)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.card')).backgroundColor")); // section_bg_color
        Assert.Equal("rgb(245, 245, 245)", await page.EvaluateAsync<string>("getComputedStyle(document.body).color"));
        Assert.Equal(["ready", "expand"], await page.EvaluateAsync<string[]>("window.__telegramCalls"));
        await page.ScreenshotAsync(new() { Path = MiniAppKit.ScreenshotPath("settings-dark.png"), FullPage = true });
        await page.ScreenshotAsync(new() { Path = MiniAppKit.ScreenshotPath("settings-dark-phone.png") });
    }

    [Fact]
    public async Task Places_AddedAndChangedOnThePage_AreLookedUpAsNearDoes_AndKeepASharedLocation()
    {
        _server.SendLocation(Admin, Admin, 50.4501, 30.5234);
        await _server.WaitUntilAsync(s => s.SentTo(Admin).Count == 1, MiniAppKit.Wait);
        var offer = _server.SentTo(Admin)[0];
        var tap = System.Text.Json.Nodes.JsonNode.Parse(offer.ReplyMarkupJson!)!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>();
        _server.SendCallbackQuery(Admin, Admin, offer.MessageId, tap);
        await WaitUntilAsync(async () => (await Store.Chats.GetChatAsync(Admin))?.Near.Count == 1);
        var shared = (await Store.Chats.GetChatAsync(Admin))!.Near[0];

        var page = await browser.OpenAsync(_host.BaseAddress, Signed(Admin));
        await Expect(page.Locator("#near-list .place-name")).ToHaveTextAsync([shared.Name], new() { Timeout = Timeout });
        await page.GetByLabel($"Radius in km around {shared.Name}").FillAsync("30");
        await page.GetByLabel("Town or place").FillAsync("goma");
        await page.GetByLabel("Radius (km)").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add place" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("#saved")).ToContainTextAsync("+ Goma 20 km", new() { Timeout = Timeout });

        var near = (await Store.Chats.GetChatAsync(Admin))!.Near;
        Assert.Equal(2, near.Count);
        Assert.Equal(shared with { RadiusKm = 30 }, near[0]);
        Assert.Equal("Goma", near[1].Name);
        Assert.Equal(-1.68, near[1].Lat, 1);

        await page.GetByLabel("Town or place").FillAsync("Atlantisxyz");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add place" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("#near-error")).ToContainTextAsync("unknown place 'Atlantisxyz'", new() { Timeout = Timeout });
        Assert.Equal(2, (await Store.Chats.GetChatAsync(Admin))!.Near.Count);
    }

    [Fact]
    public async Task HostileKeywordsAndTopics_AreShownAsText_NeverAsMarkup()
    {
        const string Hostile = "<img src=x onerror=\"window.__pwned='keyword'\">";
        _server.SendText(Admin, Admin, "/keywords add " + Hostile);
        await _server.WaitUntilAsync(s => s.SentTo(Admin).Count == 1, MiniAppKit.Wait);
        Assert.Contains("<img", string.Join(' ', (await Store.Chats.GetChatAsync(Admin))!.Keywords), StringComparison.Ordinal);

        var page = await browser.OpenAsync(_host.BaseAddress, Signed(Admin));
        await Expect(page.Locator("#keywords")).ToHaveValueAsync(Hostile.ToLowerInvariant(), new() { Timeout = Timeout });
        var topic = page.Locator("#topic-list label", new() { HasText = "<b>ports</b>" });
        await Expect(topic).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await topic.ClickAsync();
        await page.GetByLabel("Excluded words: never send alerts that mention these (one per line)").FillAsync("<script>window.__pwned='exclude'</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("#saved")).ToContainTextAsync("<script>window.__pwned='exclude'</script>", new() { Timeout = Timeout });

        Assert.Contains("<img src=x onerror=", await topic.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main img, main script, #topic-list b, #saved b").CountAsync());
        Assert.Null(await page.EvaluateAsync<string?>("window.__pwned ?? null"));
    }

    [Fact]
    public async Task ForgedAndExpiredInitData_Get401_OnThePageAndTheApi()
    {
        var forged = Signed(Admin).Replace("Olena", "Mallory", StringComparison.Ordinal);
        var expired = Signed(Admin, DateTimeOffset.UtcNow.AddHours(-3));

        foreach (var (initData, message) in new[] { (forged, "not signed by Telegram"), (expired, "opened too long ago") })
        {
            var (page, response) = await browser.OpenAndWaitForAsync(_host.BaseAddress, initData, "/app/api/chats", timeout: Timeout);

            Assert.Equal(401, response.Status);
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(message, new() { Timeout = Timeout });
            await Expect(page.Locator("#settings")).ToBeHiddenAsync();
            await page.ScreenshotAsync(new() { Path = MiniAppKit.ScreenshotPath($"refused-{response.Status}-{(initData == forged ? "forged" : "expired")}.png") });
            using var http = new HttpClient();
            using var request = MiniAppKit.Request(HttpMethod.Get, _host.BaseAddress, "/app/api/chats", initData);
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await http.SendAsync(request)).StatusCode);
        }

        var outside = await browser.OpenAsync(_host.BaseAddress, "");
        await Expect(outside.GetByRole(AriaRole.Alert)).ToContainTextAsync("Open this page from Telegram", new() { Timeout = Timeout });
    }

    [Fact]
    public async Task NonAdmin_OpeningAChannelsSettings_Gets403_AndSeesWhy()
    {
        var (page, response) = await browser.OpenAndWaitForAsync(_host.BaseAddress, Signed(Reader), $"/app/api/chats/{Channel}/settings",
            query: "chat=" + Channel.ToString(System.Globalization.CultureInfo.InvariantCulture), timeout: Timeout);

        Assert.Equal(403, response.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Only admins of this chat", new() { Timeout = Timeout });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToBeDisabledAsync();
        Assert.Equal(["Private chat with the bot", "Not Yours (channel)", $"Chat {Channel}"], await page.Locator("#chat option").AllTextContentsAsync());
        Assert.Empty((await Store.Chats.GetChatAsync(Channel))!.Topics);
    }

    [Fact]
    public async Task BadFields_AreNamedNextToTheirControls_AndFocusMovesToTheFirst()
    {
        var page = await browser.OpenAsync(_host.BaseAddress, Signed(Admin));
        await Expect(page.Locator("#zone")).ToHaveValueAsync("Etc/UTC", new() { Timeout = Timeout });
        await page.GetByLabel("Daily digest").CheckAsync();
        await page.GetByLabel("Digest time (in the chat's time zone)").FillAsync("");
        await page.GetByLabel("Keywords: also send alerts that mention these (one per line)").FillAsync("x");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.Locator("#keywords-error")).ToContainTextAsync("not a usable word", new() { Timeout = Timeout });
        await Expect(page.Locator("#digestTime-error")).ToContainTextAsync("needs its time");
        await Expect(page.Locator("#keywords")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#keywords")).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not saved");
        Assert.Equal(DeliveryMode.Instant, (await Store.Chats.GetChatAsync(Admin))?.Mode ?? DeliveryMode.Instant);
    }

    [Fact]
    public async Task Page_IsUsableWithTheKeyboardAlone_AndEveryControlHasAName()
    {
        var page = await browser.OpenAsync(_host.BaseAddress, Signed(Admin));
        await Expect(page.Locator("#zone")).ToHaveValueAsync("Etc/UTC", new() { Timeout = Timeout });
        await Expect(page.Locator("#topic-list input[value='ukraine-war']")).ToHaveCountAsync(1, new() { Timeout = Timeout });

        // Tab order follows the page: chat, topic search, then the topic boxes.
        await page.Locator("#chat").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#topic-search")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("document.activeElement.value");
        await page.Keyboard.PressAsync("Space");
        await page.Locator("#save").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#saved")).ToContainTextAsync("+ " + first, new() { Timeout = Timeout });

        // Every form control is named by a label (what a screen reader reads out).
        var unnamed = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('input, select, textarea, button')].filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim()).map(e => e.id)");
        Assert.Empty(unnamed);
        Assert.Equal("polite", await page.Locator("#saved").GetAttributeAsync("aria-live"));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > MiniAppKit.Wait)
                throw new TimeoutException("The store did not reach the expected state.");
            await Task.Delay(20);
        }
    }

    private static class Articles
    {
        public const string Kyiv =
            """
            Air Raid Alert Declared Across Kyiv

            Authorities in Kyiv in Ukraine declared an air raid alert across the capital on Wednesday as drones approached.

            At 0215 local time on May 15th, 2024, air defence units engaged targets over the city.
            """;

        public const string Osaka =
            """
            Typhoon Closes Osaka Port Terminals

            Port authorities in Osaka in Japan closed the container terminals on Friday as a typhoon approached the coast.

            At 0900 local time on August 16th, 2024, the last ships left the harbour for open water.
            """;
    }
}
