using Lineage.Assets.Quantum;
using Lineage.Materializers.Materialization;

namespace Lineage.Materializers.Tests.Materialization;

/// <summary>All twelve assets over the three sample days, checked against sizes computed from the raw JSON.</summary>
[Collection(MaterializedSample.Collection)]
public sealed class SampleMaterializationTests(MaterializedSample sample)
{
    [Fact]
    public void Every_asset_of_every_day_is_materialized_or_observed_and_every_check_passes()
    {
        Assert.Equal(12 * 3, sample.Results.Count);
        Assert.All(sample.Results, r => Assert.True(r.Status is StepStatus.Materialized or StepStatus.Observed, $"{r.Asset} {r.Partition}: {r.Status} {r.Error}"));
        var checks = sample.Results.SelectMany(r => r.Checks).ToList();
        Assert.Equal(3 * sample.Warehouse.Graph.Checks.Count, checks.Count);
        Assert.All(checks, c => Assert.True(c.Passed, $"{c.Asset} {c.CheckName} {c.Partition}: {c.Summary}"));
        Assert.Equal(checks.Count, sample.Warehouse.Log.Checks.Count);
    }

    [Theory]
    [InlineData(18)]
    [InlineData(19)]
    [InlineData(20)]
    public async Task Table_sizes_match_the_raw_files_of_the_day(int day)
    {
        var date = new DateOnly(2026, 11, day);
        var oracle = RawOracle.For(sample.Warehouse.TopicFolder, date);
        async Task<int> Count(Assets.Keys.AssetKey table) => (await sample.Warehouse.RowsAsync(table, date)).Count;

        Assert.True(oracle.Experiments > 0);
        Assert.Equal(oracle.Experiments, await Count(QuantumAssetKeys.Molecules));
        Assert.Equal(oracle.Experiments, await Count(QuantumAssetKeys.AnsatzInfo));
        Assert.Equal(oracle.Experiments, await Count(QuantumAssetKeys.PerformanceMetrics));
        Assert.Equal(oracle.Experiments, await Count(QuantumAssetKeys.VqeResults));
        Assert.Equal(oracle.InitialParameters, await Count(QuantumAssetKeys.InitialParameters));
        Assert.Equal(oracle.OptimalParameters, await Count(QuantumAssetKeys.OptimalParameters));
        Assert.Equal(oracle.DistinctIterations, await Count(QuantumAssetKeys.VqeIterations));
        Assert.Equal(oracle.IterationParameters, await Count(QuantumAssetKeys.IterationParameters));
        Assert.Equal(oracle.HamiltonianTerms, await Count(QuantumAssetKeys.HamiltonianTerms));
        Assert.Equal(oracle.DistinctIterations, await Count(QuantumAssetKeys.MlIterationFeatures));
        Assert.Equal(oracle.ExperimentsWithIterations, await Count(QuantumAssetKeys.MlRunSummary));
    }

    [Fact]
    public async Task Run_summaries_hold_each_experiments_lowest_iteration_energy()
    {
        foreach (var day in SampleWarehouse.SampleDays)
        {
            var summaries = await sample.Warehouse.RowsAsync(QuantumAssetKeys.MlRunSummary, day);
            Assert.Equal(RawOracle.For(sample.Warehouse.TopicFolder, day).MinimumEnergies, summaries.Select(r => (double)r["min_energy"]!).Order().ToList());
        }
    }

    [Fact]
    public async Task Each_day_has_one_processing_metadata_row_naming_the_nine_tables_their_tags_and_counts()
    {
        foreach (var day in SampleWarehouse.SampleDays)
        {
            var row = Assert.Single(await sample.Warehouse.RowsAsync(QuantumAssetKeys.ProcessingMetadata, day));
            var names = ((System.Collections.IEnumerable)row["table_names"]!).Cast<string>().ToList();
            Assert.Equal(QuantumAssetKeys.BaseTables.Select(k => k.Name), names);
            var batch = (string)row["processing_batch_id"]!;
            Assert.All(((System.Collections.IEnumerable)row["table_versions"]!).Cast<string>(), tag => Assert.Equal($"v_{batch}", tag));
            var counts = ((System.Collections.IEnumerable)row["record_counts"]!).Cast<long>().ToList();
            for (var i = 0; i < names.Count; i++)
                Assert.Equal(counts[i], (await sample.Warehouse.RowsAsync(QuantumAssetKeys.BaseTables[i], day)).Count);
            Assert.Equal("quantum_base_processing", row["processing_name"]);
            Assert.Equal(day, row["processing_date"]);
        }
    }

    [Fact]
    public async Task Every_base_row_carries_its_partition_date_and_the_batch_of_its_day()
    {
        foreach (var day in SampleWarehouse.SampleDays)
        {
            var batch = (string)Assert.Single(await sample.Warehouse.RowsAsync(QuantumAssetKeys.ProcessingMetadata, day))["processing_batch_id"]!;
            foreach (var table in QuantumAssetKeys.BaseTables)
                Assert.All(await sample.Warehouse.RowsAsync(table, day), row =>
                {
                    Assert.Equal(day, row["processing_date"]);
                    Assert.Equal(batch, row["processing_batch_id"]);
                });
        }
    }

    [Fact]
    public void The_superseded_re_runs_of_the_sample_are_reported_by_the_key_check()
    {
        var superseded = sample.Results
            .SelectMany(r => r.Checks)
            .Where(c => c.CheckName == "keys_unique" && c.Asset == QuantumAssetKeys.VqeResults)
            .Select(c => c.Metadata.ToJsonString())
            .Where(json => json.Contains("superseded", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.NotEmpty(superseded);
    }
}
