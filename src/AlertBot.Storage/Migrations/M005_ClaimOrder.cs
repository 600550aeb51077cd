using FluentMigrator;

namespace AlertBot.Storage.Migrations;

/// <summary>
/// The sender claims open rows in id order (the oldest first, and per chat only its oldest). With an index on
/// (state, id) the claim walks pending rows in that order and stops as soon as it has its batch, instead of
/// collecting and sorting every pending row: a backlog of tens of thousands of rows no longer makes each claim
/// slower, which had made a sender that fell behind fall further behind.
/// </summary>
[Migration(5, "index for claiming outbox rows in order")]
public sealed class M005_ClaimOrder : Migration
{
    public override void Up() =>
        Create.Index("ix_deliveries_state_id").OnTable("deliveries")
            .OnColumn("state").Ascending()
            .OnColumn("id").Ascending();

    public override void Down() => Delete.Index("ix_deliveries_state_id").OnTable("deliveries");
}
