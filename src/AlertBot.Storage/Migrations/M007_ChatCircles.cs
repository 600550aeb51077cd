using FluentMigrator;

namespace AlertBot.Storage.Migrations;

/// <summary>
/// A chat's circles on the map (/near): an alert whose main location is inside one goes to the chat. Kept in the
/// order the chat added them (<c>seq</c>), which is the order /near and /status list them in.
/// </summary>
[Migration(7, "chat circles for /near")]
public sealed class M007_ChatCircles : Migration
{
    // FluentMigrator's AsDouble() is NUMERIC on SQLite, which hands 50.0 back as the integer 50 (and Dapper then
    // fails on a row that has 20.5). "DOUBLE PRECISION" is a double on PostgreSQL and has REAL affinity on SQLite.
    private const string Double = "DOUBLE PRECISION";

    public override void Up()
    {
        Create.Table("chat_circles")
            .WithColumn("chat_id").AsInt64().NotNullable().PrimaryKey()
            .WithColumn("seq").AsInt32().NotNullable().PrimaryKey()
            .WithColumn("name").AsString(120).NotNullable()
            .WithColumn("lat").AsCustom(Double).NotNullable()
            .WithColumn("lon").AsCustom(Double).NotNullable()
            .WithColumn("radius_km").AsCustom(Double).NotNullable();
    }

    public override void Down() => Delete.Table("chat_circles");
}
