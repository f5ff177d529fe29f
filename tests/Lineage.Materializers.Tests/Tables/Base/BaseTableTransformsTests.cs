using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Apache.Arrow;
using Lineage.Materializers.Generation;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Tables;
using Lineage.Materializers.Tables.Base;
using Lineage.Materializers.Tests.Support;

namespace Lineage.Materializers.Tests.Tables.Base;

public class BaseTableTransformsTests
{
    private static readonly IReadOnlyList<ExperimentRun> GeneratedRuns =
        new SyntheticVqeGenerator(new GeneratorOptions { Count = 40, Days = 1, Start = new DateOnly(2026, 11, 18), Seed = 11 })
            .Generate().Select(r => ExperimentRun.From(r.Record, r.Name.ToString())).ToList();

    public static TheoryData<string> Tables => [.. QuantumAssetKeys.BaseTables.Select(k => k.ToString())];

    [Fact]
    public void All_has_one_transform_per_base_table_in_base_table_order()
    {
        Assert.Equal(QuantumAssetKeys.BaseTables, BaseTableTransforms.All.Select(t => t.Table));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void For_finds_the_transform_of_each_base_table(string table)
    {
        var key = new AssetKey(table);

        Assert.Equal(key, BaseTableTransforms.For(key).Table);
    }

    [Fact]
    public void For_a_table_that_is_not_a_base_table_names_it()
    {
        var error = Assert.Throws<ArgumentException>(() => BaseTableTransforms.For(QuantumAssetKeys.MlRunSummary));

        Assert.Contains(QuantumAssetKeys.MlRunSummary.ToString(), error.Message);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_transform_fills_exactly_its_tables_columns_for_generated_runs(string table)
    {
        var transform = BaseTableTransforms.For(new AssetKey(table));
        var rows = QuantumTableRows.For(transform.Table);

        foreach (var run in GeneratedRuns)
            transform.Append(run, BaseRecords.Stamp, rows);
        var batch = rows.TakeBatch();

        Assert.Equal(ExpectedRowCount(transform.Table), batch.Length);
        Assert.All(batch.Arrays, column => Assert.Equal(batch.Length, column.Length));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_row_ends_with_the_processing_columns_of_the_stamp(string table)
    {
        var transform = BaseTableTransforms.For(new AssetKey(table));
        var rows = TransformedRows.Of(transform, BaseRecords.Run(BaseRecords.ReferenceH2));
        var stamp = BaseRecords.Stamp;

        Assert.Equal(["processing_timestamp", "processing_date", "processing_batch_id", "processing_name"], rows.ColumnNames.TakeLast(4));
        Assert.NotEqual(0, rows.Count);
        Assert.All(rows.Values("processing_timestamp"), v => Assert.Equal(stamp.Timestamp, v));
        Assert.All(rows.Values("processing_date"), v => Assert.Equal(stamp.Date, v));
        Assert.All(rows.Strings("processing_batch_id"), v => Assert.Equal(stamp.BatchId, v));
        Assert.All(rows.Strings("processing_name"), v => Assert.Equal("quantum_base_processing", v));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Rows_of_several_runs_carry_each_runs_experiment_id_in_order(string table)
    {
        var transform = BaseTableTransforms.For(new AssetKey(table));
        var runs = GeneratedRuns.Take(3).ToArray();

        var ids = TransformedRows.Of(transform, runs).Strings("experiment_id");

        Assert.Equal(runs.Select(r => r.ExperimentId).Distinct(), ids.Distinct());
    }

    private static int ExpectedRowCount(AssetKey table)
    {
        int Sum(Func<VqeResult, int> count) => GeneratedRuns.Sum(run => count(run.Record.VqeResult));
        if (table == QuantumAssetKeys.InitialParameters)
            return Sum(r => r.InitialData.InitialParameters.Count);
        if (table == QuantumAssetKeys.OptimalParameters)
            return Sum(r => r.OptimalParameters.Count);
        if (table == QuantumAssetKeys.VqeIterations)
            return Sum(r => IterationSteps.FirstOccurrences(r.IterationList).Count);
        if (table == QuantumAssetKeys.IterationParameters)
            return Sum(r => IterationSteps.FirstOccurrences(r.IterationList).Sum(i => i.Parameters.Count));
        if (table == QuantumAssetKeys.HamiltonianTerms)
            return Sum(r => r.InitialData.Hamiltonian.Count);
        return GeneratedRuns.Count;
    }
}
