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
