using FluentMigrator;

namespace AlertBot.Storage.Migrations;

/// <summary>
/// Ingest: where each article came from (its origin, for "also reported by"), versions of updated stories,
/// MinHash bands for near-duplicates across sources, and the polled feeds with their health.
/// </summary>
[Migration(2, "article origin, versions and near-duplicate bands; feeds")]
public sealed class M002_Ingest : Migration
{
    public override void Up()
    {
        Alter.Table("articles")
            .AddColumn("origin").AsString(200).Nullable()
            .AddColumn("story_hash").AsString(64).Nullable()
            .AddColumn("version").AsInt32().NotNullable().WithDefaultValue(1)
            .AddColumn("updated_ms").AsInt64().Nullable()
            .AddColumn("duplicate_of").AsInt64().Nullable()
            .AddColumn("also_reported_by").AsString(2000).Nullable()
            .AddColumn("minhash").AsString(int.MaxValue).Nullable();
        // The same bytes under another identity (a copy with another file name) are still the same article.
        Create.Index("ix_articles_content_hash").OnTable("articles").OnColumn("content_hash");

        // Earlier versions of an updated story: what chats were first sent, and a guard against a source
        // flipping back to an older version.
        Create.Table("article_versions")
            .WithColumn("article_id").AsInt64().NotNullable().PrimaryKey()
            .WithColumn("version").AsInt32().NotNullable().PrimaryKey()
            .WithColumn("content_hash").AsString(64).NotNullable()
            .WithColumn("story_hash").AsString(64).Nullable()
            .WithColumn("understanding").AsString(int.MaxValue).NotNullable()
            .WithColumn("ingested_ms").AsInt64().NotNullable();

        // Locality-sensitive hashing: articles sharing any band are candidates for near-duplicates, so the
        // check is at most 32 key lookups in the database every instance shares, not a scan. A band keeps the
        // first article that had it (within the window): a burst of look-alike items from one source cannot
        // grow the candidate list.
        Create.Table("near_dup_bands")
            .WithColumn("band").AsInt64().NotNullable().PrimaryKey()
            .WithColumn("article_id").AsInt64().NotNullable()
            .WithColumn("ingested_ms").AsInt64().NotNullable();
        Create.Index("ix_near_dup_bands_ingested").OnTable("near_dup_bands").OnColumn("ingested_ms");
        Create.Index("ix_near_dup_bands_article").OnTable("near_dup_bands").OnColumn("article_id");

        Create.Table("feeds")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("url").AsString(2000).NotNullable().Unique("ux_feeds_url")
            .WithColumn("name").AsString(300).NotNullable()
            .WithColumn("interval_ms").AsInt64().NotNullable()
            .WithColumn("added_by").AsString(16).NotNullable()
            .WithColumn("etag").AsString(500).Nullable()
            .WithColumn("last_modified").AsString(100).Nullable()
            .WithColumn("last_polled_ms").AsInt64().Nullable()
            .WithColumn("last_success_ms").AsInt64().Nullable()
            .WithColumn("last_error").AsString(1000).Nullable()
            .WithColumn("last_error_ms").AsInt64().Nullable()
            .WithColumn("consecutive_failures").AsInt32().NotNullable().WithDefaultValue(0)
            .WithColumn("next_poll_ms").AsInt64().NotNullable().WithDefaultValue(0)
            .WithColumn("items_ingested").AsInt64().NotNullable().WithDefaultValue(0);
    }

    public override void Down()
    {
        Delete.Table("feeds");
        Delete.Table("near_dup_bands");
        Delete.Table("article_versions");
        Delete.Index("ix_articles_content_hash").OnTable("articles");
        Delete.Column("origin").Column("story_hash").Column("version").Column("updated_ms").Column("duplicate_of").Column("also_reported_by").Column("minhash").FromTable("articles");
    }
}
