using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Materialization;

namespace Lineage.Materializers.Tests.Materialization;

public sealed class RerunTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 18);
    private static readonly string[] RunColumns = ["processing_timestamp", "processing_batch_id"];

    private readonly SampleWarehouse _warehouse = new();

    private async Task<List<string>> ContentAsync(AssetKey table) =>
        (await _warehouse.RowsAsync(table, Day))
            .Select(row => string.Join("|", row.Where(p => !RunColumns.Contains(p.Key)).Select(p => $"{p.Key}={Text(p.Value)}")))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Text(object? value) => value switch
    {
        null => "null",
        System.Collections.IEnumerable list and not string => "[" + string.Join(",", list.Cast<object?>().Select(Text)) + "]",
        IFormattable number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    [Fact]
    public async Task Rematerializing_a_day_gives_the_same_rows_apart_from_batch_and_timestamp_and_a_new_tag()
    {
        await _warehouse.MaterializeAsync("*", Day);
        var first = new Dictionary<AssetKey, List<string>>();
        foreach (var key in QuantumAssetKeys.All.Where(k => k != QuantumAssetKeys.RawVqeResults))
            first[key] = await ContentAsync(key);
        var firstVersions = _warehouse.Log.Materializations.ToDictionary(m => m.Asset, m => m.DataVersion);

        var again = await _warehouse.MaterializeAsync("*", Day);

        foreach (var key in first.Keys)
            Assert.Equal(first[key], await ContentAsync(key));
        Assert.All(again.Where(r => r.Status == StepStatus.Materialized), r =>
        {
            Assert.Equal(firstVersions[r.Asset], _warehouse.Log.Materializations.Last(m => m.Asset == r.Asset).DataVersion);
            Assert.StartsWith("v_20261118_", r.Tag);
        });
        var tags = _warehouse.Log.Materializations.Where(m => m.Asset == QuantumAssetKeys.VqeResults).Select(m => m.Tag).ToList();
        Assert.Equal(2, tags.Distinct().Count());
    }

    [Fact]
    public async Task A_table_can_be_materialized_alone_and_an_ml_table_without_its_upstream_partition_fails_naming_it()
    {
        var results = await _warehouse.MaterializeAsync("vqe_results", Day);
        Assert.Equal(StepStatus.Materialized, Assert.Single(results, r => r.Asset == QuantumAssetKeys.VqeResults).Status);
        Assert.Null(await _warehouse.Warehouse.TryLoadAsync(QuantumAssetKeys.Molecules, CancellationToken.None));

        var ml = Assert.Single(await _warehouse.MaterializeAsync("ml_iteration_features", Day));

        Assert.Equal(StepStatus.Failed, ml.Status);
        Assert.Contains("upstream partition quantum_features/", ml.Error);
        Assert.Contains("2026-11-18 has not been materialized", ml.Error);
    }

    [Fact]
    public async Task Ml_tables_materialize_on_their_own_once_their_upstream_partitions_exist()
    {
        await _warehouse.MaterializeAsync("group:base_features", Day);

        var results = await _warehouse.MaterializeAsync("group:ml_features", Day);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(StepStatus.Materialized, r.Status));
        Assert.All(results.SelectMany(r => r.Checks), c => Assert.True(c.Passed, c.Summary));
    }

    public void Dispose() => _warehouse.Dispose();
}
