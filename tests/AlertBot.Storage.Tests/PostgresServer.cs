using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AlertBot.Storage.Tests;

/// <summary>
/// A throwaway PostgreSQL server from the Debian binaries, in a temp folder on a free loopback port.
/// Starts in about a second; stopped and deleted when the tests end. No Docker, nothing set up by hand.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string _dir = "";
    private string _bin = "";
    private int _port;
    private int _databases;

    public string AdminConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Pooling=false";

    public async Task InitializeAsync()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
               ?? throw new InvalidOperationException("PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install postgresql; .ci/run does this)");
        _dir = Path.Combine(Path.GetTempPath(), "alertbot-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
        _port = FreePort();
        if (IsRoot)
            await RunAsync("chown", ["-R", "postgres:postgres", _dir]);
        await RunPgAsync("initdb", ["-D", Path.Combine(_dir, "data"), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
        await RunPgAsync("pg_ctl", ["-D", Path.Combine(_dir, "data"), "-w", "-l", Path.Combine(_dir, "log"), "-o",
            $"-p {_port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"]);
    }

    /// <summary>A new empty database for one test.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..6]}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={_port};Username=postgres;Database={name}";
    }

    public async Task DisposeAsync()
    {
        if (_bin.Length == 0)
            return;
        try
        {
            await RunPgAsync("pg_ctl", ["-D", Path.Combine(_dir, "data"), "-m", "immediate", "stop"]);
        }
        finally
        {
            try
            {
                Directory.Delete(_dir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private Task RunPgAsync(string tool, string[] args) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args]) : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}{await stdout}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
