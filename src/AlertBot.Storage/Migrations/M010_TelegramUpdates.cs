using FluentMigrator;

namespace AlertBot.Storage.Migrations;

/// <summary>
/// Updates Telegram pushed to the webhook, one row per update_id: recorded before the webhook answers 200, marked
/// handled in the same transaction as the update's effect, so an update delivered twice (a retry, two instances
/// behind a load balancer) has its effect once. A lease keeps two instances from working on the same row at once;
/// rows older than Telegram's 24-hour retention are pruned.
/// </summary>
[Migration(10, "telegram webhook updates")]
public sealed class M010_TelegramUpdates : Migration
{
    public override void Up()
    {
        Create.Table("telegram_updates")
            .WithColumn("update_id").AsInt64().NotNullable().PrimaryKey()
            .WithColumn("payload").AsString(int.MaxValue).NotNullable()
            .WithColumn("received_ms").AsInt64().NotNullable()
            .WithColumn("lease_until_ms").AsInt64().Nullable()
            .WithColumn("attempts").AsInt32().NotNullable().WithDefaultValue(0)
            .WithColumn("handled_ms").AsInt64().Nullable();
        Create.Index("ix_telegram_updates_open").OnTable("telegram_updates").OnColumn("handled_ms").Ascending().OnColumn("update_id").Ascending();
        Create.Index("ix_telegram_updates_received").OnTable("telegram_updates").OnColumn("received_ms");
    }

    public override void Down() => Delete.Table("telegram_updates");
}
