using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lineage.Workbench.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "check_results",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    asset_key = table.Column<string>(type: "TEXT", nullable: false),
                    check_name = table.Column<string>(type: "TEXT", nullable: false),
                    partition = table.Column<string>(type: "TEXT", nullable: false),
                    passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    blocking = table.Column<bool>(type: "INTEGER", nullable: false),
                    summary = table.Column<string>(type: "TEXT", nullable: false),
                    metadata = table.Column<string>(type: "TEXT", nullable: false),
                    evaluated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    materialization_batch_id = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_check_results", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "materializations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    asset_key = table.Column<string>(type: "TEXT", nullable: false),
                    partition = table.Column<string>(type: "TEXT", nullable: false),
                    batch_id = table.Column<string>(type: "TEXT", nullable: false),
                    snapshot_id = table.Column<long>(type: "INTEGER", nullable: false),
                    tag = table.Column<string>(type: "TEXT", nullable: false),
                    rows = table.Column<long>(type: "INTEGER", nullable: false),
                    code_version = table.Column<string>(type: "TEXT", nullable: true),
                    data_version = table.Column<string>(type: "TEXT", nullable: false),
                    upstream_data_versions = table.Column<string>(type: "TEXT", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    duration_ticks = table.Column<long>(type: "INTEGER", nullable: false),
                    metadata = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_materializations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "source_observations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    asset_key = table.Column<string>(type: "TEXT", nullable: false),
                    partition = table.Column<string>(type: "TEXT", nullable: false),
                    data_version = table.Column<string>(type: "TEXT", nullable: false),
                    file_count = table.Column<int>(type: "INTEGER", nullable: false),
                    bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    observed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_observations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_check_results_batch",
                table: "check_results",
                column: "materialization_batch_id");

            migrationBuilder.CreateIndex(
                name: "ix_check_results_latest",
                table: "check_results",
                columns: new[] { "asset_key", "check_name", "partition", "evaluated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_materializations_batch",
                table: "materializations",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "ix_materializations_latest",
                table: "materializations",
                columns: new[] { "asset_key", "partition", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_source_observations_latest",
                table: "source_observations",
                columns: new[] { "asset_key", "partition", "observed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "check_results");

            migrationBuilder.DropTable(
                name: "materializations");

            migrationBuilder.DropTable(
                name: "source_observations");
        }
    }
}
