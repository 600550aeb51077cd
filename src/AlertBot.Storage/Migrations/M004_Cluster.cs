using FluentMigrator;

namespace AlertBot.Storage.Migrations;

/// <summary>
/// The bot's cluster-wide send window: one row per message the bot may send in any one second, holding
/// when it was last used. A send takes a row whose last use is at least a window old, so N rows mean at most
/// N sends in any window across every instance. Unused on SQLite (one instance), created there too so both
/// providers share one schema.
/// </summary>
[Migration(4, "send slots for the cluster-wide send rate")]
public sealed class M004_Cluster : Migration
{
    public override void Up()
    {
        Create.Table("send_slots")
            .WithColumn("bot_id").AsInt64().NotNullable().PrimaryKey()
            .WithColumn("slot").AsInt32().NotNullable().PrimaryKey()
            .WithColumn("used_ms").AsInt64().NotNullable().WithDefaultValue(0);
    }

    public override void Down() => Delete.Table("send_slots");
}
