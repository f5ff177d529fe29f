using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lineage.Workbench.Storage.Migrations.Postgres
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
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "batches",
                columns: table => new
                {
                    batch_id = table.Column<string>(type: "text", nullable: false),
                    commit_group = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    partition = table.Column<string>(type: "text", nullable: false),
                    tables = table.Column<string>(type: "text", nullable: false),
                    owner_host = table.Column<string>(type: "text", nullable: false),
                    owner_process_id = table.Column<int>(type: "integer", nullable: false),
                    owner_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
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
