using FluentMigrator;

namespace AlertBot.Storage.Migrations;

/// <summary>
/// Bot commands: a chat's own include/exclude keywords, forum threads for subscriptions and deliveries,
/// and the chat a private chat's admin is configuring (/use).
/// </summary>
[Migration(3, "chat keywords, forum threads, command targets")]
public sealed class M003_CommandsKeywordsThreads : Migration
{
    public override void Up()
    {
        // Null: the main chat (and every chat that is not a forum).
        Alter.Table("chat_topics").AddColumn("thread_id").AsInt32().Nullable();
        Alter.Table("deliveries").AddColumn("thread_id").AsInt32().Nullable();

        Create.Table("chat_keywords")
            .WithColumn("chat_id").AsInt64().NotNullable().PrimaryKey()
            .WithColumn("kind").AsString(16).NotNullable().PrimaryKey()
            .WithColumn("keyword").AsString(100).NotNullable().PrimaryKey();

        Create.Table("command_targets")
            .WithColumn("chat_id").AsInt64().PrimaryKey()
            .WithColumn("target_chat_id").AsInt64().NotNullable()
            .WithColumn("updated_ms").AsInt64().NotNullable();
    }

    public override void Down()
    {
        Delete.Table("command_targets");
        Delete.Table("chat_keywords");
        Delete.Column("thread_id").FromTable("deliveries");
        Delete.Column("thread_id").FromTable("chat_topics");
    }
}
