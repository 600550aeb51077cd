using System.Diagnostics;
using System.Globalization;
using AlertBot;
using AlertBot.Storage;
using AlertBot.TestBotApi;
using Microsoft.Data.Sqlite;

// Load harness: one alert fanned out to many channels through the real host, the real Telegram.Bot client and
// the test Bot API server enforcing a global rate limit. Not an xunit project: run it by hand, in Release:
//   dotnet run -c Release --project tests/AlertBot.LoadTests -- fanout --chats 10000 --rate 1000
//   dotnet run -c Release --project tests/AlertBot.LoadTests -- fanout --chats 100000 --rate 1000 --audience private
// End-to-end verbs (Perf.cs): latency, moved-in, fanout1000, startup, startup-cold, ingest-sustained, soak.
if (args.Length > 0 && args[0] is "latency" or "moved-in" or "fanout1000" or "startup" or "startup-cold" or "ingest-sustained" or "soak")
    return await Perf.RunAsync(args);
if (args.Length > 0 && args[0] == "outbox-rows")
    return await OutboxRowsBench.RunAsync(Enumerable.Range(0, (args.Length - 1) / 2).ToDictionary(i => args[1 + (2 * i)].TrimStart('-'), i => args[2 + (2 * i)], StringComparer.Ordinal));

var options = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: fanout [--chats N] [--rate PER_SECOND] [--concurrency N] [--audience channels|private] | latency [--rate 10] [--seconds 30] [--chats 1] | moved-in [--count 20] [--rate 2] [--drop outside|inside|in-place] [--warmup 5] | fanout1000 [--chats 1000] [--rate 1000] | startup [--runs 5] | startup-cold [--runs 5] [--dll PATH] | ingest-sustained [--rates 100,200,400,800] [--seconds 20] [--chats 10] [--limit 30] [--spacing 0] [--provider sqlite|postgres] [--concurrency N] | soak [--minutes 3] [--rate 5] [--every 10] [--warmup 2] | outbox-rows [--chats 1000] [--articles 500] [--provider sqlite,postgres] [--sender 30] [--runs 1]");
    return 2;
}

return await Fanout.RunAsync(options);

/// <param name="Private">Private subscribers with keywords, excludes and circles (<see cref="AudienceSeed"/>) instead of channels subscribed to all.</param>
internal sealed record LoadOptions(int Chats, int Rate, int Concurrency, bool Private = false)
{
    public static LoadOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "fanout")
            return null;
        var o = new LoadOptions(10_000, 1_000, 256);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--audience")
            {
                o = o with { Private = args[i + 1] is "private" ? true : args[i + 1] is "channels" ? false : throw new ArgumentException("--audience channels|private") };
                continue;
            }

            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--chats" => o with { Chats = value },
                "--rate" => o with { Rate = value },
                "--concurrency" => o with { Concurrency = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return o;
    }
}

internal static class Fanout
{
    private const long FirstChannel = -1004000000000;

    public static async Task<int> RunAsync(LoadOptions o)
    {
        var root = Path.Combine(Path.GetTempPath(), "alertbot-load-" + Guid.NewGuid().ToString("N")[..8]);
        var articles = Path.Combine(root, "articles");
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(articles);
        // As Telegram: 30/s free, up to the rate (at most 1,000/s) for sends with allow_paid_broadcast.
        await using var server = await TestBotApiServer.StartAsync(new TestBotApiOptions { EnforceRateLimits = true, PaidBroadcastMessagesPerSecond = Math.Max(o.Rate, 30) });
        try
        {
            var setup = Stopwatch.StartNew();
            if (o.Private)
                await AudienceSeed.RegisterAsync(server, data, AudienceSeed.Chats(o.Chats));
            else
                await RegisterChannelsAsync(server, data, o.Chats);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"registered {o.Chats} {(o.Private ? "private subscribers (topics, keywords, excludes, circles)" : "channels")} in {setup.Elapsed.TotalSeconds:0.0} s"));
            using var claims = new AudienceSeed.ClaimTimes();

