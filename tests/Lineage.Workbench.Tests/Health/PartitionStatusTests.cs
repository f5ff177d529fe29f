using System.Text.Json;
using System.Text.Json.Nodes;
using Lineage.Assets.Checks;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Raw;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Health;

/// <summary><c>lineage status</c> on a catalog where every asset was materialized for one day of the sample.</summary>
public sealed class PartitionStatusTests(PartitionStatusWorkspace workspace) : IClassFixture<PartitionStatusWorkspace>
{
    private const string Day = PartitionStatusWorkspace.Day;

    private static readonly string[] MlTables = [QuantumAssetKeys.MlIterationFeatures.Value, QuantumAssetKeys.MlRunSummary.Value];

    [Fact]
    public async Task After_materializing_a_day_every_asset_is_fresh_that_day_and_missing_on_the_others()
    {
        Assert.Equal(0, workspace.Materialized.ExitCode);

        var matrix = await StatusAsync(workspace.Configuration, "--from", "2026-11-18", "--to", "2026-11-20");

        Assert.Equal(["2026-11-18", Day, "2026-11-20"], matrix.GetProperty("dates").EnumerateArray().Select(d => d.GetString()));
        var assets = matrix.GetProperty("assets").EnumerateArray().ToList();
        Assert.Equal(QuantumAssetKeys.All.Count, assets.Count);
        Assert.All(assets, a => Assert.Equal("MFM", a.GetProperty("statuses").GetString()));
        Assert.All(assets, a => Assert.Equal(["2026-11-18", "2026-11-20"], a.GetProperty("reasons").EnumerateObject().Select(r => r.Name)));
        var molecules = Row(matrix, QuantumAssetKeys.Molecules.Value);
        Assert.Equal("never materialized", molecules.GetProperty("reasons").GetProperty("2026-11-18").GetString());
    }

    [Fact]
    public async Task A_changed_raw_file_once_observed_makes_the_base_tables_stale_from_the_source_and_the_ml_tables_stale_from_upstream()
    {
        var configuration = workspace.Copy();
        var raw = Directory.GetFiles(Path.Combine(configuration["Lineage:Raw"]!, "experiment.vqe"))
            .First(f => RawFileName.Parse(Path.GetFileName(f)).PartitionKey == Day);
        await File.AppendAllTextAsync(raw, " ");
        var observed = await PartitionStatusWorkspace.RunAsync(configuration, "materialize", "--select", "raw_vqe_results", "--partition", Day);
        Assert.Equal(0, observed.ExitCode);

        var matrix = await StatusAsync(configuration, "--from", Day, "--to", Day);

        Assert.Equal("F", Row(matrix, QuantumAssetKeys.RawVqeResults.Value).GetProperty("statuses").GetString());
        foreach (var table in QuantumAssetKeys.BaseTables)
        {
            var row = Row(matrix, table.Value);
            Assert.Equal("S", row.GetProperty("statuses").GetString());
            Assert.Equal("source raw_vqe_results changed", row.GetProperty("reasons").GetProperty(Day).GetString());
        }
        foreach (var table in MlTables)
        {
            var row = Row(matrix, table);
            Assert.Equal("S", row.GetProperty("statuses").GetString());
            Assert.Contains("stale", row.GetProperty("reasons").GetProperty(Day).GetString());
            Assert.DoesNotContain("source", row.GetProperty("reasons").GetProperty(Day).GetString());
        }
    }

    [Fact]
    public async Task A_failed_blocking_check_blocks_everything_downstream_of_its_asset_but_not_the_asset()
    {
        var configuration = workspace.Copy();
        var log = new CatalogMaterializationLog(CatalogDbContextFactory.From(configuration));
        await log.RecordChecksAsync(
            [new CheckResult(QuantumAssetKeys.Molecules, "keys_unique", Day, false, AssetCheckSeverity.Error, true, "2 duplicate keys", [], DateTimeOffset.UtcNow)],
            CancellationToken.None);

        var matrix = await StatusAsync(configuration, "--from", Day, "--to", Day);

        var downstream = new AssetCatalog(new DateOnly(2026, 11, 1)).Graph.Downstream(QuantumAssetKeys.Molecules).Select(k => k.Value).ToHashSet();
        Assert.NotEmpty(downstream);
        foreach (var row in matrix.GetProperty("assets").EnumerateArray())
        {
            var key = row.GetProperty("key").GetString()!;
            Assert.Equal(downstream.Contains(key) ? "B" : "F", row.GetProperty("statuses").GetString());
            if (downstream.Contains(key))
                Assert.Equal("blocking check keys_unique of molecules failed", row.GetProperty("reasons").GetProperty(Day).GetString());
        }
    }

    [Fact]
    public async Task Status_prints_a_legend_a_letter_row_per_selected_asset_and_the_reasons_of_days_not_fresh()
    {
        var run = await PartitionStatusWorkspace.RunAsync(workspace.Configuration, "status", "--select", "molecules", "--from", Day, "--to", "2026-11-20");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([
            $"{Day} .. 2026-11-20 (2 days); F fresh, E empty (no raw files), S stale, M missing, B blocked, X failed, R running",
            "quantum_features/molecules  FM",
            "  quantum_features/molecules 2026-11-20: never materialized",
        ], lines);
    }

    [Fact]
    public async Task A_range_longer_than_the_cap_is_a_usage_error_naming_the_cap()
    {
        var run = await PartitionStatusWorkspace.RunAsync(workspace.Configuration, "status", "--from", "2000-01-01", "--to", "2026-11-20");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("3660", run.Error);
    }

    private static async Task<JsonElement> StatusAsync(IConfiguration configuration, params string[] range)
    {
        var run = await PartitionStatusWorkspace.RunAsync(configuration, ["status", .. range, "--json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement;
    }

    private static JsonElement Row(JsonElement matrix, string key) =>
        Assert.Single(matrix.GetProperty("assets").EnumerateArray(), a => a.GetProperty("key").GetString() == key);
}
