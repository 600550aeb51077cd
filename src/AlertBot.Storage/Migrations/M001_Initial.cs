using FluentMigrator;

namespace AlertBot.Storage.Migrations;

/// <summary>
/// The first schema. Times are stored as Unix milliseconds (bigint) so that SQLite and PostgreSQL
/// run the same SQL and compare times the same way.
/// </summary>
[Migration(1, "articles, chats, subscriptions, outbox, bot state")]
public sealed class M001_Initial : Migration
{
    public override void Up()
    {
        Create.Table("articles")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("dedupe_key").AsString(200).NotNullable().Unique("ux_articles_dedupe_key")
            .WithColumn("content_hash").AsString(64).NotNullable()
            .WithColumn("source").AsString(32).NotNullable()
            .WithColumn("source_name").AsString(1000).NotNullable()
            .WithColumn("headline").AsString(int.MaxValue).NotNullable()
            .WithColumn("summary").AsString(int.MaxValue).NotNullable()
            .WithColumn("url").AsString(2000).Nullable()
            .WithColumn("published_ms").AsInt64().Nullable()
            .WithColumn("ingested_ms").AsInt64().NotNullable()
            .WithColumn("is_alert").AsBoolean().NotNullable()
            .WithColumn("understanding").AsString(int.MaxValue).NotNullable();

        Create.Table("chats")
            .WithColumn("id").AsInt64().PrimaryKey()
            .WithColumn("type").AsString(16).NotNullable()
            .WithColumn("title").AsString(300).NotNullable()
            .WithColumn("enabled").AsBoolean().NotNullable()
            .WithColumn("disabled_reason").AsString(500).Nullable()
            .WithColumn("mode").AsString(16).NotNullable().WithDefaultValue("instant")
            .WithColumn("digest_time").AsString(5).Nullable()
            .WithColumn("time_zone").AsString(64).NotNullable().WithDefaultValue("Etc/UTC")
            .WithColumn("quiet_start").AsString(5).Nullable()
            .WithColumn("quiet_end").AsString(5).Nullable()
            .WithColumn("quiet_policy").AsString(16).NotNullable().WithDefaultValue("hold")
            .WithColumn("next_send_ms").AsInt64().NotNullable().WithDefaultValue(0)
            .WithColumn("created_ms").AsInt64().NotNullable()
            .WithColumn("updated_ms").AsInt64().NotNullable();

        Create.Table("chat_topics")
            .WithColumn("chat_id").AsInt64().NotNullable().PrimaryKey()
            .WithColumn("topic").AsString(100).NotNullable().PrimaryKey();

        Create.Table("deliveries")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("dedupe_key").AsString(200).NotNullable().Unique("ux_deliveries_dedupe_key")
            .WithColumn("chat_id").AsInt64().NotNullable()
            .WithColumn("article_id").AsInt64().Nullable()
            .WithColumn("kind").AsString(16).NotNullable()
            .WithColumn("payload").AsString(int.MaxValue).Nullable()
            .WithColumn("reply_markup").AsString(int.MaxValue).Nullable()
            .WithColumn("silent").AsBoolean().NotNullable().WithDefaultValue(false)
            .WithColumn("state").AsString(16).NotNullable()
            .WithColumn("attempts").AsInt32().NotNullable().WithDefaultValue(0)
            .WithColumn("due_ms").AsInt64().NotNullable()
            .WithColumn("created_ms").AsInt64().NotNullable()
            .WithColumn("lease_owner").AsString(100).Nullable()
            .WithColumn("lease_until_ms").AsInt64().Nullable()
            .WithColumn("parts_sent").AsInt32().NotNullable().WithDefaultValue(0)
            .WithColumn("message_ids").AsString(500).Nullable()
            .WithColumn("sent_ms").AsInt64().Nullable()
            .WithColumn("last_error").AsString(1000).Nullable()
            .WithColumn("unknown_outcomes").AsInt32().NotNullable().WithDefaultValue(0);

        // The sender's two questions: what is due, and what is the oldest open row of a chat (order).
        Create.Index("ix_deliveries_state_due").OnTable("deliveries")
            .OnColumn("state").Ascending().OnColumn("due_ms").Ascending();
        Create.Index("ix_deliveries_chat_state_id").OnTable("deliveries")
            .OnColumn("chat_id").Ascending().OnColumn("state").Ascending().OnColumn("id").Ascending();
        Create.Index("ix_deliveries_article").OnTable("deliveries").OnColumn("article_id");

        Create.Table("bot_state")
            .WithColumn("key").AsString(100).PrimaryKey()
            .WithColumn("value").AsString(int.MaxValue).NotNullable();
    }

    public override void Down()
    {
        Delete.Table("bot_state");
        Delete.Table("deliveries");
        Delete.Table("chat_topics");
        Delete.Table("chats");
        Delete.Table("articles");
    }
}
