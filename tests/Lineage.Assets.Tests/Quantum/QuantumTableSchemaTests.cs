using Lineage.Assets.Quantum;

namespace Lineage.Assets.Tests.Quantum;

public class QuantumTableSchemaTests
{
    public static TheoryData<string> AssetNames => new(ExpectedQuantumSchemas.Tables.Keys);

    [Fact]
    public void Every_asset_has_an_expected_layout()
    {
        Assert.Equal(
            ExpectedQuantumSchemas.Tables.Keys.Order(),
            QuantumSpecs.All.Select(spec => spec.Key.Name).Order());
    }

    [Theory]
    [MemberData(nameof(AssetNames))]
    public void Column_names_are_those_of_the_table_notes_in_order(string asset)
    {
        var expected = ExpectedQuantumSchemas.Tables[asset].Select(ExpectedQuantumSchemas.NameOf);

        Assert.Equal(expected, QuantumSpecs.Named(asset).Columns.Select(column => column.Name));
    }

    [Theory]
    [MemberData(nameof(AssetNames))]
    public void Column_types_and_nullability_are_those_of_the_table_notes(string asset)
    {
        Assert.Equal(ExpectedQuantumSchemas.Tables[asset], QuantumSpecs.Named(asset).Columns.Select(QuantumSpecs.Notation));
    }

    [Theory]
    [MemberData(nameof(AssetNames))]
    public void Only_the_columns_marked_optional_are_nullable(string asset)
    {
        var expected = ExpectedQuantumSchemas.Tables[asset]
            .Where(entry => entry.EndsWith('?'))
            .Select(ExpectedQuantumSchemas.NameOf);

        var nullable = QuantumSpecs.Named(asset).Columns.Where(column => column.Nullable).Select(column => column.Name);

        Assert.Equal(expected, nullable);
    }

    [Theory]
    [MemberData(nameof(AssetNames))]
    public void Column_names_are_unique_and_every_column_is_described(string asset)
    {
        var columns = QuantumSpecs.Named(asset).Columns;

        Assert.Equal(columns.Count, columns.Select(column => column.Name).Distinct().Count());
        Assert.All(columns, column => Assert.True(column.Description.Length > 10, $"{asset}.{column.Name}"));
    }

    [Fact]
    public void Every_base_table_ends_with_the_four_processing_columns()
    {
        foreach (var spec in QuantumSpecs.All.Where(spec => spec.Group == "base_features"))
            Assert.Equal(ExpectedQuantumSchemas.BaseProcessing, spec.Columns.TakeLast(4).Select(QuantumSpecs.Notation));
    }

    [Theory]
    [InlineData("molecules", "experiment_id,molecule_id", "processing_date")]
    [InlineData("ansatz_info", "experiment_id,molecule_id", "processing_date,basis_set")]
    [InlineData("performance_metrics", "experiment_id,molecule_id,basis_set", "processing_date,basis_set")]
    [InlineData("vqe_results", "experiment_id,molecule_id,basis_set", "processing_date,basis_set,backend")]
    [InlineData("initial_parameters", "parameter_id", "processing_date,basis_set")]
    [InlineData("optimal_parameters", "parameter_id", "processing_date,basis_set")]
    [InlineData("vqe_iterations", "iteration_id", "processing_date,basis_set,backend")]
    [InlineData("iteration_parameters", "parameter_id", "processing_date,basis_set")]
    [InlineData("hamiltonian_terms", "term_id", "processing_date,basis_set,backend")]
    [InlineData("ml_iteration_features", "experiment_id,iteration_step", "processing_date")]
    [InlineData("ml_run_summary", "experiment_id", "processing_date,basis_set")]
    public void Key_and_partition_columns_are_those_of_the_table_notes(string table, string key, string partitionedBy)
    {
        var spec = QuantumSpecs.Named(table);

        Assert.Equal(key.Split(','), spec.KeyColumns);
        Assert.Equal(partitionedBy.Split(','), spec.PartitionColumns);
    }

    [Fact]
    public void Key_and_partition_columns_are_declared_non_null_columns()
    {
        foreach (var spec in QuantumSpecs.Tables)
        {
            foreach (var name in spec.KeyColumns.Concat(spec.PartitionColumns))
            {
                var column = spec.FindColumn(name);
                Assert.True(column is { Nullable: false }, $"{spec.Key.Name}.{name} must be a non-null column.");
            }
        }
    }

    [Fact]
    public void The_raw_source_declares_no_key_or_partition_columns()
    {
        var raw = QuantumSpecs.Named("raw_vqe_results");

        Assert.Empty(raw.KeyColumns);
        Assert.Empty(raw.PartitionColumns);
    }

    [Fact]
    public void Processing_metadata_columns_are_those_of_the_table_notes()
    {
        Assert.Equal(ExpectedQuantumSchemas.ProcessingMetadata, QuantumAssets.ProcessingMetadataColumns.Select(QuantumSpecs.Notation));
    }
}
