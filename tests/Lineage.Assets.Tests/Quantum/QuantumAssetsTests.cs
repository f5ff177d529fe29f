using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum;

namespace Lineage.Assets.Tests.Quantum;

public class QuantumAssetsTests
{
    private static readonly string[] BaseTables =
    [
        "molecules", "ansatz_info", "performance_metrics", "vqe_results", "initial_parameters",
        "optimal_parameters", "vqe_iterations", "iteration_parameters", "hamiltonian_terms",
    ];

    [Fact]
    public void There_are_exactly_twelve_assets_with_distinct_keys()
    {
        var keys = QuantumSpecs.All.Select(spec => spec.Key.Value).ToList();

        Assert.Equal(12, keys.Count);
        Assert.Equal(
            ["raw_vqe_results", .. BaseTables.Select(t => $"quantum_features/{t}"),
             "quantum_features/ml_iteration_features", "quantum_features/ml_run_summary"],
            keys);
        Assert.Equal(keys, QuantumAssetKeys.All.Select(key => key.Value));
    }

    [Fact]
    public void The_raw_source_is_a_single_segment_json_source_in_the_raw_group()
    {
        var raw = QuantumSpecs.Named("raw_vqe_results");

        Assert.Equal(AssetKey.Of("raw_vqe_results"), raw.Key);
        Assert.Single(raw.Key.Path);
        Assert.True(raw.IsSource);
        Assert.Equal("raw", raw.Group);
        Assert.Equal(["json"], raw.Kinds);
        Assert.Empty(raw.Deps);
        Assert.Null(raw.CodeVersion);
        Assert.Single(QuantumSpecs.All, spec => spec.IsSource);
    }

    [Fact]
    public void Base_tables_are_in_the_base_features_group_and_depend_only_on_the_raw_source()
    {
        foreach (var name in BaseTables)
        {
            var spec = QuantumSpecs.Named(name);
            Assert.Equal("base_features", spec.Group);
            Assert.Equal([QuantumAssetKeys.RawVqeResults], spec.Deps.Select(dep => dep.Asset));
        }
        Assert.Equal(BaseTables, QuantumSpecs.All.Where(s => s.Group == "base_features").Select(s => s.Key.Name));
    }

    [Fact]
    public void Ml_iteration_features_depends_on_the_five_context_tables()
    {
        var spec = QuantumSpecs.Named("ml_iteration_features");

        Assert.Equal("ml_features", spec.Group);
        Assert.Equal(
            ["vqe_iterations", "vqe_results", "molecules", "performance_metrics", "ansatz_info"],
            spec.Deps.Select(dep => dep.Asset.Name));
    }

    [Fact]
    public void Ml_run_summary_depends_only_on_ml_iteration_features()
    {
        var spec = QuantumSpecs.Named("ml_run_summary");

        Assert.Equal("ml_features", spec.Group);
        Assert.Equal([QuantumAssetKeys.MlIterationFeatures], spec.Deps.Select(dep => dep.Asset));
    }

    [Fact]
    public void Every_table_is_stored_as_iceberg_parquet_at_code_version_1()
    {
        foreach (var spec in QuantumSpecs.Tables)
        {
            Assert.Equal(["iceberg", "parquet"], spec.Kinds);
            Assert.Equal("1", spec.CodeVersion);
            Assert.StartsWith("quantum_features/", spec.Key.Value);
        }
    }

    [Fact]
    public void Every_asset_has_a_team_owner_and_a_real_description()
    {
        foreach (var spec in QuantumSpecs.All)
        {
            Assert.NotEmpty(spec.Owners);
            Assert.All(spec.Owners, owner => Assert.StartsWith("team:", owner));
            Assert.True(spec.Description.Length > 120, $"{spec.Key} needs a paragraph of description.");
        }
        Assert.Equal(["team:ml-platform"], QuantumSpecs.Named("ml_run_summary").Owners);
        Assert.Equal(["team:quantum-research"], QuantumSpecs.Named("vqe_results").Owners);
    }

    [Fact]
    public void Descriptions_differ_between_assets()
    {
        var descriptions = QuantumSpecs.All.Select(spec => spec.Description).ToList();

        Assert.Equal(descriptions.Count, descriptions.Distinct().Count());
    }

    [Fact]
    public void All_twelve_assets_are_partitioned_daily_from_the_given_start()
    {
        var start = new DateOnly(2025, 3, 7);

        foreach (var spec in QuantumAssets.CreateSpecs(start))
        {
            var daily = Assert.IsType<DailyPartitions>(spec.Partitions);
            Assert.Equal(start, daily.Start);
        }
    }

    [Fact]
    public void Processing_metadata_is_not_one_of_the_assets()
    {
        Assert.Equal(AssetKey.Of("quantum_features", "processing_metadata"), QuantumAssets.ProcessingMetadataKey);
        Assert.DoesNotContain(QuantumSpecs.All, spec => spec.Key == QuantumAssets.ProcessingMetadataKey);
    }
}
