using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using AlertBot;
using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.TestBotApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

// End-to-end performance verbs (issue 8): latency, fanout1000, startup, startup-cold, ingest-sustained, soak.
// Every verb runs the real host in this process against the test Bot API server, in a temp folder.
internal static class Perf
{
    /// <summary>How an article gets into ./articles.</summary>
    internal enum Drop
    {
        /// <summary>Written as a dot-file inside the folder, then renamed (FileSystemWatcher: Renamed).</summary>
        RenamedWithin,

        /// <summary>Written and fsync'd in a staging folder outside, then renamed in (inotify IN_MOVED_TO; FileSystemWatcher: Created).</summary>
        FromOutside,

        /// <summary>Written under its final name: read once it has settled.</summary>
        InPlace,
    }

    private const long FirstChannel = -1005000000000;

    public static async Task<int> RunAsync(string[] args)
    {
        var opts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
            opts[args[i].TrimStart('-')] = args[i + 1];
        int Int(string key, int fallback) => opts.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        double Dbl(string key, double fallback) => opts.TryGetValue(key, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return args[0] switch
        {
            "latency" => await LatencyAsync(Int("rate", 10), Int("seconds", 30), Int("chats", 1)),
            "moved-in" => await MovedInAsync(Int("count", 20), Int("rate", 2), opts.GetValueOrDefault("drop", "outside"), Int("warmup", 5)),
            "fanout1000" => await Fanout1000Async(Int("chats", 1000), Int("rate", 1000)),
            "startup" => await StartupAsync(Int("runs", 5)),
            "startup-cold" => await StartupColdAsync(Int("runs", 5), opts.GetValueOrDefault("dll")),
            "ingest-sustained" => await SustainedAsync(opts.TryGetValue("rates", out var r) ? [.. r.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : opts.TryGetValue("rate", out var one) ? [int.Parse(one, CultureInfo.InvariantCulture)] : [100, 200, 400, 800], Int("seconds", 20), Int("chats", 10), Int("limit", 30), Int("spacing", 0) != 0, opts.GetValueOrDefault("provider", "sqlite"), Int("concurrency", 0)),
            "soak" => await SoakAsync(Dbl("minutes", 3), Int("rate", 5), Int("every", 10), Dbl("warmup", 2), Int("archive", 0) != 0),
            _ => 2,
        };
    }

    // ---------------------------------------------------------------- latency

    private static async Task<int> LatencyAsync(int rate, int seconds, int chats)
    {
        await using var server = await TestBotApiServer.StartAsync(new TestBotApiOptions());
        await using var h = await Host.StartAsync(server, chats, "--Telegram:GroupChatInterval=00:00:00", "--Telegram:PrivateChatInterval=00:00:00");
        var count = rate * seconds;
        var dropped = await h.DropPacedAsync(rate, count, "lat");
        await server.WaitUntilAsync(s => s.Stats.MessagesAccepted >= count * chats, TimeSpan.FromSeconds(60));
        var latencies = Match(server.Sent, dropped, first: true);
        Console.WriteLine(F($"latency: {chats} channel chat(s), GroupChatInterval=PrivateChatInterval=0, no server rate limit, {rate} articles/s for {seconds} s"));
        Report("rename -> sendMessage accepted", latencies);
        Console.WriteLine(F($"  ingest outcomes {h.Outcomes()}"));
        return latencies.Count == count ? 0 : 1;
    }

    // ---------------------------------------------------------------- moved in from another folder (issue 20)

    /// <summary>
    /// The atomic drop: each article written in a staging folder beside ./articles, fsync'd, renamed in (<c>--drop outside</c>);
    /// or renamed within ./articles from a dot-file (<c>inside</c>), or written in place (<c>in-place</c>, waits the settle time).
    /// </summary>
    private static async Task<int> MovedInAsync(int count, int rate, string drop, int warmup)
    {
        await using var server = await TestBotApiServer.StartAsync(new TestBotApiOptions());
        await using var h = await Host.StartAsync(server, 1, "--Telegram:GroupChatInterval=00:00:00", "--Telegram:PrivateChatInterval=00:00:00");
        var how = drop switch
        {
            "outside" => Drop.FromOutside,
            "inside" => Drop.RenamedWithin,
            "in-place" => Drop.InPlace,
            _ => throw new ArgumentException("--drop outside|inside|in-place", nameof(drop)),
        };
        // A few articles first, not counted: the host's first articles pay for JIT and first connections on every path alike.
        await h.DropPacedAsync(rate, warmup, "warm", how: how);
        await server.WaitUntilAsync(s => s.Stats.MessagesAccepted >= warmup, TimeSpan.FromSeconds(60));
        var dropped = await h.DropPacedAsync(rate, count, "mv", how: how);
        await server.WaitUntilAsync(s => s.Stats.MessagesAccepted >= warmup + count, TimeSpan.FromSeconds(60));
        var latencies = Match(server.Sent, dropped, first: true);
        Console.WriteLine(F($"moved-in: 1 channel, {count} articles at {rate}/s after {warmup} warm-up articles, dropped {drop} (Articles:SettleTime default)"));
        Report(how == Drop.InPlace ? "write -> sendMessage accepted" : "rename -> sendMessage accepted", latencies);
        Console.WriteLine(F($"  ingest outcomes {h.Outcomes()}"));
        return latencies.Count == count ? 0 : 1;
    }

    // ---------------------------------------------------------------- fan-out to 1,000

    private static async Task<int> Fanout1000Async(int chats, int rate)
    {
        await using var server = await TestBotApiServer.StartAsync(new TestBotApiOptions { EnforceRateLimits = true, PaidBroadcastMessagesPerSecond = rate });
        await using var h = await Host.StartAsync(server, chats, [.. RateArgs(rate), "--Telegram:MaxConcurrentSends=256"]);
        var dropped = await h.DropPacedAsync(1, 1, "fan");
        await server.WaitUntilAsync(s => s.Stats.MessagesAccepted >= chats, TimeSpan.FromSeconds(60 + (3.0 * chats / rate)));
        var at = dropped.Values.Single();
        var sent = server.Sent;
        var first = (sent.Min(m => m.AcceptedAt) - at).TotalMilliseconds;
        var last = (sent.Max(m => m.AcceptedAt) - at).TotalMilliseconds;
        Console.WriteLine(F($"fanout1000: one article to {chats} channels, server and bot limit {rate}/s"));
        Console.WriteLine(F($"  messages accepted {sent.Count}, distinct chats {sent.Select(m => m.ChatId).Distinct().Count()}, 429s {server.Stats.RateLimitExceeded}"));
        Console.WriteLine(F($"  first delivery {first:0} ms after the rename, last {last:0} ms"));
        return sent.Count == chats ? 0 : 1;
    }

    // ---------------------------------------------------------------- start-up

    private static async Task<int> StartupAsync(int runs)
    {
        await using var server = await TestBotApiServer.StartAsync(new TestBotApiOptions());
        using var http = new HttpClient();
        var fresh = new List<(double Started, double Ready)>();
        var existing = new List<(double Started, double Ready)>();
        var root = Host.NewRoot();
        try
        {
            var seeded = await SeedAsync(server, root);
            for (var run = 0; run < runs; run++)
            {
                fresh.Add(await TimeStartAsync(server, http, Path.Combine(root, "fresh" + run.ToString(CultureInfo.InvariantCulture))));
                existing.Add(await TimeStartAsync(server, http, seeded));
            }
        }
        finally
        {
            Host.Delete(root);
        }

        Console.WriteLine(F($"startup: Build + StartAsync, then first 200 from GET /health/ready; {runs} runs each (the first fresh run includes JIT warm-up of this process)"));
        foreach (var (name, list) in new[] { ("fresh data folder", fresh), ("existing DB (10 chats, 1,000 articles)", existing) })
        {
            Console.WriteLine(F($"  {name,-40} StartAsync median {Median(list.Select(x => x.Started)):0} ms, ready median {Median(list.Select(x => x.Ready)):0} ms, runs [{string.Join(", ", list.Select(x => x.Ready.ToString("0", CultureInfo.InvariantCulture)))}] ms"));
        }

        return 0;
    }

    /// <summary>One DB with 10 chats and 1,000 stored articles, for the "existing DB" runs; returns its root folder.</summary>
    private static async Task<string> SeedAsync(TestBotApiServer server, string root)
    {
        var seeded = Path.Combine(root, "seeded");
        await using var seed = await Host.StartAsync(server, 10, seeded, []);
        await seed.DropPacedAsync(1000, 1000, "seed");
        await seed.WaitStoredAsync(1000, TimeSpan.FromSeconds(60));
        return seeded;
    }

    private static async Task<(double, double)> TimeStartAsync(TestBotApiServer server, HttpClient http, string root)
    {
        var clock = Stopwatch.StartNew();
        var app = AlertBotApp.Build([.. Host.Args(server, root)]);
        await app.StartAsync();
        var started = clock.Elapsed.TotalMilliseconds;
        var url = app.Urls.First().TrimEnd('/') + "/health/ready";
        while (true)
        {
            using var response = await http.GetAsync(url);
            if (response.IsSuccessStatusCode)
                break;
            await Task.Delay(5);
        }

        var ready = clock.Elapsed.TotalMilliseconds;
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        return (started, ready);
    }

    // ---------------------------------------------------------------- cold start-up

    // The real host as its own OS process (`dotnet AlertBot.dll`), as deployed: from Process.Start to the first 200
    // from GET /health/ready. Each child is stopped with SIGTERM (killed if it lingers) before the next run.
    private static async Task<int> StartupColdAsync(int runs, string? dll)
    {
        dll = Path.GetFullPath(dll ?? FindAppDll());
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"No {dll}: build it first (dotnet build src/AlertBot -c Release) or pass --dll PATH.");
            return 2;
        }

        await using var server = await TestBotApiServer.StartAsync(new TestBotApiOptions());
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var fresh = new List<ColdRun>();
        var existing = new List<ColdRun>();
        var root = Host.NewRoot();
        try
        {
            var seeded = await SeedAsync(server, root);
            for (var run = 0; run < runs; run++)
            {
                fresh.Add(await TimeColdStartAsync(server, http, dll, Path.Combine(root, "fresh" + run.ToString(CultureInfo.InvariantCulture))));
                existing.Add(await TimeColdStartAsync(server, http, dll, seeded));
            }
        }
        finally
        {
            Host.Delete(root);
        }

        Console.WriteLine(F($"startup-cold: dotnet {dll}, DOTNET_gcServer={Environment.GetEnvironmentVariable("DOTNET_gcServer") ?? "0"}; Process.Start to the first 200 from GET /health/ready; {runs} runs each, alternating"));
        foreach (var (name, list) in new[] { ("fresh data folder", fresh), ("existing DB (10 chats, 1,000 articles)", existing) })
        {
            Console.WriteLine(F($"  {name,-40} ready median {Median(list.Select(x => x.Ready)):0} ms (first HTTP answer median {Median(list.Select(x => x.Listening)):0} ms, stop median {Median(list.Select(x => x.Stopped)):0} ms)"));
            Console.WriteLine(F($"  {"",-40} runs ready [{string.Join(", ", list.Select(x => x.Ready.ToString("0", CultureInfo.InvariantCulture)))}] ms, first answer [{string.Join(", ", list.Select(x => x.Listening.ToString("0", CultureInfo.InvariantCulture)))}] ms"));
        }

        return 0;
    }

