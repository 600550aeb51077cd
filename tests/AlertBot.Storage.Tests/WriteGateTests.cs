using AlertBot.Core.Route;
using Dapper;

namespace AlertBot.Storage.Tests;

/// <summary>
/// SQLite has one writer. Every write of every aggregate goes through <see cref="Database.BeginWriteAsync"/>, which
/// queues this process's writers on a gate (asynchronously) instead of in SQLite's busy handler (a blocked thread
/// sleeping up to 100 ms per try). A write that skipped the gate would, while another write holds SQLite's lock,
/// block its caller in the busy handler and come back as an error 30 s later, not as a task still waiting.
/// </summary>
public sealed class WriteGateTests() : StoreTestBase(server: null)
{
    public static TheoryData<string> Writes() =>
    [
        "apply a command with a /use selection",
        "record a feed success",
        "record a feed failure",
        "import feeds",
        "sync the configured feeds",
        "prune near-duplicate bands",
        "disable a chat",
        "claim due rows",
    ];

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Write_WhileAnotherWriteHoldsSqlitesLock_WaitsOnTheGate_ThenCommits(string write)
    {
        await AddChatAsync(1);
        await Store.Feeds.SyncConfiguredFeedsAsync([("https://a.example.org/rss", "A", TimeSpan.FromMinutes(1))]);
        var feed = (await Store.Feeds.GetFeedsAsync())[0].Id;
        var held = await Database.BeginWriteAsync();
        await held.Connection.ExecuteAsync("INSERT INTO bot_state (key, value) VALUES ('held', '1')", transaction: held.Transaction);

        var waiting = write switch
        {
            "apply a command with a /use selection" => Store.Chats.ApplyCommandAsync(5, null, new CommandTarget(1, -100), []),
            "record a feed success" => Store.Feeds.RecordFeedSuccessAsync(feed, "\"e\"", null, 1),
            "record a feed failure" => Store.Feeds.RecordFeedFailureAsync(feed, "HTTP 502", n => Time.GetUtcNow().AddMinutes(n)),
            "import feeds" => Store.Feeds.ImportFeedsAsync([("https://b.example.org/rss", "B", TimeSpan.FromMinutes(1))]),
            "sync the configured feeds" => Store.Feeds.SyncConfiguredFeedsAsync([]),
            "prune near-duplicate bands" => Store.Stories.PruneNearDuplicateBandsAsync(Time.GetUtcNow()),
            "disable a chat" => Store.Chats.DisableChatAsync(1, "blocked"),
            "claim due rows" => ClaimAsync("me"),
            _ => throw new ArgumentOutOfRangeException(nameof(write)),
        };

        Assert.False(waiting.IsCompleted);
        await held.CommitAsync();
        await held.DisposeAsync();
        await waiting;
        Assert.Equal("1", await Get("held"));
    }

    [Fact]
    public async Task BeginWrite_NotCommitted_LeavesNothing_AndFreesTheGate()
    {
        await using (var write = await Database.BeginWriteAsync())
            await write.Connection.ExecuteAsync("INSERT INTO bot_state (key, value) VALUES ('dropped', '1')", transaction: write.Transaction);

        await Store.Chats.ApplyCommandAsync(7, null, null, []);

        Assert.Null(await Get("dropped"));
        Assert.Equal(7, await Store.Chats.GetUpdateOffsetAsync());
    }

    private async Task<string?> Get(string key)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<string?>("SELECT value FROM bot_state WHERE key = @key", new { key });
    }
}
