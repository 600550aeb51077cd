using FluentMigrator.Runner;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Storage;

/// <summary>Brings the schema up to date with FluentMigrator: the same migrations for SQLite and PostgreSQL.</summary>
public static class Migrator
{
    public static void MigrateUp(Database database)
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
