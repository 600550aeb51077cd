using System.Net;
using System.Text.Json.Nodes;
using AlertBot.Storage;
using AlertBot.TestBotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.MiniApp;

/// <summary>The settings page's API over HTTP, through the real host and the strict test Bot API server.</summary>
public sealed class MiniAppApiTests : IAsyncLifetime, IDisposable
{
    private const long Channel = -100700, Admin = 701, Reader = 702;
    private TestBotApiServer _server = null!;
    private HostRunner _host = null!;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<string> _answers = [];

    public async Task InitializeAsync()
    {
        _server = await TestBotApiServer.StartAsync();
        _host = await HostRunner.StartAsync(_server, MiniAppKit.Args);
        _server.AddChannel(Channel, "Wire Desk");
        _server.SetMember(Channel, Admin, "administrator");
        _server.SetMember(Channel, Reader, "member");
        _server.SendMyChatMember(Channel, Admin, "left", "administrator");
        await MiniAppKit.WaitForChatAsync(_host, Channel);
    }

    public async Task DisposeAsync()
    {
        // Whatever any test got back, the bot token was never in it.
        Assert.All(_answers, a => Assert.DoesNotContain(_server.Token, a, StringComparison.Ordinal));
        Assert.All(_answers, a => Assert.DoesNotContain(_server.Token.Split(':')[1], a, StringComparison.Ordinal));
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => _http.Dispose();

    private string Signed(long user, DateTimeOffset? at = null) => MiniAppKit.InitDataFor(user, "Olena", _server.Token, at);

    private async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string path, string? initData, object? body = null)
    {
        using var request = MiniAppKit.Request(method, _host.BaseAddress, path, initData, body);
        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        _answers.Add(text + "\n" + response.Headers + response.Content.Headers);
        return (response.StatusCode, text, response);
    }

    public static TheoryData<string, string?> Unauthorized() => new()
    {
        { "no init data", null },
        { "empty init data", "" },
        { "a forged hash", "forged" },
        { "signed with another bot's token", "other-token" },
        { "expired (2 hours old)", "expired" },
        { "dated in the future", "future" },
    };

