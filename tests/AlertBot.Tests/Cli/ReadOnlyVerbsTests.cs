using AlertBot.Storage;
using Microsoft.Data.Sqlite;

namespace AlertBot.Tests.Cli;

/// <summary>A verb that only shows must not create, migrate or otherwise change the database.</summary>
public sealed class ReadOnlyVerbsTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "alertbot-readonly-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
            Directory.Delete(_data, recursive: true);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("chats")]
    [InlineData("deliveries")]
    [InlineData("feeds")]
    public async Task ReadingVerb_NoDatabaseYet_SaysSo_AndCreatesNone(string verb)
    {
        var (code, _, error) = await RunAsync(verb);

        Assert.Equal(1, code);
        Assert.Contains("no AlertBot database here yet", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data, "alertbot.db")));
    }

    [Fact]
    public async Task Status_OnAnOlderSchema_DoesNotMigrateIt()
    {
        await using (var database = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_data)))
            Migrator.MigrateUp(database, version: 7);

        var (code, _, error) = await RunAsync("status");

        Assert.Equal(1, code);
        Assert.Contains($"schema version 7, this AlertBot expects {Migrator.LatestVersion}", error, StringComparison.Ordinal);
        await using var after = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_data));
        Assert.Equal(7, await Migrator.SchemaVersionAsync(after));
    }

    [Fact]
    public async Task Status_OnACurrentSchema_Answers()
    {
        await using (var database = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(_data)))
            Migrator.MigrateUp(database);

        var (code, output, _) = await RunAsync("status");

        Assert.Equal(0, code);
        Assert.Contains("outbox: 0 pending", output, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Out, string Err)> RunAsync(string verb)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await global::AlertBot.Cli.Commands.RunAsync([verb, "--data", _data], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
