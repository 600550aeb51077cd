using System.Diagnostics;
using System.Globalization;
using AlertBot.Core.Route;
using AlertBot.Core.Understand;
using AlertBot.Storage;
using AlertBot.Storage.Tests;
using Dapper;
using Microsoft.Data.Sqlite;

// outbox-rows (issue 20): how many outbox rows per second the store writes when every article goes to every one
// of N channels — StoryStore.AddStoryAsync, the call ingest makes, one article (its row, its bands and N outbox
// rows) per transaction, as fast as it goes, with a sender claiming and marking rows sent beside it as the real
// one does. SQLite in a temp folder and PostgreSQL on a throwaway server (the storage tests' PostgresServer,
// fsync off as there). The routing and the host are left out: ingest-sustained measures the whole pipeline.
internal static class OutboxRowsBench
{
    private const long FirstChannel = -1006000000000;

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> opts)
    {
        int Int(string key, int fallback) => opts.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var chats = Int("chats", 1000);
        var articles = Int("articles", 500);
        var runs = Int("runs", 1);
        // As many articles at once as ingest stores by default (Articles:Concurrency, 4 per core).
        var concurrency = Int("concurrency", 4 * Environment.ProcessorCount);
        var senderRate = Int("sender", 30);
        var providers = opts.GetValueOrDefault("provider", "sqlite,postgres").Split(',');
        Console.WriteLine(F($"outbox-rows: {articles} articles × {chats} channels per run, {concurrency} at once as ingest stores them, each article all or nothing{(senderRate > 0 ? F($", a sender claiming and marking sent {senderRate} rows/s beside it (10 claims a second)") : "")}; load average {LoadAverage()}"));
        var failed = 0;
        foreach (var provider in providers)
        {
            PostgresServer? server = null;
            if (provider == "postgres")
            {
                server = new PostgresServer();
                await server.InitializeAsync();
            }

            try
            {
                for (var run = 0; run < runs; run++)
                    failed += await RunOnceAsync(provider, server, chats, articles, concurrency, senderRate) ? 0 : 1;
            }
            finally
            {
                if (server is not null)
                    await server.DisposeAsync();
            }
        }

        Console.WriteLine(F($"load average {LoadAverage()}"));
        return failed == 0 ? 0 : 1;
    }

    private static async Task<bool> RunOnceAsync(string provider, PostgresServer? server, int chats, int articles, int concurrency, int senderRate)
    {
        var dir = Path.Combine(Path.GetTempPath(), "alertbot-outbox-" + Guid.NewGuid().ToString("N")[..8]);
        var database = server is null
            ? new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(dir))
            : new Database(StorageProvider.Postgres, await server.CreateDatabaseAsync());
        try
        {
            Migrator.MigrateUp(database);
            var store = Stores.Create(database, TimeProvider.System);
            for (var i = 0; i < chats; i++)
                await store.Chats.SaveChatAsync(new ChatSettings { Id = FirstChannel - i, Kind = ChatKind.Channel, Title = "c" + i.ToString(CultureInfo.InvariantCulture), Topics = new HashSet<string>(StringComparer.Ordinal) { ChatSettings.AllTopics } });
            var chatIds = Enumerable.Range(0, chats).Select(i => FirstChannel - i).ToArray();

            // A short warm-up (JIT, the first pages), not counted.
            var prefix = Guid.NewGuid().ToString("N")[..6];
            for (var i = 0; i < 5; i++)
                await AddAsync(store, chatIds, prefix + "w" + i.ToString(CultureInfo.InvariantCulture));

            using var stop = new CancellationTokenSource();
            var sent = 0L;
            var sender = senderRate > 0 ? Task.Run(() => SendAsync(store, Math.Max(1, senderRate / 10), n => Interlocked.Add(ref sent, n), stop.Token)) : Task.CompletedTask;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var slowest = 0L;
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < articles; i = Interlocked.Increment(ref next))
                {
                    var one = Stopwatch.StartNew();
                    await AddAsync(store, chatIds, prefix + i.ToString(CultureInfo.InvariantCulture));
                    var ticks = one.Elapsed.Ticks;
                    for (var seen = Interlocked.Read(ref slowest); ticks > seen; seen = Interlocked.Read(ref slowest))
                        Interlocked.CompareExchange(ref slowest, ticks, seen);
                }
            })));

            var elapsed = clock.Elapsed.TotalSeconds;
            var cpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            await stop.CancelAsync();
            await sender;

            // Every row is there once.
            await using var connection = await database.OpenAsync();
            var rows = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM deliveries");
            var keys = await connection.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT dedupe_key) FROM deliveries");
            var expected = (long)(articles + 5) * chats;
            var ok = rows == expected && keys == expected;
            var total = (long)articles * chats;
            Console.WriteLine(F($"  {provider,-8}: {articles} articles in {elapsed:0.00} s = {articles / elapsed:0.0} articles/s, {total / elapsed:#,0} rows/s; slowest article {TimeSpan.FromTicks(slowest).TotalMilliseconds:0} ms; CPU {cpuUsed / elapsed:0.00} cores; sender marked {Interlocked.Read(ref sent)} sent; rows {rows} (distinct keys {keys}, expected {expected}){(ok ? "" : " WRONG")}"));
            return ok;
        }
        finally
        {
            await database.DisposeAsync();
            SqliteConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("OUTBOX_ROWS_KEEP") == "1")
                Console.WriteLine(F($"  kept {dir}"));
            else if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
        }
    }

    private static Task<long?> AddAsync(Stores store, long[] chats, string key)
    {
        var story = new NewStory(
            new NewArticle("perf:" + key, "c-" + key, Sources.Folder, key + ".txt", new Understanding
            {
                Headline = "Flash update " + key,
                Summary = "A summary of the article " + key + ".",
                KeyTimes = [],
                Topics = ["conflict"],
                IsAlert = true,
                Warnings = [],
                Body = "The body of the article " + key + ".",
            }),
            "folder",
            "s-" + key,
            MinHash: null,
            Bands: []);
        var now = DateTimeOffset.UtcNow;
        return store.Stories.AddStoryAsync(story, id =>
        {
            var rows = new List<NewDelivery>(chats.Length);
            foreach (var chat in chats)
                rows.Add(new NewDelivery(string.Create(CultureInfo.InvariantCulture, $"a:{id}:{chat}"), chat, DeliveryKind.Alert, now) { ArticleId = id });
            return rows;
        });
    }

    /// <summary>The sender's database work at a steady pace: every 100 ms a claim of up to <paramref name="batch"/> due rows, then the batch marked sent.</summary>
    private static async Task SendAsync(Stores store, int batch, Action<int> sent, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var claimed = await store.Outbox.ClaimDueAsync("perf", batch, TimeSpan.FromMinutes(2), TimeSpan.Zero, TimeSpan.Zero, ct);
                if (claimed.Count > 0)
                {
                    await store.Outbox.MarkSentAsync([.. claimed.Select(d => new SentMark(d.Id, d.ChatId, 1, "[1]", TimeSpan.Zero))], ct);
                    sent(claimed.Count);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
