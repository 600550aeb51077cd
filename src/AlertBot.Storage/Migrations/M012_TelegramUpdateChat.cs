using FluentMigrator;

namespace AlertBot.Storage.Migrations;

/// <summary>
/// The chat each webhook update belongs to, so that one chat's updates are handled one at a time across instances
/// (two taps on one keyboard, sent to two instances at once, would otherwise both read the old settings and the later
/// commit would undo the earlier). Null for an update without a chat.
/// </summary>
[Migration(12, "the chat of a webhook update")]
public sealed class M012_TelegramUpdateChat : Migration
{
    public override void Up()
    {
        Alter.Table("telegram_updates").AddColumn("chat_id").AsInt64().Nullable();
        Create.Index("ix_telegram_updates_chat").OnTable("telegram_updates").OnColumn("chat_id").Ascending().OnColumn("update_id").Ascending();
    }

    public override void Down()
    {
        Delete.Index("ix_telegram_updates_chat").OnTable("telegram_updates");
        Delete.Column("chat_id").FromTable("telegram_updates");
    }
}