            var app = AlertBotApp.Build(
            [
                $"--Telegram:BotToken={server.Token}",
                $"--Telegram:ApiBaseUrl={server.BaseUrl}",
                "--Telegram:PollTimeoutSeconds=1",
                "--Telegram:AlertFormat=Html",
                .. Perf.RateArgs(o.Rate),
                $"--Telegram:MaxConcurrentSends={o.Concurrency}",
                $"--Articles:Path={articles}",
                $"--Storage:DataPath={data}",
                "--Urls=http://127.0.0.1:0",
                "--Logging:LogLevel:Default=Warning",
            ]);
            await app.StartAsync();
            try
            {
                GC.Collect();
                var baseline = Environment.WorkingSet;
                long peakWorkingSet = baseline, peakHeap = GC.GetTotalMemory(false);
                using var sampling = new CancellationTokenSource();
                var sampler = Task.Run(async () =>
                {
                    while (!sampling.IsCancellationRequested)
                    {
                        peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
                        peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                        await Task.Delay(50, CancellationToken.None);
                    }
                });

                var clock = Stopwatch.StartNew();
                var temp = Path.Combine(articles, ".flash.txt.tmp");
                await File.WriteAllTextAsync(temp, o.Private ? AudienceSeed.Article : Article);
                File.Move(temp, Path.Combine(articles, "flash.txt"));
                var limit = TimeSpan.FromSeconds(60 + (3.0 * o.Chats / o.Rate));
                var progress = Task.Run(async () =>
                {
                    while (!sampling.IsCancellationRequested)
                    {
                        await Task.Delay(1000, CancellationToken.None);
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {clock.Elapsed.TotalSeconds,5:0.0} s  accepted {server.Stats.MessagesAccepted}"));
                    }
                });
                try
                {
                    await server.WaitUntilAsync(s => s.Stats.MessagesAccepted >= o.Chats, limit);
                }
                finally
                {
                    await sampling.CancelAsync();
                    await Task.WhenAll(sampler, progress);
                }

                var total = clock.Elapsed;
                var sent = server.Sent;
                var first = sent.Min(m => m.AcceptedAt);
                var last = sent.Max(m => m.AcceptedAt);
                var span = (last - first).TotalSeconds;
                var rate = (sent.Count - 1) / span;
                var distinct = sent.Select(m => m.ChatId).Distinct().Count();
                var process = Process.GetCurrentProcess();
                var gc = GC.GetGCMemoryInfo();
                Console.WriteLine();
                Console.WriteLine("fan-out report");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  chats                      {o.Chats} (distinct chats reached {distinct}, messages accepted {sent.Count})"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  configured limit           {o.Rate}/s (server enforces it; Telegram:MaxMessagesPerSecond={o.Rate}, MaxConcurrentSends={o.Concurrency})"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  achieved rate              {rate:0.0}/s, first to last accepted over {span:0.00} s"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  of the limit               {100 * rate / o.Rate:0.0} %"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  429s from our own pace     {server.Stats.RateLimitExceeded}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  total time                 {total.TotalSeconds:0.00} s from the file drop to the last accepted message"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first message after drop   {(first - (DateTimeOffset.UtcNow - total)).TotalMilliseconds:0} ms (approx.)"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  working set                baseline {Mb(baseline)} MB, peak sampled {Mb(peakWorkingSet)} MB, process peak {Mb(process.PeakWorkingSet64)} MB (host and test server in one process)"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  managed heap               peak sampled {Mb(peakHeap)} MB, GC count gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, last GC heap {Mb(gc.HeapSizeBytes)} MB"));
                var paid = sent.Count(m => m.AllowPaidBroadcast);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  allow_paid_broadcast       on {paid} of {sent.Count} messages; beyond the free 30/s (charged) {server.Stats.PaidBroadcastMessages} = {server.Stats.PaidBroadcastMessages * 0.1:0.0} Stars; status estimated {AlertBot.Telegram.Deliver.PaidBroadcast.EstimatedStars(o.Chats, new AlertBot.Telegram.TelegramOptions { MaxMessagesPerSecond = o.Rate, AllowPaidBroadcast = o.Rate > 30 }):0.0} Stars for the {o.Chats} queued"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  claim path                 {claims.Summary()}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  server                     {server.Stats}"));
                var ok = distinct == o.Chats && sent.Count == o.Chats && rate >= 0.95 * o.Rate && server.Stats.RateLimitExceeded == 0
                    && paid == (o.Rate > 30 ? sent.Count : 0);
                Console.WriteLine(ok ? "PASS: >= 95 % of the limit, no self-caused 429, every chat exactly once" : "FAIL");
                return ok ? 0 : 1;
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static long Mb(long bytes) => bytes / (1024 * 1024);

    /// <summary>Channels subscribed to every alert, written straight into a fresh database in one transaction.</summary>
    private static async Task RegisterChannelsAsync(TestBotApiServer server, string dataPath, int count)
    {
        var database = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(dataPath));
        Migrator.MigrateUp(database);
        await using (var connection = await database.OpenAsync())
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await using var chat = connection.CreateCommand();
            chat.Transaction = tx;
            chat.CommandText = "INSERT INTO chats (id, type, title, enabled, mode, time_zone, quiet_policy, next_send_ms, created_ms, updated_ms) VALUES ($id, 'channel', $title, 1, 'instant', 'Etc/UTC', 'hold', 0, 0, 0)";
            var id = chat.CreateParameter();
            id.ParameterName = "$id";
            var title = chat.CreateParameter();
            title.ParameterName = "$title";
            chat.Parameters.Add(id);
            chat.Parameters.Add(title);
            await using var topic = connection.CreateCommand();
            topic.Transaction = tx;
            topic.CommandText = "INSERT INTO chat_topics (chat_id, topic) VALUES ($id, 'all')";
            var topicId = topic.CreateParameter();
            topicId.ParameterName = "$id";
            topic.Parameters.Add(topicId);
            for (var i = 0; i < count; i++)
            {
                var chatId = FirstChannel - i;
                var name = "Channel " + i.ToString(CultureInfo.InvariantCulture);
                server.AddChannel(chatId, name);
                id.Value = chatId;
                title.Value = name;
                topicId.Value = chatId;
                await chat.ExecuteNonQueryAsync();
                await topic.ExecuteNonQueryAsync();
            }

            await tx.CommitAsync();
        }

        await database.DisposeAsync();
    }

    private const string Article =
        """
        Flash Update: Convoy Attacked Near Border Crossing

        A supply convoy was attacked near the border crossing on Monday, officials said.

        At 1530 UTC on June 3rd, 2024, the first vehicles were hit by an explosive device.
        """;
}
