using System.Text.Json;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Lakehouse.Tests.Interop;

namespace Lineage.Materializers.Tests.Materialization;

/// <summary>An independent Iceberg reader (icebird, in Node) sees exactly the rows we materialized.</summary>
public sealed class IcebirdReadsMaterializedTablesTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 19);

    private readonly SampleWarehouse _warehouse = new();

    [Theory]
    [InlineData("vqe_iterations", "iteration_id")]
    [InlineData("ml_run_summary", "experiment_id")]
    public async Task Icebird_reads_the_current_rows_of_a_re_materialized_table(string table, string key)
    {
        await _warehouse.MaterializeAsync("*", Day);
        await _warehouse.MaterializeAsync("*", Day);
        var asset = AssetKey.Of(QuantumAssetKeys.TableNamespace, table);

        var output = await NodeScript.RunAsync("iceberg/read-icebird.mjs", _warehouse.Warehouse.LocationOf(asset));

        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(line => line.GetProperty("kind").GetString() == "row")
            .Select(line => line.GetProperty("row"))
            .ToList();
        var ours = await _warehouse.RowsAsync(asset, Day);
        Assert.NotEmpty(ours);
        Assert.Equal(ours.Select(r => (string)r[key]!).Order(StringComparer.Ordinal), rows.Select(r => r.GetProperty(key).GetString()!).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _warehouse.Dispose();
}
