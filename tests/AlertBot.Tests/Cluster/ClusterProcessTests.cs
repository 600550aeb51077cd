using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.Storage.Tests;
using AlertBot.TestBotApi;
using AlertBot.Telegram.Commands;
using Npgsql;
using Xunit.Abstractions;

namespace AlertBot.Tests.Cluster;

/// <summary>
/// Three AlertBot processes on one PostgreSQL database, one shared articles folder and one strict Bot API
/// server that enforces a (scaled) flood limit. The instance running the update poller is killed hard in the
/// middle of the fan-out. Every chat must still get every matching alert once — a duplicate only where the
/// outbox counted an unknown outcome (a send in flight at the kill) — the cluster as a whole must stay under
/// the bot's limit, and every command must be answered once.
/// </summary>
[Collection(ClusterProcessCollection.Name)]
public sealed partial class ClusterProcessTests(PostgresServer postgres, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Rate = 100;
    private const int Chats = 1000;
    private const int Articles = 500;
    private const int Topics = 100;
    private const long FirstChat = 7_000_000;
    private static readonly TimeSpan Ready = TimeSpan.FromSeconds(60);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "alertbot-cluster-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<AlertBotProcess> _nodes = [];
    private TestBotApiServer _server = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _server = await TestBotApiServer.StartAsync(new TestBotApiOptions { EnforceRateLimits = true, GlobalMessagesPerSecond = Rate, PaidBroadcastMessagesPerSecond = Rate });
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
            node.Dispose();
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task ThreeInstances_PollerNodeKilledMidFanout_EveryMatchingAlertOnce_RateHeld_CommandsAnsweredOnce()
    {
        var db = await postgres.CreateDatabaseAsync();
        var chats = await RegisterChatsAsync(db);
        var articles = Folder("articles");
        StartNodes(db, articles, 3);
        await Task.WhenAll(_nodes.Select(n => n.WaitReadyAsync(Ready)));
        var botId = PollerLeadership.BotId(_server.Token);
        var expected = Enumerable.Range(0, Articles).Sum(n => chats.Count(c => Matches(c, n)));
        var statuses = new Dictionary<long, int>();

        var clock = Stopwatch.StartNew();
        await DropArticlesAsync(articles);
        for (var i = 0; i < 10; i++)
            SendStatus(chats[i], statuses);
        await WaitForAsync(async () => await CountAsync(db, "SELECT COUNT(*) FROM articles") == Articles, TimeSpan.FromSeconds(60));
        var ingested = clock.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Articles} articles stored after {ingested.TotalSeconds:F1} s; {_server.Stats}"));

        await _server.WaitUntilAsync(s => s.SentCount >= expected * 2 / 5, TimeSpan.FromSeconds(90));
        var holder = await ClusterProbe.PollerHolderAsync(db, botId);
        var victim = _nodes.Single(n => n.Name == holder);
        var killedAt = clock.Elapsed;
        var sentAtKill = _server.SentCount;
        await victim.KillAsync();
        var stoppedAt = clock.Elapsed;
        for (var i = 10; i < 20; i++)
            SendStatus(chats[i], statuses);

        await WaitForAsync(async () => await ClusterProbe.PollerHolderAsync(db, botId) is { } h && h != victim.Name, TimeSpan.FromSeconds(30));
        var pollerBack = clock.Elapsed;
        await WaitForAsync(async () => await CountAsync(db, $"SELECT COUNT(*) FROM deliveries WHERE state = 'sending' AND lease_owner LIKE '%:{victim.Pid}:%'") == 0, TimeSpan.FromSeconds(30));
        var claimsBack = clock.Elapsed;
        // A command is handled when its reply is queued (the reply then waits its turn in the chat's outbox).
        var lateChats = string.Join(',', Enumerable.Range(10, 10).Select(i => chats[i].Id));
        await WaitForAsync(async () => await CountAsync(db, $"SELECT COUNT(*) FROM deliveries WHERE kind = 'text' AND chat_id IN ({lateChats})") == 10, TimeSpan.FromSeconds(30));
        var commandsBack = clock.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"killed {victim.Name} at {killedAt.TotalSeconds:F1} s; poller back +{(pollerBack - stoppedAt).TotalMilliseconds:F0} ms, claims back +{(claimsBack - stoppedAt).TotalMilliseconds:F0} ms, commands back +{(commandsBack - stoppedAt).TotalMilliseconds:F0} ms; {_server.Stats}"));

        try
        {
            await _server.WaitUntilAsync(s => Delivered(s.Sent).Count == expected && Replies(s.Sent) == statuses.Values.Sum(), TimeSpan.FromSeconds(120));
        }
        catch (TimeoutException e)
        {
            // Go on to the assertions: they say which chat misses what.
            output.WriteLine(e.Message);
            output.WriteLine("outbox: " + string.Join(", ", await StatesAsync(db)));
        }

        var done = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a late duplicate to show up

        var sent = _server.Sent;
        var perPair = sent.Where(IsAlert).GroupBy(m => (m.ChatId, Article: ArticleNumber(m.Text))).ToDictionary(g => g.Key, g => g.Count());
        var unknown = await UnknownOutcomePairsAsync(db);
        var duplicates = perPair.Where(p => p.Value > 1).ToList();
        var unknownTotal = await CountAsync(db, "SELECT COALESCE(SUM(unknown_outcomes), 0) FROM deliveries");
        var alertsSent = sent.Count(IsAlert);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            {Chats} chats, {Articles} articles, {Topics} topics → {expected} alerts + {statuses.Values.Sum()} /status replies; rate limit {Rate}/s over 3 instances.
            ingest of {Articles} articles by 3 instances: {ingested.TotalSeconds:F1} s ({Articles / ingested.TotalSeconds:F0} articles/s, under send load)
            killed {victim.Name} (pid {victim.Pid}, the poller) at {killedAt.TotalSeconds:F1} s after {sentAtKill} messages
            fail-over from the kill: poller lock taken by another instance after {(pollerBack - stoppedAt).TotalMilliseconds:F0} ms, the dead instance's leased rows recovered after {(claimsBack - stoppedAt).TotalMilliseconds:F0} ms, the /status commands sent at the kill handled after {(commandsBack - stoppedAt).TotalMilliseconds:F0} ms
            all delivered at {done.TotalSeconds:F1} s; alert messages {alertsSent}, duplicates {duplicates.Count}, rows with an unknown outcome {unknown.Count} (sum {unknownTotal}); peak {PeakPerSecond(sent)} messages in one second
            server: {_server.Stats}
            """));

        Assert.Equal(Articles, await CountAsync(db, "SELECT COUNT(*) FROM articles"));
        // Every matching (chat, article) pair delivered, nothing delivered that does not match.
        var missing = chats.SelectMany(c => Enumerable.Range(0, Articles).Where(n => Matches(c, n) && !perPair.ContainsKey((c.Id, n))).Select(n => $"{c.Id}/{n}")).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} alerts missing, e.g. {string.Join(' ', missing.Take(10))}");
        Assert.Equal(expected, perPair.Count);
        Assert.All(perPair.Keys, p => Assert.True(Matches(chats.Single(c => c.Id == p.ChatId), p.Article), $"chat {p.ChatId} got article {p.Article}"));
        // Exactly once, except the documented unknown outcome: a send in flight at the kill, counted.
        Assert.All(duplicates, d => Assert.Contains((d.Key.ChatId, d.Key.Article), unknown));
        Assert.All(perPair.Values, n => Assert.InRange(n, 1, 2));
        // The cluster as a whole never went over the bot's limit.
        Assert.True(_server.Stats.RateLimitExceeded == 0, string.Join("; ", _server.Stats.RateLimitReasons));
        Assert.InRange(PeakPerSecond(sent), 1, Rate);
        // Each command answered once, the ones sent at the kill included.
        Assert.All(statuses, s => Assert.Equal(s.Value, _server.SentTo(s.Key).Count(m => !IsAlert(m))));
        Assert.InRange(pollerBack - stoppedAt, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Ingest_OneThenThreeInstances_StoresEachArticleOnce_AndReportsThroughput()
    {
        var figures = new List<string>();
        foreach (var instances in new[] { 1, 3 })
        {
            var db = await postgres.CreateDatabaseAsync();
            var articles = Folder($"ingest-{instances}");
            StartNodes(db, articles, instances);
            await Task.WhenAll(_nodes.Select(n => n.WaitReadyAsync(Ready)));

            var clock = Stopwatch.StartNew();
            await DropArticlesAsync(articles);
            await WaitForAsync(async () => await CountAsync(db, "SELECT COUNT(*) FROM articles") == Articles, TimeSpan.FromSeconds(90));
            var elapsed = clock.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(1));

            Assert.Equal(Articles, await CountAsync(db, "SELECT COUNT(*) FROM articles"));
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{instances} instance(s): {Articles} articles in {elapsed.TotalSeconds:F2} s = {Articles / elapsed.TotalSeconds:F0} articles/s"));
            foreach (var node in _nodes)
                await node.KillAsync();
            _nodes.ForEach(n => n.Dispose());
            _nodes.Clear();
        }

        output.WriteLine("Ingest throughput (shared folder, each instance reads every file, the unique key stores it once):");
        figures.ForEach(output.WriteLine);
    }

    private void StartNodes(string db, string articles, int count)
    {
        // The catalogue: zone-k follows the keyword gridNNN (indexes from 10 keep appsettings' own topics as they are).
        var environment = new Dictionary<string, string>();
        for (var k = 0; k < Topics; k++)
        {
            environment[$"Topics__{10 + k}__Name"] = Zone(k);
            environment[$"Topics__{10 + k}__Keywords__0"] = Keyword(k);
        }

        for (var i = 0; i < count; i++)
        {
            var name = "node-" + (char)('a' + i);
            var connection = new NpgsqlConnectionStringBuilder(db) { ApplicationName = name, MaxPoolSize = 40 }.ToString();
            _nodes.Add(AlertBotProcess.Start(name, _root, [
                "--Storage:Provider=Postgres",
                $"--ConnectionStrings:AlertBot={connection}",
                $"--Telegram:BotToken={_server.Token}",
                $"--Telegram:ApiBaseUrl={_server.BaseUrl}",
                "--Telegram:PollTimeoutSeconds=1",
                "--Telegram:AlertFormat=Html",
                $"--Telegram:MaxMessagesPerSecond={Rate}",
                // Above Telegram's free 30/s: paid broadcast, which the test server holds to Rate as well.
                "--Telegram:AllowPaidBroadcast=true",
                $"--Articles:Path={articles}",
                "--Urls=http://127.0.0.1:0",
                "--Logging:LogLevel:Default=Warning",
            ], environment));
        }
    }

    /// <summary>Chats straight into the database (as if each had sent /start), each following one zone.</summary>
    private async Task<List<ChatSettings>> RegisterChatsAsync(string db)
    {
        await using var database = new Database(StorageProvider.Postgres, db);
        Migrator.MigrateUp(database);
        var store = Stores.Create(database, TimeProvider.System);
        var chats = new List<ChatSettings>();
        for (var i = 0; i < Chats; i++)
        {
            var chat = new ChatSettings
            {
                Id = FirstChat + i,
                Kind = ChatKind.Private,
                Title = "Reader " + i.ToString(CultureInfo.InvariantCulture),
                Topics = new HashSet<string>(StringComparer.Ordinal) { Zone(i % Topics) },
            };
            _server.AddPrivateChat(chat.Id, chat.Title);
            await store.Chats.SaveChatAsync(chat);
            chats.Add(chat);
        }

        return chats;
    }

    private static async Task DropArticlesAsync(string folder)
    {
        for (var n = 0; n < Articles; n++)
        {
            var name = $"a{n:D4}.txt";
            var temp = Path.Combine(folder, "." + name + ".tmp");
            await File.WriteAllTextAsync(temp, Article(n));
            File.Move(temp, Path.Combine(folder, name));
        }
    }

    private static string Article(int n) => string.Create(CultureInfo.InvariantCulture, $"""
        Flash Update {n}: Patrol Reports Contact On The Northern Road

        A patrol reported contact near checkpoint {Keyword(n % Topics)} on Monday, officials said, in report number {n}.

        At 1530 UTC on June 3rd, 2024, the first shots were heard near the checkpoint.
        """);

    private void SendStatus(ChatSettings chat, Dictionary<long, int> statuses)
    {
        _server.SendText(chat.Id, chat.Id, "/status");
        statuses[chat.Id] = statuses.GetValueOrDefault(chat.Id) + 1;
    }

    private static bool Matches(ChatSettings chat, int article) => chat.Topics.Contains(Zone(article % Topics));

    private static string Zone(int k) => "zone-" + k.ToString(CultureInfo.InvariantCulture);

    private static string Keyword(int k) => "grid" + k.ToString("D3", CultureInfo.InvariantCulture);

    // A /status reply lists the chat's last alerts, headlines included: it is told apart by its opening.
    private static bool IsAlert(SentMessage m) => AlertNumber().IsMatch(m.Text) && !m.Text.StartsWith("This chat gets", StringComparison.Ordinal);

    private static int ArticleNumber(string text) => int.Parse(AlertNumber().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);

    private static HashSet<(long, int)> Delivered(IReadOnlyList<SentMessage> sent) =>
        sent.Where(IsAlert).Select(m => (m.ChatId, ArticleNumber(m.Text))).ToHashSet();

    private static int Replies(IReadOnlyList<SentMessage> sent) => sent.Count(m => !IsAlert(m));

    /// <summary>The most messages the server accepted in any sliding one-second window.</summary>
    private static int PeakPerSecond(IReadOnlyList<SentMessage> sent)
    {
        var times = sent.Select(m => m.AcceptedAt).Order().ToList();
        var peak = 0;
        var start = 0;
        for (var i = 0; i < times.Count; i++)
        {
            while (times[i] - times[start] >= TimeSpan.FromSeconds(1))
                start++;
            peak = Math.Max(peak, i - start + 1);
        }

        return peak;
    }

    private static async Task<HashSet<(long, int)>> UnknownOutcomePairsAsync(string db)
    {
        var pairs = new HashSet<(long, int)>();
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT d.chat_id, a.headline FROM deliveries d JOIN articles a ON a.id = d.article_id WHERE d.unknown_outcomes > 0", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            pairs.Add((reader.GetInt64(0), ArticleNumber(reader.GetString(1))));
        return pairs;
    }

    private static async Task<List<string>> StatesAsync(string db)
    {
        var states = new List<string>();
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT kind || ' ' || state || ' ' || COUNT(*) FROM deliveries GROUP BY kind, state ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            states.Add(reader.GetString(0));
        return states;
    }

    private static async Task<long> CountAsync(string db, string sql) => await ClusterProbe.ScalarAsync(db, sql);

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException("The condition did not hold in time.");
            await Task.Delay(20);
        }
    }

    private string Folder(string name)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    [GeneratedRegex(@"Flash Update (\d+):")]
    private static partial Regex AlertNumber();
}

/// <summary>
/// Three processes busy for a minute and a half would starve the timing-sensitive tests running beside them:
/// this collection runs alone, after the parallel ones, on a PostgreSQL server of its own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterProcessCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "cluster-processes";
}
