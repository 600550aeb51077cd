using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AlertBot.Storage;
using AlertBot.Storage.Tests;
using AlertBot.TestBotApi;
using AlertBot.Tests.Observe;

namespace AlertBot.Tests.Cluster;

/// <summary>
/// Webhook mode on PostgreSQL: two instances behind a load balancer that sends each update to either at random, some to
/// both, and answers some 502 after an instance took them (so the test server, like Telegram, delivers them again).
/// Every command still has its effect once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WebhookClusterTests(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1.5);
    private static readonly string[] FastArgs = ["--Telegram:PrivateChatInterval=00:00:00.05", "--Telegram:GroupChatInterval=00:00:00.05"];
    private readonly List<HostRunner> _hosts = [];
    private readonly string _schedulerName = "webhook-" + Guid.NewGuid().ToString("N")[..8];
    private TestBotApiServer _server = null!;
    private WebhookBalancer _balancer = null!;
    private string _db = "";

    public async Task InitializeAsync()
    {
        _server = await TestBotApiServer.StartAsync(new TestBotApiOptions { AllowHttpWebhookOnLoopback = true, WebhookRetryDelay = TimeSpan.FromMilliseconds(100) });
        _balancer = await WebhookBalancer.StartAsync();
        _db = await postgres.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
            await host.DisposeAsync();
        await _balancer.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task TwoInstances_UpdatesToEitherAndSomeTwice_EveryCommandHasItsEffectOnce()
    {
        var hosts = await Task.WhenAll(StartHostAsync("node-a", Webhook()), StartHostAsync("node-b", Webhook()));
        _balancer.SetBackends([.. hosts.Select(h => h.BaseAddress)]);
        await _server.WaitUntilAsync(s => s.WebhookUrl == _balancer.Url, Wait);
        var users = Enumerable.Range(4300, 12).Select(i => (long)i).ToList();

        foreach (var user in users)
        {
            _server.AddPrivateChat(user, "User");
            _server.SendText(user, user, "/start");
        }

        await _server.WaitUntilAsync(s => users.All(u => s.SentTo(u).Count >= 1), Wait);
        // A topic button toggles: applied twice, the chat would follow nothing.
        foreach (var user in users)
            _server.SendCallbackQuery(user, user, _server.SentTo(user)[0].MessageId, "t:africa-security");
        await _server.WaitUntilAsync(s => s.AnsweredCallbacks.Count >= users.Count, Wait);
        foreach (var user in users)
            _server.SendText(user, user, "/status");
        await _server.WaitUntilAsync(s => users.All(u => s.SentTo(u).Count >= 2) && s.PendingUpdates == 0, Wait);
        await WaitForAsync(async () => await ClusterProbe.ScalarAsync(_db, "SELECT COUNT(*) FROM telegram_updates WHERE handled_ms IS NULL") == 0);
        await Task.Delay(Settle);

        var updates = users.Count * 3;
        foreach (var user in users)
        {
            var sent = _server.SentTo(user);
            Assert.Equal(2, sent.Count);
            Assert.Contains("africa-security", sent[1].Text, StringComparison.Ordinal);
        }

        Assert.Equal(users.Count, _server.AnsweredCallbacks.Count);
        Assert.Equal(users.Count, await ClusterProbe.ScalarAsync(_db, "SELECT COUNT(*) FROM chat_topics WHERE topic = 'africa-security'"));
        Assert.Equal(updates, await ClusterProbe.ScalarAsync(_db, "SELECT COUNT(*) FROM telegram_updates WHERE handled_ms IS NOT NULL"));
        // The run did what it claims: both instances got updates, some twice at once, some again after a 502.
        Assert.All(_balancer.PerBackend.Values, n => Assert.True(n > 0));
        Assert.True(_balancer.Doubled > 0, "no update was sent to both instances");
        Assert.True(_balancer.AnsweredBadGateway > 0, "no update was delivered again after a 502");
        Assert.True(_server.WebhookDeliveries.Count > updates);
        Assert.Equal(0, _server.Stats.Requests("getUpdates"));
        Assert.Null(await ClusterProbe.PollerHolderAsync(_db, AlertBot.Telegram.Commands.PollerLeadership.BotId(_server.Token))); // no poller lock in webhook mode
        Assert.Contains("my_chat_member", _server.AllowedUpdates!);
        Assert.Equal(0, _server.Stats.BadRequests);
    }

    [Fact]
    public async Task TwoTapsOnOneKeyboardAtOnce_OnTwoInstances_BothStick()
    {
        // Telegram pushes up to max_connections updates at once, and the balancer sends one chat's two taps to both
        // instances: handled side by side, each would read the old topics and the later commit would undo the earlier.
        var hosts = await Task.WhenAll(StartHostAsync("node-a", Webhook()), StartHostAsync("node-b", Webhook()));
        _balancer.SetBackends([.. hosts.Select(h => h.BaseAddress)]);
        await _server.WaitUntilAsync(s => s.WebhookUrl == _balancer.Url, Wait);
        var users = Enumerable.Range(4500, 12).Select(i => (long)i).ToList();
        foreach (var user in users)
        {
            _server.AddPrivateChat(user, "User");
            _server.SendText(user, user, "/start");
        }

        await _server.WaitUntilAsync(s => users.All(u => s.SentTo(u).Count >= 1), Wait);
        foreach (var user in users)
        {
            var keyboard = _server.SentTo(user)[0].MessageId;
            _server.SendCallbackQuery(user, user, keyboard, "t:africa-security");
            _server.SendCallbackQuery(user, user, keyboard, "t:ukraine-war");
        }

        await _server.WaitUntilAsync(s => s.AnsweredCallbacks.Count >= 2 * users.Count && s.PendingUpdates == 0, Wait);
        await WaitForAsync(async () => await ClusterProbe.ScalarAsync(_db, "SELECT COUNT(*) FROM telegram_updates WHERE handled_ms IS NULL") == 0);

        Assert.Equal(2 * users.Count, await ClusterProbe.ScalarAsync(_db, "SELECT COUNT(*) FROM chat_topics WHERE topic IN ('africa-security', 'ukraine-war')"));
        Assert.Equal(0, await ClusterProbe.ScalarAsync(_db, "SELECT COUNT(*) FROM chat_topics WHERE topic = 'all'"));
        Assert.All(_balancer.PerBackend.Values, n => Assert.True(n > 0));
    }

    [Fact]
    public async Task Webhook_WrongOrMissingSecret_Gets401AndIsCounted_AndStatusShowsTheWebhook()
    {
        var host = await StartHostAsync("node-a", Webhook());
        await _server.WaitUntilAsync(s => s.WebhookSecret is not null, Wait);
        var secret = _server.WebhookSecret!;
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var wrong = await PostAsync(http, """{"update_id":1}""", "not-the-secret");
        var missing = await PostAsync(http, """{"update_id":1}""", null);
        var notAnUpdate = await PostAsync(http, """{"hello":1}""", secret);
        var huge = await PostAsync(http, "{\"update_id\":2,\"pad\":\"" + new string('x', 2 * 1024 * 1024) + "\"}", secret);
        var (_, metrics) = await ObserveKit.WaitForMetricsAsync(host.BaseAddress, text =>
            ObserveKit.Sample(text, "alertbot_webhook_requests_total", "outcome=\"unauthorized\"") >= 2, Wait);
        // Stored once setWebhook succeeded and getWebhookInfo answered.
        await WaitForAsync(async () => await WebhookStatusAsync() is not null);
        var status = await WebhookStatusAsync();
        var health = await ObserveKit.GetAsync(host.BaseAddress, "/health/ready");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, missing);
        Assert.Equal(HttpStatusCode.BadRequest, notAnUpdate);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge);
        Assert.Equal(2, ObserveKit.Sample(metrics, "alertbot_webhook_requests_total", "outcome=\"unauthorized\""));
        Assert.Equal(0, await ClusterProbe.ScalarAsync(_db, "SELECT COUNT(*) FROM telegram_updates"));
        Assert.Equal(43, secret.Length); // generated, as none was configured
        Assert.StartsWith($"webhook {_balancer.Url}, 0 pending at Telegram, max_connections 8; no delivery errors", status, StringComparison.Ordinal);
        Assert.Contains($"webhook {_balancer.Url}", JsonNode.Parse(health.Body)!["checks"]!["telegram"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_DeliveryFailing_ShowsTelegramsLastErrorInHealthAndStatus()
    {
        // Nobody behind the balancer yet: it answers 503, Telegram records the error and keeps the update. (On SQLite: the
        // status verb reads its file.)
        var host = await HostRunner.StartAsync(_server, [.. FastArgs, .. Webhook(), "--Health:TelegramCheckInterval=00:00:00.2"]);
        _hosts.Add(host);
        await _server.WaitUntilAsync(s => s.WebhookUrl is not null, Wait);
        _server.AddPrivateChat(4400, "Ann");
        _server.SendText(4400, 4400, "/start");
        await _server.WaitUntilAsync(s => s.WebhookDeliveries.Count >= 1, Wait);

        var health = await ObserveKit.WaitForStatusAsync(host.BaseAddress, "/health/ready", HttpStatusCode.OK, Wait);
        var output = new StringWriter();
        await global::AlertBot.Cli.Commands.RunAsync(["status", "--data", host.DataPath], output, new StringWriter());
        _balancer.SetBackends(host.BaseAddress);
        await _server.WaitUntilAsync(s => s.SentTo(4400).Count == 1, Wait);

        Assert.Contains("Wrong response from the webhook: 503 Service Unavailable", health, StringComparison.Ordinal);
        Assert.Matches($"updates: webhook {System.Text.RegularExpressions.Regex.Escape(_balancer.Url)}, 1 pending at Telegram, max_connections 8; last delivery error .*: Wrong response from the webhook: 503", output.ToString());
        Assert.Contains("Degraded", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateRecordedByAnInstanceThatDiedBeforeHandlingIt_IsHandledByAnother()
    {
        _server.AddPrivateChat(4600, "Cy");
        await using (var database = new Database(StorageProvider.Postgres, _db))
        {
            Migrator.MigrateUp(database);
            // What an instance had stored (and answered 200 for) a minute ago, when it was killed.
            var then = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-1));
            var date = then.GetUtcNow().ToUnixTimeSeconds();
            await new UpdateStore(database, then).RecordAsync(900_001, $$$"""
                {"update_id":900001,"message":{"message_id":1,"date":{{{date}}},"chat":{"id":4600,"type":"private","first_name":"Cy"},
                 "from":{"id":4600,"is_bot":false,"first_name":"Cy"},"text":"/start","entities":[{"type":"bot_command","offset":0,"length":6}]}}
                """);
        }

        await StartHostAsync("node-b", Webhook());
        await _server.WaitUntilAsync(s => s.SentTo(4600).Count == 1, Wait);
        await WaitForAsync(async () => await ClusterProbe.ScalarAsync(_db, "SELECT COUNT(*) FROM telegram_updates WHERE update_id = 900001 AND handled_ms IS NOT NULL") == 1);

        Assert.Contains("AlertBot", _server.SentTo(4600)[0].Text, StringComparison.Ordinal);
        Assert.Empty(_server.WebhookDeliveries); // it came from the record, not from Telegram
    }

    [Fact]
    public async Task SwitchingBackToPolling_RemovesTheWebhook_AndCommandsArriveByGetUpdates()
    {
        var webhook = await StartHostAsync("node-a", Webhook());
        await _server.WaitUntilAsync(s => s.WebhookUrl is not null, Wait);
        await webhook.StopAsync();

        await StartHostAsync("node-a", "--Telegram:Mode=Polling");
        await _server.WaitUntilAsync(s => s.WebhookUrl is null, Wait);
        _server.AddPrivateChat(4500, "Bo");
        _server.SendText(4500, 4500, "/start");
        await _server.WaitUntilAsync(s => s.SentTo(4500).Count == 1, Wait);

        Assert.True(_server.Stats.Requests("getUpdates") > 0);
        Assert.Empty(_server.WebhookDeliveries);
        Assert.Null(await WebhookStatusAsync()); // the status verb says "long polling" again
    }

    private async Task<string?> WebhookStatusAsync()
    {
        await using var database = new Database(StorageProvider.Postgres, _db);
        return await new UpdateStore(database, TimeProvider.System).GetWebhookStatusAsync();
    }

    private string[] Webhook() => ["--Telegram:Mode=Webhook", $"--Telegram:WebhookUrl={_balancer.Url}", "--Telegram:WebhookMaxConnections=8"];

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, string body, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookEndpoint.Path.TrimStart('/')) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
            request.Headers.Add(TestBotApiServer.SecretHeader, secret);
        try
        {
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            // Kestrel may close the connection on a refused upload before it is all sent.
            return HttpStatusCode.RequestEntityTooLarge;
        }
    }

    private async Task<HostRunner> StartHostAsync(string name, params string[] mode)
    {
        var host = await HostRunner.StartAsync(
            _server,
            [
                "--Storage:Provider=Postgres",
                $"--ConnectionStrings:AlertBot={ClusterProbe.Named(_db, name)}",
                $"--Scheduling:SchedulerName={_schedulerName}",
                .. FastArgs,
                .. mode,
            ]);
        lock (_hosts)
            _hosts.Add(host);
        return host;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Wait;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException("The condition did not hold in time.");
            await Task.Delay(50);
        }
    }
}
