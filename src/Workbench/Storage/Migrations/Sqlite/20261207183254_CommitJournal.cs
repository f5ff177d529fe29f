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
                name: "ix_batches_unfinished",
                table: "batches",
                columns: new[] { "ended_at", "partition" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "batches");
        }
    }
}