    [Theory]
    [MemberData(nameof(Unauthorized))]
    public async Task Api_WithoutValidInitData_Answers401ProblemJson(string name, string? kind)
    {
        var good = Signed(Admin);
        var initData = kind switch
        {
            null => null,
            "" => "",
            "forged" => good.Replace("Olena", "Mallory", StringComparison.Ordinal),
            "other-token" => MiniAppKit.InitDataFor(Admin, "Olena", "999999999" + ":" + "AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQr"),
            "expired" => Signed(Admin, DateTimeOffset.UtcNow.AddHours(-2)),
            _ => Signed(Admin, DateTimeOffset.UtcNow.AddHours(1)),
        };

        foreach (var (method, path) in new[] { (HttpMethod.Get, "/app/api/chats"), (HttpMethod.Get, $"/app/api/chats/{Channel}/settings"), (HttpMethod.Put, $"/app/api/chats/{Channel}/settings"), (HttpMethod.Get, "/app/api/topics?q=ukr") })
        {
            var (status, body, response) = await SendAsync(method, path, initData, method == HttpMethod.Put ? new { mode = "instant" } : null);

            Assert.True(status == HttpStatusCode.Unauthorized, $"{name}: {method} {path} answered {status}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(401, JsonNode.Parse(body)!["status"]!.GetValue<int>());
            Assert.Equal("tma", response.Headers.WwwAuthenticate.Single().Scheme);
        }

        Assert.Empty((await Store.Chats.GetChatAsync(Channel))!.Topics);
    }

    [Fact]
    public async Task Chats_ListsThePrivateChatAndTheChannelsTheUserAdministers_AsChannelsDoes()
    {
        var (adminStatus, adminBody, _) = await SendAsync(HttpMethod.Get, "/app/api/chats", Signed(Admin));
        var (_, readerBody, _) = await SendAsync(HttpMethod.Get, "/app/api/chats", Signed(Reader));

        Assert.Equal(HttpStatusCode.OK, adminStatus);
        var admin = JsonNode.Parse(adminBody)!.AsArray();
        Assert.Equal([Admin.ToString(System.Globalization.CultureInfo.InvariantCulture), Channel.ToString(System.Globalization.CultureInfo.InvariantCulture)], admin.Select(c => c!["id"]!.ToJsonString()));
        Assert.Equal(["private", "channel"], admin.Select(c => c!["type"]!.GetValue<string>()));
        Assert.Equal("Wire Desk", admin[1]!["title"]!.GetValue<string>());
        Assert.Equal(["private"], JsonNode.Parse(readerBody)!.AsArray().Select(c => c!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Settings_ForAChannel_ByANonAdmin_Are403_AndNothingChanges()
    {
        var (getStatus, getBody, getResponse) = await SendAsync(HttpMethod.Get, $"/app/api/chats/{Channel}/settings", Signed(Reader));
        var (putStatus, _, _) = await SendAsync(HttpMethod.Put, $"/app/api/chats/{Channel}/settings", Signed(Reader), new { topics = new[] { "all" } });
        var (unknownStatus, _, _) = await SendAsync(HttpMethod.Get, "/app/api/chats/-100999/settings", Signed(Admin));

        Assert.Equal(HttpStatusCode.Forbidden, getStatus);
        Assert.Equal("application/problem+json", getResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("admins", JsonNode.Parse(getBody)!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, putStatus);
        Assert.Equal(HttpStatusCode.Forbidden, unknownStatus);
        Assert.Empty((await Store.Chats.GetChatAsync(Channel))!.Topics);
    }

    [Fact]
    public async Task Put_ByAnAdminDemotedAfterOpeningThePage_Is403_BecauseRightsAreAskedBeforeEveryChange()
    {
        var (opened, _, _) = await SendAsync(HttpMethod.Get, $"/app/api/chats/{Channel}/settings", Signed(Admin));
        var asked = _server.Stats.Requests("getChatMember");
        _server.SetMember(Channel, Admin, "member");

        var (saved, _, _) = await SendAsync(HttpMethod.Put, $"/app/api/chats/{Channel}/settings", Signed(Admin), new { topics = new[] { "all" } });

        Assert.Equal(HttpStatusCode.OK, opened);
        Assert.Equal(HttpStatusCode.Forbidden, saved);
        Assert.True(_server.Stats.Requests("getChatMember") > asked);
        Assert.Empty((await Store.Chats.GetChatAsync(Channel))!.Topics);
    }

    [Fact]
    public async Task Put_WithBadFields_Is400NamingEachField_AndStoresNothing()
    {
        var (status, body, response) = await SendAsync(HttpMethod.Put, $"/app/api/chats/{Channel}/settings", Signed(Admin), new
        {
            topics = new[] { "ukraine", "<b>qqzzx</b>" },
            keywords = new[] { "drone" },
            excludes = Array.Empty<string>(),
            mode = "digest",
            digestTime = "25:61",
            timeZone = "Mars/Olympus_Mons",
            quiet = new { from = "23:00", to = "23:00", silent = false },
            format = "rich",
            near = new[] { new { place = "Atlantisxyz", radiusKm = 50.0 } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(body)!["errors"]!.AsObject();
        Assert.Equal(["digestTime", "near", "quiet", "timeZone", "topics"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("<b>qqzzx</b>", errors["topics"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var chat = (await Store.Chats.GetChatAsync(Channel))!;
        Assert.Empty(chat.Topics);
        Assert.Empty(chat.Keywords);
        Assert.Equal("Etc/UTC", chat.TimeZone);
    }

    [Theory]
    [InlineData("not json at all", "body")]
    [InlineData("""{"topics":"ukraine"}""", "topics")]
    [InlineData("""{"quiet":{"from":7}}""", "quiet")]
    [InlineData("[]", "body")]
    public async Task Put_WithABodyThatIsNotTheSettingsShape_Is400(string json, string field)
    {
        var (status, body, _) = await SendAsync(HttpMethod.Put, $"/app/api/chats/{Channel}/settings", Signed(Admin), json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(JsonNode.Parse(body)!["errors"]!.AsObject().ContainsKey(field), body);
    }

    [Fact]
    public async Task Put_AHugeBody_IsRefusedInBoundedTime()
    {
        var huge = new { topics = Enumerable.Range(0, 20_000).Select(i => "topic" + i).ToArray() };

        var (status, _, _) = await SendAsync(HttpMethod.Put, $"/app/api/chats/{Channel}/settings", Signed(Admin), huge);

        Assert.True(status is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, status.ToString());
        Assert.Empty((await Store.Chats.GetChatAsync(Channel))!.Topics);
    }

    [Fact]
    public async Task Put_GoodSettings_AnswersWhatWasSaved_AndStatusShowsIt()
    {
        var (status, body, _) = await SendAsync(HttpMethod.Put, $"/app/api/chats/{Channel}/settings", Signed(Admin), new
        {
            topics = new[] { "ukraine-war", "sahel" },
            keywords = new[] { "Drone  Strike" },
            excludes = new[] { "football" },
            mode = "digest",
            digestTime = "07:30",
            timeZone = "Europe/Kyiv",
            quiet = new { from = "23:00", to = "07:00", silent = true },
            format = "classic",
            near = new[] { new { place = "kharkiv", radiusKm = 50.0 } },
        });
        _server.SendText(Channel, 0, "/status");
        await _server.WaitUntilAsync(s => s.SentTo(Channel).Count == 1, MiniAppKit.Wait);

        Assert.Equal(HttpStatusCode.OK, status);
        var saved = JsonNode.Parse(body)!;
        Assert.Equal("""{"topics":["sahel","ukraine-war"],"keywords":["drone strike"],"excludes":["football"],"mode":"digest","digestTime":"07:30","timeZone":"Europe/Kyiv","quiet":{"from":"23:00","to":"07:00","silent":true},"format":"classic","near":[{"place":"Kharkiv","radiusKm":50}]}""", saved.ToJsonString());
        var statusText = _server.SentTo(Channel)[^1].Text;
        Assert.Contains("Topics: sahel, ukraine-war", statusText, StringComparison.Ordinal);
        Assert.Contains("Keywords: drone strike", statusText, StringComparison.Ordinal);
        Assert.Contains("Mode: digest at 07:30", statusText, StringComparison.Ordinal);
        Assert.Contains("Time zone: Europe/Kyiv", statusText, StringComparison.Ordinal);
        Assert.Contains("Quiet hours: 23:00–07:00 (silent)", statusText, StringComparison.Ordinal);
        Assert.Contains("Format: classic", statusText, StringComparison.Ordinal);
        Assert.Contains("Near: Kharkiv 50 km", statusText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_ChangedByACommand_ShowThroughTheApi()
    {
        _server.AddPrivateChat(Admin, "Olena");
        _server.SendText(Admin, Admin, "/timezone America/New_York");
        _server.SendText(Admin, Admin, "/keywords add wagner, drone strike");
        _server.SendText(Admin, Admin, "/mode digest 18:00");
        await _server.WaitUntilAsync(s => s.SentTo(Admin).Count == 3, MiniAppKit.Wait);

        var (status, body, _) = await SendAsync(HttpMethod.Get, $"/app/api/chats/{Admin}/settings", Signed(Admin));

        Assert.Equal(HttpStatusCode.OK, status);
        var s = JsonNode.Parse(body)!;
        Assert.Equal("America/New_York", s["timeZone"]!.GetValue<string>());
        Assert.Equal(["drone strike", "wagner"], s["keywords"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Equal("digest", s["mode"]!.GetValue<string>());
        Assert.Equal("18:00", s["digestTime"]!.GetValue<string>());
        Assert.Null(s["quiet"]);
    }

    [Fact]
    public async Task OwnPrivateChat_NeverWrittenToTheBot_CanBeConfigured_AndIsThenKnown()
    {
        const long Newcomer = 703;

        var (getStatus, getBody, _) = await SendAsync(HttpMethod.Get, $"/app/api/chats/{Newcomer}/settings", Signed(Newcomer));
        var (putStatus, _, _) = await SendAsync(HttpMethod.Put, $"/app/api/chats/{Newcomer}/settings", Signed(Newcomer), new { topics = new[] { "all" }, timeZone = "Asia/Tokyo" });
        var (otherStatus, _, _) = await SendAsync(HttpMethod.Get, $"/app/api/chats/{Admin}/settings", Signed(Newcomer));

        Assert.Equal(HttpStatusCode.OK, getStatus);
        Assert.Equal("[]", JsonNode.Parse(getBody)!["topics"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, putStatus);
        var stored = (await Store.Chats.GetChatAsync(Newcomer))!;
        Assert.Equal(["all"], stored.Topics);
        Assert.Equal("Asia/Tokyo", stored.TimeZone);
        Assert.Equal(Core.Route.ChatKind.Private, stored.Kind);
        // Someone else's private chat is not theirs to see.
        Assert.Equal(HttpStatusCode.Forbidden, otherStatus);
    }

    [Fact]
    public async Task TopicsAndZones_AreSearched_UnderTheCommandsRules()
    {
        var (_, topics, _) = await SendAsync(HttpMethod.Get, "/app/api/topics?q=kivu", Signed(Admin));
        var (_, catalogue, _) = await SendAsync(HttpMethod.Get, "/app/api/topics", Signed(Admin));
        var (_, zones, _) = await SendAsync(HttpMethod.Get, "/app/api/zones?q=kyiv", Signed(Admin));
        var (_, hostile, _) = await SendAsync(HttpMethod.Get, "/app/api/topics?q=" + Uri.EscapeDataString("<script>" + new string('x', 5000)), Signed(Admin));

        Assert.Contains(JsonNode.Parse(topics)!.AsArray(), t => t!["topic"]!.GetValue<string>() == "north-kivu");
        Assert.Equal(["africa-security", "ukraine-war", "all"], JsonNode.Parse(catalogue)!.AsArray().Take(3).Select(t => t!["topic"]!.GetValue<string>()));
        var kyiv = Assert.Single(JsonNode.Parse(zones)!.AsArray());
        Assert.Equal("Europe/Kyiv", kyiv!["id"]!.GetValue<string>());
        Assert.Matches(@"^\+0[23]:00$", kyiv["offset"]!.GetValue<string>());
        Assert.Equal("[]", JsonNode.Parse(hostile)!.ToJsonString());
    }

    [Fact]
    public async Task Sample_RendersTheAlertWithTheRealFormatter_InTheChosenZone()
    {
        var (instantStatus, instant, _) = await SendAsync(HttpMethod.Post, "/app/api/sample", Signed(Admin), new { timeZone = "Europe/Kyiv", mode = "instant", format = "classic" });
        var (_, digest, _) = await SendAsync(HttpMethod.Post, "/app/api/sample", Signed(Admin), new { timeZone = "Asia/Tokyo", mode = "digest", digestTime = "07:30" });
        var (badStatus, bad, _) = await SendAsync(HttpMethod.Post, "/app/api/sample", Signed(Admin), new { timeZone = "Nowhere/Land" });

        Assert.Equal(HttpStatusCode.OK, instantStatus);
        var html = JsonNode.Parse(instant)!["html"]!.GetValue<string>();
        Assert.Contains("<b>Ferry Service Suspended", html, StringComparison.Ordinal);
        Assert.Contains("Key times (UTC)", html, StringComparison.Ordinal);
        Assert.Contains("Europe/Kyiv", html, StringComparison.Ordinal);
        Assert.Contains("Digest at 07:30 (Asia/Tokyo)", JsonNode.Parse(digest)!["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.True(JsonNode.Parse(bad)!["errors"]!.AsObject().ContainsKey("timeZone"));
    }

    [Fact]
    public async Task Page_IsServedWithAStrictContentSecurityPolicy()
    {
        var (status, html, response) = await SendAsync(HttpMethod.Get, "/app", null);
        var (jsStatus, _, js) = await SendAsync(HttpMethod.Get, "/app/app.js", null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("telegram-web-app.js", html, StringComparison.Ordinal);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' https://telegram.org", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, jsStatus);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
    }

    private Stores Store => _host.Services.GetRequiredService<Stores>();
}

/// <summary>Without MiniApp:PublicUrl the page does not exist; a bad setting stops the host at start.</summary>
public sealed class MiniAppOffTests
{
    [Fact]
    public async Task WithoutPublicUrl_AppAnswers404_AndSettingsSaysItIsNotSetUp()
    {
        await using var server = await TestBotApiServer.StartAsync();
        await using var host = await HostRunner.StartAsync(server);
        using var http = new HttpClient();
        server.AddPrivateChat(801, "Ann");

        var page = await http.GetAsync(new Uri(host.BaseAddress, "app"));
        var api = await http.GetAsync(new Uri(host.BaseAddress, "app/api/chats"));
        server.SendText(801, 801, "/settings");
        await server.WaitUntilAsync(s => s.SentTo(801).Count == 1, MiniAppKit.Wait);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Contains("not set up", server.SentTo(801)[0].Text, StringComparison.Ordinal);
        Assert.Null(server.SentTo(801)[0].ReplyMarkupJson);
        Assert.Null(server.DefaultMenuButton);
    }

    [Theory]
    [InlineData("--MiniApp:PublicUrl=http://alerts.example.test", true, "MiniApp:PublicUrl")]
    [InlineData("--MiniApp:PublicUrl=not a url", true, "MiniApp:PublicUrl")]
    [InlineData("--MiniApp:PublicUrl=https://alerts.example.test/?x=1", true, "MiniApp:PublicUrl")]
    [InlineData("--MiniApp:MaxAge=00:00:00", true, "MiniApp:MaxAge")]
    [InlineData("--MiniApp:PublicUrl=https://alerts.example.test", false, "Telegram:BotToken")]
    public async Task BadSetting_StopsTheHostAtStart_NamingIt(string arg, bool withToken, string named)
    {
        var root = Path.Combine(Path.GetTempPath(), "alertbot-miniapp-" + Guid.NewGuid().ToString("N")[..8]);
        string[] token = withToken ? ["--Telegram:BotToken=123456789" + ":" + "AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQr", "--Telegram:ApiBaseUrl=http://127.0.0.1:9"] : [];
        await using var app = AlertBotApp.Build([arg, .. token, $"--Articles:Path={root}/a", $"--Storage:DataPath={root}/d", "--Urls=http://127.0.0.1:0", $"--Scheduling:SchedulerName=cfg-{Guid.NewGuid():N}"]);

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(named, string.Join(" ", e.Failures), StringComparison.Ordinal);
    }
}
