using FluentMigrator;

namespace AlertBot.Storage.Migrations;

/// <summary>
/// A chat's own alert format (/format rich|classic): "rich" or "html"; NULL follows the operator's Telegram:AlertFormat,
/// so every chat that existed before keeps following the operator.
/// </summary>
[Migration(9, "chat alert format")]
public sealed class M009_ChatAlertFormat : Migration
{
    public override void Up() => Alter.Table("chats").AddColumn("alert_format").AsString(16).Nullable();

    public override void Down() => Delete.Column("alert_format").FromTable("chats");
}
