using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lineage.Workbench.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RunsAndBackfills : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "run_id",
                table: "materializations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "run_id",
                table: "check_results",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "backfills",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    selection = table.Column<string>(type: "TEXT", nullable: false),
                    from_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    to_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    launched_by = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_backfills", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    selection = table.Column<string>(type: "TEXT", nullable: false),
                    partitions = table.Column<string>(type: "TEXT", nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    launched_by = table.Column<string>(type: "TEXT", nullable: true),
                    backfill_id = table.Column<long>(type: "INTEGER", nullable: true),
                    parent_run_id = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "step_locks",
                columns: table => new
                {
                    asset_key = table.Column<string>(type: "TEXT", nullable: false),
                    partition = table.Column<string>(type: "TEXT", nullable: false),
                    step_id = table.Column<long>(type: "INTEGER", nullable: false),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    acquired_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_step_locks", x => new { x.asset_key, x.partition });
                });

            migrationBuilder.CreateTable(
                name: "run_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    level = table.Column<string>(type: "TEXT", nullable: false),
                    step_id = table.Column<long>(type: "INTEGER", nullable: true),
                    asset_key = table.Column<string>(type: "TEXT", nullable: true),
                    partition = table.Column<string>(type: "TEXT", nullable: true),
                    message = table.Column<string>(type: "TEXT", nullable: false),
                    data = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_run_events_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_steps",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    asset_key = table.Column<string>(type: "TEXT", nullable: false),
                    partition = table.Column<string>(type: "TEXT", nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    queued_at = table.Column<long>(type: "INTEGER", nullable: true),
                    started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: true),
                    waiting_for_run_id = table.Column<long>(type: "INTEGER", nullable: true),
                    node = table.Column<string>(type: "TEXT", nullable: true),
                    rows = table.Column<long>(type: "INTEGER", nullable: true),
                    snapshot_id = table.Column<long>(type: "INTEGER", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_run_steps_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_run_events_run",
                table: "run_events",
                columns: new[] { "run_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_run_steps_status",
                table: "run_steps",
                columns: new[] { "status", "asset_key" });

            migrationBuilder.CreateIndex(
                name: "ix_run_steps_unit",
                table: "run_steps",
                columns: new[] { "run_id", "unit" });

            migrationBuilder.CreateIndex(
                name: "ix_runs_backfill",
                table: "runs",
                column: "backfill_id");

            migrationBuilder.CreateIndex(
                name: "ix_runs_status",
                table: "runs",
                columns: new[] { "status", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "backfills");

            migrationBuilder.DropTable(
                name: "run_events");

            migrationBuilder.DropTable(
                name: "run_steps");

            migrationBuilder.DropTable(
                name: "step_locks");

            migrationBuilder.DropTable(
                name: "runs");

            migrationBuilder.DropColumn(
                name: "run_id",
                table: "materializations");

            migrationBuilder.DropColumn(
                name: "run_id",
                table: "check_results");
        }
    }
}
