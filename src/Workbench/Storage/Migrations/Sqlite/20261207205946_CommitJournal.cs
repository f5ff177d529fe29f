using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lineage.Workbench.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommitJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_materializations_latest",
                table: "materializations");

            migrationBuilder.AddColumn<long>(
                name: "sequence_number",
                table: "materializations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "batches",
                columns: table => new
                {
                    batch_id = table.Column<string>(type: "TEXT", nullable: false),
                    commit_group = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    partition = table.Column<string>(type: "TEXT", nullable: false),
                    tables = table.Column<string>(type: "TEXT", nullable: false),
                    owner_host = table.Column<string>(type: "TEXT", nullable: false),
                    owner_process_id = table.Column<int>(type: "INTEGER", nullable: false),
                    owner_started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_seen_at = table.Column<long>(type: "INTEGER", nullable: false),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_batches", x => new { x.batch_id, x.commit_group });
                });

            migrationBuilder.CreateIndex(
                name: "ix_materializations_latest",
                table: "materializations",
                columns: new[] { "asset_key", "partition", "sequence_number" });

            migrationBuilder.CreateIndex(
                name: "ix_batches_unfinished",
                table: "batches",
                columns: new[] { "partition", "commit_group" },
                unique: true,
                filter: "\"ended_at\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "batches");

            migrationBuilder.DropIndex(
                name: "ix_materializations_latest",
                table: "materializations");

            migrationBuilder.DropColumn(
                name: "sequence_number",
                table: "materializations");

            migrationBuilder.CreateIndex(
                name: "ix_materializations_latest",
                table: "materializations",
                columns: new[] { "asset_key", "partition", "started_at" });
        }
    }
}
