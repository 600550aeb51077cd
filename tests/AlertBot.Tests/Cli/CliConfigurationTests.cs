using System.Diagnostics;
using AlertBot.Storage;
using AlertBot.Tests.Cluster;
using Microsoft.Data.Sqlite;

namespace AlertBot.Tests.Cli;

/// <summary>The operator verbs read the worker's settings the worker's way: the same sources, the same checks.</summary>
public sealed class CliConfigurationTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "alertbot-cli-config-" + Guid.NewGuid().ToString("N")[..8]);

    public CliConfigurationTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Verb_SeesTheEnvironmentVariableTheWorkerSaw()
    {
        // Both as processes of their own, so the variable is theirs and no other test's.
        var environment = new Dictionary<string, string>
        {
            ["Storage__DataPath"] = Path.Combine(_root, "data-from-env"),
            ["Articles__Path"] = Path.Combine(_root, "articles"),
        };
        using (var worker = AlertBotProcess.Start("worker", _root, ["--Urls=http://127.0.0.1:0"], environment))
        {
            await worker.WaitReadyAsync(Wait);
            await worker.KillAsync();
        }

        var (code, output, error) = await RunVerbAsync(["chats"], environment);

        Assert.True(code == 0, $"exit {code}: {error}");
        // Without a bot token the worker registered the console as its one chat, in the database the variable named.
        Assert.Contains("\"console\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verb_TakesASettingOnTheCommandLine_AsTheWorkerDoes()
    {
        var data = Path.Combine(_root, "data-from-args");
        await using (var database = new Database(StorageProvider.Sqlite, Database.SqliteConnectionString(data)))
            Migrator.MigrateUp(database);

        var output = new StringWriter();
        var error = new StringWriter();
        var code = await global::AlertBot.Cli.Commands.RunAsync(["status", $"--Storage:DataPath={data}"], output, error);

        Assert.True(code == 0, $"exit {code}: {error}");
        Assert.Contains("outbox: 0 pending", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verb_WithSettingsThatDisagree_NamesTheProblem_AsTheWorkerWould()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await global::AlertBot.Cli.Commands.RunAsync(["status", "--Storage:Provider=Postgres", $"--Storage:DataPath={_root}"], output, error);

        Assert.Equal(2, code);
        Assert.Contains("ConnectionStrings:AlertBot is required when Storage:Provider is Postgres.", error.ToString(), StringComparison.Ordinal);
    }

    private async Task<(int Code, string Out, string Err)> RunVerbAsync(string[] args, IReadOnlyDictionary<string, string> environment)
    {
        using var process = Process.Start(AlertBotProcess.StartInfo(_root, args, environment))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Wait);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
