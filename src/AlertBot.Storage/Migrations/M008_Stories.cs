using FluentMigrator;

namespace AlertBot.Storage.Migrations;

/// <summary>
/// Stories, not files: more than one identity per story (a re-scrape under a new file name, a correction
/// with its own id), a story's correction note and its withdrawal. Folder stories stored before this kept
/// their content hash as identity; the newest per file takes its path as identity, so the next rewrite of
/// that file after the upgrade edits its alert instead of sending a new one.
/// </summary>
[Migration(8, "story aliases, corrections, withdrawals; folder stories keyed by path")]
public sealed class M008_Stories : Migration
{
    public override void Up()
    {
        Alter.Table("articles")
            .AddColumn("correction").AsString(1000).Nullable()
            .AddColumn("withdrawn_ms").AsInt64().Nullable()
            .AddColumn("withdraw_reason").AsString(500).Nullable();

        // Further identities of a story: each key names at most one story, found like its own dedupe key.
        Create.Table("story_keys")
            .WithColumn("dedupe_key").AsString(200).NotNullable().PrimaryKey()
            .WithColumn("article_id").AsInt64().NotNullable();
        Create.Index("ix_story_keys_article").OnTable("story_keys").OnColumn("article_id");

        // Names the ingester would clip (over 190 characters) keep their content hash: a hashed key cannot be made in SQL.
        Execute.Sql(
            """
            UPDATE articles SET dedupe_key = 'path:' || source_name
            WHERE id IN (SELECT MAX(id) FROM articles
                         WHERE source = 'folder' AND dedupe_key LIKE 'sha256:%' AND duplicate_of IS NULL AND LENGTH(source_name) <= 190
                         GROUP BY source_name)
            """);
    }

    public override void Down()
    {
        Execute.Sql("UPDATE articles SET dedupe_key = 'sha256:' || content_hash WHERE dedupe_key LIKE 'path:%'");
        Delete.Table("story_keys");
        Delete.Column("correction").Column("withdrawn_ms").Column("withdraw_reason").FromTable("articles");
    }
}
