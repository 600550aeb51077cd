using System.Reflection;
using Dapper;
using FluentMigrator;
using FluentMigrator.Runner;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Storage;

/// <summary>Brings the schema up to date with FluentMigrator: the same migrations for SQLite and PostgreSQL.</summary>
public static class Migrator
{
    public static void MigrateUp(Database database) => MigrateUp(database, version: null);

    /// <summary>Up to <paramref name="version"/> only (null: the latest); upgrade tests start from an older schema.</summary>
    public static void MigrateUp(Database database, long? version)
    {
        if (database.Provider != StorageProvider.Postgres)
        {
            Run(database, version);
            return;
        }

        // Several instances may start at once on an empty database: one migrates while the others wait
        // on this lock, then find nothing left to do.
        var migrationLock = SessionLock.AcquireAsync(database, LockKeys.Migrations, CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            Run(database, version);
        }
        finally
        {
            migrationLock.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The newest migration this build knows.</summary>
    public static long LatestVersion { get; } = typeof(Migrator).Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Version ?? 0).Max();

    /// <summary>
    /// The schema's version as FluentMigrator recorded it, or null when the database has none (never migrated, or no
    /// file yet). Reads only: a verb that only shows (the CLI's <c>status</c>) must not create or change anything.
    /// </summary>
    public static async Task<long?> SchemaVersionAsync(Database database, CancellationToken ct = default)
    {
        if (database.Provider == StorageProvider.Sqlite && !File.Exists(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource))
            return null;
        await using var connection = await database.OpenAsync(ct);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            database.Provider == StorageProvider.Postgres
                ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'VersionInfo'"
                : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'VersionInfo'",
            cancellationToken: ct));
        return exists == 0
            ? null
            : await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT MAX(\"Version\") FROM \"VersionInfo\"", cancellationToken: ct));
    }

    private static void Run(Database database, long? version)
    {
        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner =>
            {
                if (database.Provider == StorageProvider.Postgres)
                    runner.AddPostgres();
                else
                    runner.AddSQLite();
                runner.WithGlobalConnectionString(database.ConnectionString)
                    .ScanIn(typeof(Migrator).Assembly).For.Migrations();
            })
            .BuildServiceProvider(false);
        var migrations = services.GetRequiredService<IMigrationRunner>();
        if (version is { } v)
            migrations.MigrateUp(v);
        else
            migrations.MigrateUp();
    }
}
