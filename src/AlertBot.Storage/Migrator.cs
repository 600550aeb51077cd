using FluentMigrator.Runner;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Storage;

/// <summary>Brings the schema up to date with FluentMigrator: the same migrations for SQLite and PostgreSQL.</summary>
public static class Migrator
{
    public static void MigrateUp(Database database)
    {
        if (database.Provider != StorageProvider.Postgres)
        {
            Run(database);
            return;
        }

        // Several instances may start at once on an empty database: one migrates while the others wait
        // on this lock, then find nothing left to do.
        var migrationLock = SessionLock.AcquireAsync(database, LockKeys.Migrations, CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            Run(database);
        }
        finally
        {
            migrationLock.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void Run(Database database)
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
        services.GetRequiredService<IMigrationRunner>().MigrateUp();
    }
}
