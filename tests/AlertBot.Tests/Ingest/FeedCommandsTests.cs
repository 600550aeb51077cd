using AlertBot.Cli;
using AlertBot.Storage;
using Microsoft.Data.Sqlite;

namespace AlertBot.Tests.Ingest;

/// <summary>The operator's feed verbs on a real SQLite file: OPML in and out, health in <c>feeds</c> and <c>status</c>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Disposed in IAsyncLifetime.DisposeAsync.")]
public sealed class FeedCommandsTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "alertbot-feeds-" + Guid.NewGuid().ToString("N")[..8]);
    private Database _database = null!;
    private Stores _store = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _database = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_root));
        Migrator.MigrateUp(_database);
        _store = Stores.Create(_database, TimeProvider.System);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Import_NestedOpml_AddsEachFeedOnce_AndExportGivesThemBack()
    {
        var opml = Path.Combine(_root, "in.opml");
        await File.WriteAllTextAsync(opml,
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>Desk</title></head><body>
              <outline text="Africa">
                <outline type="rss" text="Sahel wire" xmlUrl="https://sahel.example.org/rss"/>
                <outline type="rss" title="Horn desk" text="ignored" xmlUrl="https://horn.example.org/atom.xml"/>
              </outline>
              <outline type="rss" text="Sahel again" xmlUrl="https://sahel.example.org/rss"/>
              <outline text="a folder without a feed"/>
              <outline type="rss" text="not http" xmlUrl="ftp://files.example.org/feed"/>
            </body></opml>
            """);
        var output = new StringWriter();

        Assert.Equal(0, await FeedCommands.RunAsync(_store.Feeds, ["import", opml], output, TextWriter.Null));
        Assert.Equal(0, await FeedCommands.RunAsync(_store.Feeds, ["import", opml], output, TextWriter.Null));

        var feeds = await _store.Feeds.GetFeedsAsync();
        Assert.Equal(["Sahel wire", "Horn desk"], feeds.Select(f => f.Name));
        Assert.All(feeds, f => Assert.Equal(FeedAddedBy.Opml, f.AddedBy));
        Assert.Contains("2 added", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 added, 2 already known", output.ToString(), StringComparison.Ordinal);

        var exported = Path.Combine(_root, "out.opml");
        Assert.Equal(0, await FeedCommands.RunAsync(_store.Feeds, ["export", exported], TextWriter.Null, TextWriter.Null));
        using var reader = File.OpenText(exported);
        var back = AlertBot.Ingest.Opml.Read(reader);
        Assert.Equal(feeds.Select(f => (f.Url, f.Name, (TimeSpan?)f.Interval)), back);
    }

    [Fact]
    public async Task FeedsAndStatus_ShowAFailingFeedWithItsError()
    {
        await _store.Feeds.SyncConfiguredFeedsAsync([("https://ok.example.org/rss", "Good wire", TimeSpan.FromMinutes(5)), ("https://down.example.org/rss", "Down wire", TimeSpan.FromMinutes(5))]);
        var feeds = await _store.Feeds.GetFeedsAsync();
        await _store.Feeds.RecordFeedSuccessAsync(feeds[0].Id, "\"abc\"", null, 3);
        await _store.Feeds.RecordFeedFailureAsync(feeds[1].Id, "HTTP 503 Service Unavailable", n => DateTimeOffset.UtcNow.AddMinutes(10));
        await _store.Feeds.RecordFeedFailureAsync(feeds[1].Id, "HTTP 503 Service Unavailable", n => DateTimeOffset.UtcNow.AddMinutes(20));
        var list = new StringWriter();
        var status = new StringWriter();

        await FeedCommands.RunAsync(_store.Feeds, [], list, TextWriter.Null);
        await FeedCommands.WriteStatusAsync(_store.Feeds, status);

        Assert.Contains("Good wire", list.ToString(), StringComparison.Ordinal);
        Assert.Contains("3 items — ok, last success", list.ToString(), StringComparison.Ordinal);
        Assert.Contains("FAILING ×2: HTTP 503 Service Unavailable", list.ToString(), StringComparison.Ordinal);
        Assert.Contains("feeds: 2, 1 failing", status.ToString(), StringComparison.Ordinal);
        Assert.Contains("Down wire", status.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Good wire", status.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_FailsWithAMessage()
    {
        var error = new StringWriter();

        Assert.Equal(1, await FeedCommands.RunAsync(_store.Feeds, ["import", Path.Combine(_root, "nope.opml")], TextWriter.Null, error));
        Assert.Contains("cannot read", error.ToString(), StringComparison.Ordinal);
    }
}
