using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using AlertBot.Core.Route;
using AlertBot.Storage;
using AlertBot.TestBotApi;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace AlertBot.Tests.Deliver;

/// <summary>
/// The host as its own process, killed hard in the middle of a fan-out and started again on the same
/// database: no chat is lost, and nothing recorded as sent is sent again. The only possible duplicates are
/// sends that were in flight at the kill (accepted by Telegram, not yet recorded): the documented unknown outcome.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Chats = 300;
    private const int Rate = 50;
    private const int MaxConcurrentSends = 64;
    private const long FirstChannel = -1003000000000;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "alertbot-crash-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly ConcurrentQueue<string> _log = new();
    private TestBotApiServer _server = null!;

    private string DataPath => Path.Combine(_root, "data");
    private string ArticlesPath => Path.Combine(_root, "articles");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ArticlesPath);
        _server = await TestBotApiServer.StartAsync(new TestBotApiOptions { EnforceRateLimits = true, GlobalMessagesPerSecond = Rate, PaidBroadcastMessagesPerSecond = Rate });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Host_KilledMidFanout_RestartDeliversToEveryChatAndResendsNothingRecordedAsSent()
    {
        await RegisterChannelsAsync();
        await File.WriteAllTextAsync(Path.Combine(ArticlesPath, "flash.txt"), Fixtures.Numbered(1));

        using (var first = StartHost())
        {
            await _server.WaitUntilAsync(s => s.Sent.Count >= Chats / 3, TimeSpan.FromSeconds(60));
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var acceptedAtKill = _server.Sent.Count;
        var sentAtKill = await ChatsWithRowInStateAsync(DeliveryStates.Sent);
        Assert.InRange(acceptedAtKill, Chats / 3, Chats - 1); // really killed in the middle

        using (var second = StartHost())
        {
            try
            {
                await _server.WaitUntilAsync(s => s.Sent.Select(m => m.ChatId).Distinct().Count() == Chats, TimeSpan.FromSeconds(60));
                await Task.Delay(TimeSpan.FromSeconds(1.5)); // room for a duplicate to show up
            }
            finally
            {
                second.Kill(entireProcessTree: true);
                await second.WaitForExitAsync();
            }
        }

        var perChat = _server.Sent.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count());
        var unknown = await UnknownOutcomesByChatAsync();
        var duplicates = perChat.Values.Sum(n => n - 1);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"chats {Chats}; accepted before the kill {acceptedAtKill} (recorded sent {sentAtKill.Count}); accepted in all {_server.Sent.Count}; " +
            $"rows with an unknown outcome {unknown.Count}; duplicates {duplicates}; server: {_server.Stats}"));

        Assert.Equal(Chats, perChat.Count);
        Assert.Equal(Chats, (await ChatsWithRowInStateAsync(DeliveryStates.Sent)).Count);
        // Nothing recorded as sent was sent again.
        Assert.All(sentAtKill, chat => Assert.Equal(1, perChat[chat]));
        // Every duplicate is a counted unknown outcome, and only sends in flight at the kill can be one.
        Assert.All(perChat.Where(p => p.Value > 1), p => Assert.Contains(p.Key, unknown));
        Assert.All(perChat.Values, n => Assert.InRange(n, 1, 2));
        Assert.InRange(duplicates, 0, unknown.Count);
        Assert.InRange(unknown.Count, 0, MaxConcurrentSends);
    }

    private async Task RegisterChannelsAsync()
    {
        var database = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(DataPath));
        Migrator.MigrateUp(database);
        var store = Stores.Create(database, TimeProvider.System);
        for (var i = 0; i < Chats; i++)
        {
            var id = FirstChannel - i;
            _server.AddChannel(id, "Channel " + i.ToString(CultureInfo.InvariantCulture));
            await store.Chats.SaveChatAsync(new ChatSettings
            {
                Id = id,
                Kind = ChatKind.Channel,
                Title = "Channel " + i.ToString(CultureInfo.InvariantCulture),
                Topics = new HashSet<string>(StringComparer.Ordinal) { ChatSettings.AllTopics },
            });
        }

        await database.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>The built host (copied beside this test assembly as the tests reference it), run by the dotnet host in the temp folder.</summary>
    private Process StartHost()
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "AlertBot.dll"),
                     $"--Telegram:BotToken={_server.Token}",
                     $"--Telegram:ApiBaseUrl={_server.BaseUrl}",
                     "--Telegram:PollTimeoutSeconds=1",
                     // Its faults are aimed at sendMessage.
                     "--Telegram:AlertFormat=Html",
                     $"--Telegram:MaxMessagesPerSecond={Rate}",
                     // Above Telegram's free 30/s: paid broadcast, which the test server holds to Rate as well.
                     "--Telegram:AllowPaidBroadcast=true",
                     $"--Telegram:MaxConcurrentSends={MaxConcurrentSends}",
                     $"--Articles:Path={ArticlesPath}",
                     $"--Storage:DataPath={DataPath}",
                     "--Urls=http://127.0.0.1:0",
                     "--Logging:LogLevel:Default=Warning",
                 })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        // Drain both pipes so the host never blocks on a full one; keep the lines for a failure message.
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;

        void Keep(string? line)
        {
            if (line is null)
                return;
            _log.Enqueue(line);
            output.WriteLine(line);
        }
    }

    private async Task<HashSet<long>> ChatsWithRowInStateAsync(string state) =>
        await QueryChatsAsync("SELECT chat_id FROM deliveries WHERE kind = 'alert' AND state = $p", state);

    private async Task<HashSet<long>> UnknownOutcomesByChatAsync() =>
        await QueryChatsAsync("SELECT chat_id FROM deliveries WHERE kind = 'alert' AND unknown_outcomes > $p", 0);

    private async Task<HashSet<long>> QueryChatsAsync(string sql, object parameter)
    {
        var chats = new HashSet<long>();
        await using (var connection = new SqliteConnection(Database.SqliteConnectionString(DataPath)))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$p", parameter);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                chats.Add(reader.GetInt64(0));
        }

        SqliteConnection.ClearAllPools();
        return chats;
    }
}
