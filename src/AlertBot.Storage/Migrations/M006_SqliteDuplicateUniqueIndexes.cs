using FluentMigrator;

namespace AlertBot.Storage.Migrations;

/// <summary>
/// On SQLite the first migration left two unique indexes on each dedupe key: the column's own UNIQUE (which
/// ON CONFLICT uses) and a named copy. Every outbox row paid for both; the copy goes. PostgreSQL has one.
/// </summary>
[Migration(6, "drop SQLite's duplicate unique indexes on the dedupe keys")]
public sealed class M006_SqliteDuplicateUniqueIndexes : Migration
{
    public override void Up()
    {
        IfDatabase("sqlite").Execute.Sql("DROP INDEX IF EXISTS ux_deliveries_dedupe_key");
        IfDatabase("sqlite").Execute.Sql("DROP INDEX IF EXISTS ux_articles_dedupe_key");
    }

    public override void Down()
    {
        IfDatabase("sqlite").Execute.Sql("CREATE UNIQUE INDEX IF NOT EXISTS ux_deliveries_dedupe_key ON deliveries (dedupe_key)");
        IfDatabase("sqlite").Execute.Sql("CREATE UNIQUE INDEX IF NOT EXISTS ux_articles_dedupe_key ON articles (dedupe_key)");
    }
}