    private readonly record struct ColdRun(double Listening, double Ready, double Stopped);

    private static async Task<ColdRun> TimeColdStartAsync(TestBotApiServer server, HttpClient http, string dll, string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        var url = F($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in Host.Args(server, root, url))
            start.ArgumentList.Add(arg);
        // As the Dockerfile runs it, unless the caller chose otherwise.
        if (Environment.GetEnvironmentVariable("DOTNET_gcServer") is null)
            start.Environment["DOTNET_gcServer"] = "0";

        var output = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        using var guard = new ChildGuard(child);
        child.OutputDataReceived += (_, e) => Keep(output, e.Data);
        child.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        double? listening = null;
        while (true)
        {
            if (child.HasExited)
                throw new InvalidOperationException(F($"AlertBot exited with {child.ExitCode} before it was ready: {string.Join(" | ", output)}"));
            if (clock.Elapsed > TimeSpan.FromSeconds(60))
                throw new TimeoutException(F($"AlertBot not ready within 60 s: {string.Join(" | ", output)}"));
            try
            {
                using var response = await http.GetAsync(url + "/health/ready");
                listening ??= clock.Elapsed.TotalMilliseconds;
                if (response.IsSuccessStatusCode)
                    break;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(5);
        }

        var ready = clock.Elapsed.TotalMilliseconds;
        var stopped = await guard.StopAsync();
        SqliteConnection.ClearAllPools();
        return new ColdRun(listening.Value, ready, stopped);

        static void Keep(ConcurrentQueue<string> lines, string? line)
        {
            if (line is null)
                return;
            lines.Enqueue(line);
            while (lines.Count > 20)
                lines.TryDequeue(out _);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>src/AlertBot/bin/Release/net10.0/AlertBot.dll in the first folder above this program that has one.</summary>
    private static string FindAppDll()
    {
        var relative = Path.Combine("src", "AlertBot", "bin", "Release", "net10.0", "AlertBot.dll");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
                return candidate;
        }

        return relative;
    }

    /// <summary>
    /// Owns a child process: stops it (SIGTERM, then kill after 10 s) when disposed, and kills it if this
    /// process exits first (an exception, Ctrl+C, SIGTERM), so no child outlives the harness.
    /// </summary>
    private sealed class ChildGuard : IDisposable
    {
        private readonly Process _child;

        public ChildGuard(Process child)
        {
            _child = child;
            AppDomain.CurrentDomain.ProcessExit += OnExit;
            Console.CancelKeyPress += OnExit;
        }

        /// <summary>Asks the child to stop as Docker would; returns how long it took, in ms.</summary>
        public async Task<double> StopAsync()
        {
            var clock = Stopwatch.StartNew();
            if (!_child.HasExited)
            {
                using (var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", _child.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
                    await term!.WaitForExitAsync();
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await _child.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                    Kill();
                }
            }

            return clock.Elapsed.TotalMilliseconds;
        }

        public void Dispose()
        {
            AppDomain.CurrentDomain.ProcessExit -= OnExit;
            Console.CancelKeyPress -= OnExit;
            Kill();
        }

        private void OnExit(object? sender, EventArgs e) => Kill();

        private void Kill()
        {
            try
            {
                if (!_child.HasExited)
                {
                    _child.Kill(entireProcessTree: true);
                    _child.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }

    // ---------------------------------------------------------------- sustained ingest

    /// <summary>
    /// Ingest (read, understand, route, store the article with its outbox rows) at a fixed drop rate while the
    /// sender delivers under a bot limit. With Telegram's real limit (30/s) any rate over 3 articles/s to 10
    /// chats grows the outbox by design, so the figure that matters is whether ingest keeps up with the drops
    /// and the sender keeps its limit as the outbox grows. <c>--limit 0</c> lifts every limit (and per-chat
    /// spacing) to measure the whole pipeline instead; then each chat's messages go one at a time, in order.
    /// <c>--provider postgres</c> runs the host on a throwaway PostgreSQL server (the storage tests' <c>PostgresServer</c>,
    /// fsync off as there), a fresh database per rate; <c>--concurrency N</c> sets <c>Articles:Concurrency</c>.
    /// </summary>
    private static async Task<int> SustainedAsync(int[] rates, int seconds, int chats, int limit, bool spacing, string provider, int concurrency)
    {
        if (provider == "sqlite")
            return await SustainedOnAsync(rates, seconds, chats, limit, spacing, null, concurrency);
        if (provider != "postgres")
            throw new ArgumentException("--provider sqlite|postgres", nameof(provider));
        var postgres = new AlertBot.Storage.Tests.PostgresServer();
        try
        {
            await postgres.InitializeAsync();
            return await SustainedOnAsync(rates, seconds, chats, limit, spacing, postgres, concurrency);
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static async Task<int> SustainedOnAsync(int[] rates, int seconds, int chats, int limit, bool spacing, AlertBot.Storage.Tests.PostgresServer? postgres, int concurrency)
    {
        var unlimited = limit <= 0;
        // Unlimited: the server enforces nothing and the bot goes as fast as paid broadcast lets it (1,000/s).
        var botLimit = unlimited ? 1000 : limit;
        Console.WriteLine(F($"ingest-sustained: {chats} channels subscribed to all; {(unlimited ? "no limits, intervals 0" : $"bot limit {limit}/s enforced by the test server{(spacing ? ", Telegram's per-channel spacing (3 s)" : "")}")}; {seconds} s per rate, a fresh host per rate; {(postgres is null ? "SQLite" : "PostgreSQL (fsync off)")}{(concurrency > 0 ? F($", Articles:Concurrency={concurrency}") : "")}; load average {OutboxRowsBench.LoadAverage()}"));
        var failed = 0;
        foreach (var rate in rates)
        {
            await using var server = await TestBotApiServer.StartAsync(new TestBotApiOptions { EnforceRateLimits = !unlimited, GlobalMessagesPerSecond = Math.Min(botLimit, 30), PaidBroadcastMessagesPerSecond = botLimit, GroupMessagesPerMinute = 100_000 });
            string[] extra = unlimited
                ? ["--Telegram:GroupChatInterval=00:00:00", "--Telegram:PrivateChatInterval=00:00:00", .. RateArgs(botLimit), "--Telegram:MaxConcurrentSends=256"]
                : spacing
                    ? RateArgs(botLimit)
                    : ["--Telegram:GroupChatInterval=00:00:00", .. RateArgs(botLimit)];
            if (postgres is not null)
                extra = [.. extra, "--Storage:Provider=Postgres", "--ConnectionStrings:AlertBot=" + await postgres.CreateDatabaseAsync()];
            if (concurrency > 0)
                extra = [.. extra, F($"--Articles:Concurrency={concurrency}")];
            await using var h = await Host.StartAsync(server, chats, extra);
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var count = rate * seconds;
            await h.DropPacedAsync(rate, count, "sus" + rate.ToString(CultureInfo.InvariantCulture));
            var dropWindow = clock.Elapsed.TotalSeconds;
            var processedAtEnd = h.Processed;
            var sentAtEnd = server.Stats.MessagesAccepted;
            var cpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var allIn = true;
            try
            {
                await h.WaitStoredAsync(count, TimeSpan.FromSeconds(120));
            }
            catch (TimeoutException)
            {
                allIn = false;
            }

            var storedAfter = clock.Elapsed.TotalSeconds;
            var drained = "";
            if (unlimited)
            {
                try
                {
                    await server.WaitUntilAsync(s => s.Stats.MessagesAccepted >= (long)h.Stored * chats, TimeSpan.FromSeconds(120));
                    drained = F($"; every message sent after {clock.Elapsed.TotalSeconds:0.0} s");
                }
                catch (TimeoutException)
                {
                    drained = "; messages NOT all sent 120 s later";
                }
            }
            else
            {
                // Sample the sender for a few seconds with the outbox at its fullest.
                var before = server.Stats.MessagesAccepted;
                var sample = Stopwatch.StartNew();
                await Task.Delay(TimeSpan.FromSeconds(5));
                drained = F($"; sender with {(long)h.Stored * chats - server.Stats.MessagesAccepted} rows queued: {(server.Stats.MessagesAccepted - before) / sample.Elapsed.TotalSeconds:0.0} messages/s (limit {limit}), 429s {server.Stats.RateLimitExceeded}");
            }

            // Kept up: the last file was stored within a second of landing, so the queue never grew beyond a second's worth.
            var keptUp = allIn && storedAfter - dropWindow < 1.0;
            if (!keptUp)
                failed++;
            Console.WriteLine(F($"  target {rate,4}/s: dropped {count} in {dropWindow:0.0} s; ingest backlog at the end of the drops {count - processedAtEnd}, all stored {storedAfter - dropWindow:0.00} s after the last drop{(allIn ? "" : " (NOT all stored in 120 s)")} => {(keptUp ? "kept up" : "FELL BEHIND")}; CPU {cpuUsed / dropWindow:0.00} cores during the drops; messages sent during the drops {sentAtEnd} ({sentAtEnd / dropWindow:0}/s){drained}; outcomes {h.Outcomes()}"));
            Console.WriteLine(F($"           working set {Environment.WorkingSet / 1048576} MB, peak {process.PeakWorkingSet64 / 1048576} MB"));
        }

        return failed == 0 ? 0 : 1;
    }

    // ---------------------------------------------------------------- soak

    // Each sample first forces a full blocking compacting collection, so it reads live managed bytes, not garbage
    // not yet collected. The test server keeps no history beyond the last few messages, and the harness keeps only
    // the drop time of articles not yet delivered and one latency per article, so what grows is the host's.
    // With --archive 1, ingested files are moved out of the watched folder (Articles:ArchivePath), as in production
    // with an archive; without it they stay, and the watcher remembers each one.
    private static async Task<int> SoakAsync(double minutes, int rate, int every, double warmupMinutes, bool archive)
    {
        const int chats = 10;
        var count = (int)(rate * minutes * 60);
        var pending = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        var latencies = new List<double>(count);
        var options = new TestBotApiOptions
        {
            RetainMessages = false,
            RecentHistory = 200,
            // Runs under the server's lock, so one writer at a time; the first delivery of an article removes it from pending.
            OnAccepted = m =>
            {
                if (Token(m.Text) is { } token && pending.TryRemove(token, out var at))
                    latencies.Add((m.AcceptedAt - at).TotalMilliseconds);
            },
        };
        await using var server = await TestBotApiServer.StartAsync(options);
        var archivePath = archive ? Host.NewRoot() : null;
        try
        {
            // Rate x 10 chats may exceed the default 30 messages/s: the bot's own limit is lifted (paid broadcast, 1,000/s) so the soak measures the host, not the pacing.
            await using var h = await Host.StartAsync(server, chats, ["--Telegram:GroupChatInterval=00:00:00", "--Telegram:PrivateChatInterval=00:00:00", .. RateArgs(1000), "--Articles:ArchivePath=" + archivePath]);
            Console.WriteLine(F($"soak: {minutes} min at {rate} articles/s, {chats} channels, intervals 0, archive {(archive ? "on" : "off")}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC ({System.Runtime.GCSettings.LatencyMode}); a sample every {every} s after a forced full compacting GC"));
            var samples = new List<SoakSample>((int)(minutes * 60 / every) + 16);
            var forced = new int[3];
            var clock = Stopwatch.StartNew();
            void Sample()
            {
                var before = Collections();
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var live = GC.GetTotalMemory(forceFullCollection: true);
                var after = Collections();
                for (var g = 0; g < 3; g++)
                    forced[g] += after[g] - before[g];
                var sample = new SoakSample(clock.Elapsed.TotalSeconds, live, GC.GetGCMemoryInfo().HeapSizeBytes, Environment.WorkingSet);
                samples.Add(sample);
                Console.WriteLine(F($"  {sample.T,6:0} s  live {sample.Live / 1048576.0,6:0.00} MB  heap {sample.Heap / 1048576.0,6:0.00} MB  working set {Mb(sample.Ws),4} MB  stored {h.Stored}  sent {server.Stats.MessagesAccepted}  delivered {latencies.Count}"));
            }

            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    Sample();
                    try
                    {
                        await Task.Delay(TimeSpan.FromSeconds(every), stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
            });
            await h.DropPacedAsync(rate, count, "soak", (token, at) => pending[token] = at);
            try
            {
                await server.WaitUntilAsync(s => s.Stats.MessagesAccepted >= count * chats, TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException)
            {
                Console.WriteLine(F($"  NOT all sent within 60 s of the last drop: {server.Stats.MessagesAccepted} of {count * chats}"));
            }

            await stop.CancelAsync();
            await sampler;
            Sample();
            var total = Collections();
            var after = samples.Where(x => x.T >= warmupMinutes * 60).ToList();
            Console.WriteLine(F($"soak summary: {count} articles, {server.Stats.MessagesAccepted} messages accepted, {samples.Count} samples over {clock.Elapsed.TotalMinutes:0.0} min; ingest outcomes {h.Outcomes()}"));
            Console.WriteLine(F($"  server: {server.Stats}"));
            Console.WriteLine(F($"  live managed  start {samples[0].Live / 1048576.0:0.00} MB, end {samples[^1].Live / 1048576.0:0.00} MB, max {samples.Max(x => x.Live) / 1048576.0:0.00} MB"));
            Console.WriteLine(F($"  GC heap size  start {samples[0].Heap / 1048576.0:0.00} MB, end {samples[^1].Heap / 1048576.0:0.00} MB, max {samples.Max(x => x.Heap) / 1048576.0:0.00} MB (after the forced GC; includes fragmentation)"));
            Console.WriteLine(F($"  working set   start {Mb(samples[0].Ws)} MB, end {Mb(samples[^1].Ws)} MB, max {Mb(samples.Max(x => x.Ws))} MB; peak {Mb(Process.GetCurrentProcess().PeakWorkingSet64)} MB"));
            Console.WriteLine(F($"  slope from minute {warmupMinutes:0.#} to the end ({after.Count} samples, least squares): live {Slope(after, x => x.Live) * 60 / 1048576:+0.000;-0.000} MB/min, working set {Slope(after, x => x.Ws) * 60 / 1048576:+0.000;-0.000} MB/min"));
            Console.WriteLine(F($"  GCs gen0/1/2 {total[0]}/{total[1]}/{total[2]}, of which forced by the sampling {forced[0]}/{forced[1]}/{forced[2]}; total GC pause {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms"));
            Console.WriteLine(F($"  first deliveries matched {latencies.Count} of {count}; {pending.Count} article(s) never delivered"));
            Report("first delivery latency over the soak", latencies);
            return 0;
        }
        finally
        {
            if (archivePath is not null)
                Host.Delete(archivePath);
        }
    }

    private readonly record struct SoakSample(double T, long Live, long Heap, long Ws);

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    /// <summary>Least-squares slope of <paramref name="y"/> per second of sample time.</summary>
    private static double Slope(List<SoakSample> samples, Func<SoakSample, long> y)
    {
        if (samples.Count < 2)
            return double.NaN;
        var mt = samples.Average(x => x.T);
        var my = samples.Average(x => (double)y(x));
        var num = samples.Sum(x => (x.T - mt) * (y(x) - my));
        var den = samples.Sum(x => (x.T - mt) * (x.T - mt));
        return num / den;
    }

    // ---------------------------------------------------------------- helpers

    private static List<double> Match(IReadOnlyList<SentMessage> sent, Dictionary<string, DateTimeOffset> dropped, bool first)
    {
        var byToken = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in sent)
        {
            var token = Token(m.Text);
            if (token is null || !dropped.ContainsKey(token))
                continue;
            if (!byToken.TryGetValue(token, out var seen) || (first ? m.AcceptedAt < seen : m.AcceptedAt > seen))
                byToken[token] = m.AcceptedAt;
        }

        return [.. byToken.Select(kv => (kv.Value - dropped[kv.Key]).TotalMilliseconds)];
    }

    private static string? Token(string text)
    {
        var i = text.IndexOf("Zx", StringComparison.OrdinalIgnoreCase);
        if (i < 0)
            return null;
        var end = i + 2;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            end++;
        return text[i..end];
    }

    private static void Report(string what, List<double> ms)
    {
        if (ms.Count == 0)
        {
            Console.WriteLine("  no deliveries matched");
            return;
        }

        ms.Sort();
        double P(double p) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(p * ms.Count) - 1)];
        Console.WriteLine(F($"  {what}: n={ms.Count} p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms, max {ms[^1]:0.0} ms, min {ms[0]:0.0} ms"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
    }

    private static long Mb(long bytes) => bytes / 1048576;

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>The bot's rate; above Telegram's free 30/s only with paid broadcast, as the options insist.</summary>
    internal static string[] RateArgs(int rate) => rate > 30
        ? [F($"--Telegram:MaxMessagesPerSecond={rate}"), "--Telegram:AllowPaidBroadcast=true"]
        : [F($"--Telegram:MaxMessagesPerSecond={rate}")];

    /// <summary>The host, its folders, and the ingest outcomes counted by a MeterListener.</summary>
    private sealed class Host : IAsyncDisposable
    {
        private static readonly string[] Places = ["Kharkiv", "Gaza", "Sudan", "Taipei", "Caracas", "Manila", "Lagos", "Beirut", "Quito", "Dhaka", "Nairobi", "Tbilisi", "Yerevan", "Bamako", "Aden", "Mosul", "Goma", "Lima", "Hanoi", "Kabul"];
        private static readonly string[] Events = ["Convoy Attacked", "Earthquake Strikes", "Explosion Reported", "Flooding Hits", "Protest Erupts", "Ceasefire Collapses", "Fire Breaks Out", "Bridge Collapses", "Power Outage Spreads", "Airport Closed"];
        private static readonly string[] Words = ["officials", "said", "police", "army", "residents", "witnesses", "hospital", "minister", "reported", "dozens", "injured", "killed", "evacuated", "roads", "closed", "overnight", "morning", "spokesman", "confirmed", "emergency", "teams", "rescue", "northern", "southern", "district", "province", "capital", "border", "crossing", "market", "station", "village", "thousands", "fled", "damage", "heavy", "shelling", "rain", "storm", "warned", "government", "rebels", "troops", "aid", "agency", "statement", "local", "media", "footage", "showed"];

        private readonly WebApplication _app;
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, int> _outcomes = new(StringComparer.Ordinal);
        private readonly string? _ownedRoot;
        private int _processed;
        private int _stored;

        private Host(WebApplication app, string root, string? ownedRoot)
        {
            _app = app;
            Root = root;
            _ownedRoot = ownedRoot;
            _listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "AlertBot" && instrument.Name == "alertbot.articles.ingested")
                    l.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                var outcome = "?";
                foreach (var t in tags)
                {
                    if (t.Key == "outcome")
                        outcome = t.Value?.ToString() ?? "?";
                }

                _outcomes.AddOrUpdate(outcome, (int)value, (_, v) => v + (int)value);
                // "duplicate" is a file read again (a folder rescan), not a new article: not counted as processed.
                if (outcome != "duplicate")
                    Interlocked.Add(ref _processed, (int)value);
                if (outcome == "stored")
                    Interlocked.Add(ref _stored, (int)value);
            });
            _listener.Start();
        }

        public string Root { get; }
        public string Articles => Path.Combine(Root, "articles");
        public int Processed => Volatile.Read(ref _processed);
        public int Stored => Volatile.Read(ref _stored);

        public string Outcomes() => string.Join(", ", _outcomes.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value.ToString(CultureInfo.InvariantCulture)));

        public static string NewRoot() => Path.Combine(Path.GetTempPath(), "alertbot-perf-" + Guid.NewGuid().ToString("N")[..8]);

        public static List<string> Args(TestBotApiServer server, string root, string urls = "http://127.0.0.1:0") =>
        [
            $"--Articles:Path={Path.Combine(root, "articles")}",
            $"--Storage:DataPath={Path.Combine(root, "data")}",
            $"--Urls={urls}",
            $"--Scheduling:SchedulerName=perf-{Guid.NewGuid():N}",
            "--Logging:LogLevel:Default=Warning",
            $"--Telegram:BotToken={server.Token}",
            $"--Telegram:ApiBaseUrl={server.BaseUrl}",
            "--Telegram:PollTimeoutSeconds=1",
            "--Telegram:AlertFormat=Html",
        ];

        public static Task<Host> StartAsync(TestBotApiServer server, int chats, params string[] extra) => StartAsync(server, chats, null, extra);

        public static async Task<Host> StartAsync(TestBotApiServer server, int chats, string? root, string[] extra)
        {
            var owned = root is null ? NewRoot() : null;
            root ??= owned!;
            Directory.CreateDirectory(Path.Combine(root, "articles"));
            var app = AlertBotApp.Build([.. Args(server, root), .. extra]);
            var host = new Host(app, root, owned);
            await app.StartAsync();
            var store = app.Services.GetRequiredService<Stores>();
            for (var i = 0; i < chats; i++)
            {
                var id = FirstChannel - i;
                var title = "Perf channel " + i.ToString(CultureInfo.InvariantCulture);
                server.AddChannel(id, title);
                await store.Chats.SaveChatAsync(new ChatSettings { Id = id, Kind = ChatKind.Channel, Title = title, Topics = new HashSet<string>(StringComparer.Ordinal) { "all" } });
            }

            return host;
        }

        /// <summary>
        /// Drops <paramref name="count"/> unique articles at <paramref name="rate"/> per second; returns token → rename time,
        /// or, when <paramref name="dropped"/> is given, hands each pair to it instead and returns an empty map.
        /// </summary>
        public async Task<Dictionary<string, DateTimeOffset>> DropPacedAsync(int rate, int count, string prefix, Action<string, DateTimeOffset>? dropped = null, Drop how = Drop.RenamedWithin)
        {
            var staging = Path.Combine(Root, "staging");
            Directory.CreateDirectory(staging);
            var result = new Dictionary<string, DateTimeOffset>(count, StringComparer.OrdinalIgnoreCase);
            var clock = Stopwatch.StartNew();
            var random = new Random(prefix.GetHashCode(StringComparison.Ordinal));
            for (var i = 0; i < count; i++)
            {
                var due = TimeSpan.FromSeconds((double)i / rate);
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.FromMilliseconds(1))
                    await Task.Delay(wait);
                var token = "Zx" + prefix + i.ToString(CultureInfo.InvariantCulture) + "q" + random.Next(100_000).ToString(CultureInfo.InvariantCulture);
                var name = token + ".txt";
                var final = Path.Combine(Articles, name);
                var temp = how switch
                {
                    Drop.FromOutside => Path.Combine(staging, name),
                    Drop.InPlace => final,
                    _ => Path.Combine(Articles, "." + name + ".tmp"),
                };
                await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                {
                    await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Article(token, random)));
                    if (how == Drop.FromOutside)
                        file.Flush(flushToDisk: true);
                }

                // From the rename (or the written file's close): the clock is read before the move, which can be
                // handled before File.Move returns to this thread.
                var at = DateTimeOffset.UtcNow;
                if (how != Drop.InPlace)
                    File.Move(temp, final);
                if (dropped is null)
                    result[token] = at;
                else
                    dropped(token, at);
            }

            return result;
        }

        public async Task WaitStoredAsync(int processed, TimeSpan timeout)
        {
            var clock = Stopwatch.StartNew();
            while (Processed < processed)
            {
                if (clock.Elapsed > timeout)
                    throw new TimeoutException(F($"processed {Processed} of {processed}"));
                await Task.Delay(20);
            }
        }

        private static string Article(string token, Random random)
        {
            string Pick(string[] from) => from[random.Next(from.Length)];
            var body = string.Join(' ', Enumerable.Range(0, 40).Select(_ => Pick(Words)));
            var more = string.Join(' ', Enumerable.Range(0, 30).Select(_ => Pick(Words)));
            var place = Pick(Places);
            return F($"""
                Flash Update: {Pick(Events)} Near {place} {token}

                {body}.

                At {random.Next(10, 23)}{random.Next(10, 59)} UTC in {place}, {more}.
                """);
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Dispose();
            await _app.StopAsync();
            await _app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            if (_ownedRoot is not null)
                Delete(_ownedRoot);
        }

        public static void Delete(string root)
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
