using Lineage.Assets.Specs;

namespace Lineage.Assets.Tests.Quantum;

public class QuantumColumnLineageTests
{
    private static readonly string[] RunProduced = ["processing_timestamp", "processing_batch_id", "processing_name"];

    private static readonly string[] ExperimentIdentity =
    [
        "molecule.molecule_data.symbols", "molecule.molecule_data.coords", "molecule.molecule_data.multiplicity",
        "molecule.molecule_data.charge", "molecule.molecule_data.units", "molecule.molecule_data.masses",
        "basis_set",
        "vqe_result.initial_data.backend", "vqe_result.initial_data.num_qubits",
        "vqe_result.initial_data.hamiltonian[].label", "vqe_result.initial_data.hamiltonian[].coefficients.real",
        "vqe_result.initial_data.hamiltonian[].coefficients.imaginary", "vqe_result.initial_data.num_parameters",
        "vqe_result.initial_data.initial_parameters", "vqe_result.initial_data.optimizer",
        "vqe_result.initial_data.ansatz", "vqe_result.initial_data.noise_backend",
        "vqe_result.initial_data.default_shots", "vqe_result.initial_data.ansatz_reps",
        "vqe_result.initial_data.init_strategy", "vqe_result.initial_data.seed",
        "vqe_result.initial_data.ansatz_name",
    ];

    private static IEnumerable<string> Lineage(string table, string column) =>
        QuantumSpecs.Named(table).FindColumn(column)!.DerivedFrom.Select(r => r.ToString());

    [Fact]
    public void Every_table_column_has_lineage_except_the_three_the_run_produces()
    {
        foreach (var spec in QuantumSpecs.Tables)
        {
            foreach (var column in spec.Columns.Where(column => !RunProduced.Contains(column.Name)))
                Assert.True(column.DerivedFrom.Count > 0, $"{spec.Key.Name}.{column.Name} has no lineage.");
        }
    }

    [Fact]
    public void The_run_produced_columns_have_no_lineage_and_say_why()
    {
        var withRunColumns = QuantumSpecs.Tables.Where(spec => spec.Group == "base_features").ToList();

        Assert.Equal(9, withRunColumns.Count);
        foreach (var column in withRunColumns.SelectMany(spec => spec.Columns).Where(c => RunProduced.Contains(c.Name)))
        {
            Assert.Empty(column.DerivedFrom);
            Assert.Contains("no upstream column", column.Description);
        }
    }

    [Fact]
    public void The_raw_source_columns_have_no_lineage()
    {
        Assert.All(QuantumSpecs.Named("raw_vqe_results").Columns, column => Assert.Empty(column.DerivedFrom));
    }

    [Fact]
    public void Every_lineage_reference_names_a_column_of_a_direct_dependency()
    {
        var byKey = QuantumSpecs.All.ToDictionary(spec => spec.Key);

        foreach (var spec in QuantumSpecs.All)
        {
            var deps = spec.Deps.Select(dep => dep.Asset).ToHashSet();
            foreach (var column in spec.Columns)
            {
                foreach (var source in column.DerivedFrom)
                {
                    Assert.True(deps.Contains(source.Asset), $"{spec.Key.Name}.{column.Name} refers to non-dependency {source}.");
                    Assert.True(byKey[source.Asset].FindColumn(source.Column) is not null,
                        $"{spec.Key.Name}.{column.Name} refers to undeclared {source}.");
                }
            }
        }
    }

    [Fact]
    public void No_column_lists_the_same_source_twice()
    {
        foreach (var column in QuantumSpecs.All.SelectMany(spec => spec.Columns))
            Assert.Equal(column.DerivedFrom.Count, column.DerivedFrom.Distinct().Count());
    }

    [Fact]
    public void Ml_energy_traces_back_to_the_raw_iteration_result()
    {
        var energy = QuantumSpecs.Named("ml_iteration_features").FindColumn("energy")!;
        var iterationEnergy = Follow(Assert.Single(energy.DerivedFrom), "vqe_iterations", "iteration_energy");
        Follow(Assert.Single(iterationEnergy.DerivedFrom), "raw_vqe_results", "vqe_result.iteration_list[].result");
    }

    [Fact]
    public void Run_summary_min_energy_derives_from_the_iteration_energy()
    {
        Assert.Equal(["ml_iteration_features.energy"], Lineage("ml_run_summary", "min_energy"));
    }

    [Fact]
    public void Experiment_id_derives_from_every_field_hashed_into_it()
    {
        var expected = ExperimentIdentity.Select(path => $"raw_vqe_results.{path}").Order();

        foreach (var spec in QuantumSpecs.All.Where(spec => spec.Group == "base_features"))
            Assert.Equal(expected, Lineage(spec.Key.Name, "experiment_id").Order());
        Assert.Equal(["vqe_iterations.experiment_id"], Lineage("ml_iteration_features", "experiment_id"));
    }

    [Fact]
    public void Row_ids_derive_from_the_experiment_identity_and_their_position()
    {
        var termId = Lineage("hamiltonian_terms", "term_id").ToList();
        var iterationParameterId = Lineage("iteration_parameters", "parameter_id").ToList();

        Assert.Contains("raw_vqe_results.vqe_result.initial_data.hamiltonian[].label", termId);
        Assert.Contains("raw_vqe_results.molecule.molecule_data.symbols", termId);
        Assert.Contains("raw_vqe_results.vqe_result.iteration_list[].iteration", iterationParameterId);
        Assert.Contains("raw_vqe_results.vqe_result.iteration_list[].parameters", iterationParameterId);
        Assert.Contains("raw_vqe_results.vqe_result.optimal_parameters", Lineage("optimal_parameters", "parameter_id"));
    }

    [Theory]
    [InlineData("ml_iteration_features", "normalized_energy", "vqe_iterations.iteration_energy,vqe_iterations.cumulative_min_energy")]
    [InlineData("ml_iteration_features", "relative_iteration", "vqe_iterations.iteration_step,vqe_results.total_iterations")]
    [InlineData("ml_iteration_features", "num_atoms", "molecules.atom_symbols")]
    [InlineData("ml_iteration_features", "ansatz_type", "ansatz_info.ansatz_name")]
    [InlineData("ml_iteration_features", "basis_set", "ansatz_info.basis_set")]
    [InlineData("ml_iteration_features", "final_energy", "vqe_results.minimum_energy")]
    [InlineData("ml_iteration_features", "converged", "vqe_results.success")]
    [InlineData("ml_iteration_features", "vqe_time", "performance_metrics.vqe_time")]
    [InlineData("ml_iteration_features", "mean_param_change", "vqe_iterations.parameter_delta_norm,vqe_iterations.iteration_step")]
    [InlineData("ml_run_summary", "improvement_ratio", "ml_iteration_features.is_new_minimum,ml_iteration_features.total_iterations")]
    [InlineData("ml_run_summary", "time_per_iteration", "ml_iteration_features.vqe_time,ml_iteration_features.total_iterations")]
    [InlineData("ml_run_summary", "seed", "ml_iteration_features.seed")]
    [InlineData("performance_metrics", "computed_total_time",
        "raw_vqe_results.hamiltonian_time,raw_vqe_results.mapping_time,raw_vqe_results.vqe_time")]
    [InlineData("molecules", "molecule_name", "raw_vqe_results.molecule.molecule_data.symbols")]
    [InlineData("vqe_results", "total_iterations", "raw_vqe_results.vqe_result.iteration_list[].iteration")]
    [InlineData("vqe_results", "minimum_energy", "raw_vqe_results.vqe_result.minimum")]
    public void Derived_columns_name_every_input_of_their_formula(string table, string column, string sources)
    {
        Assert.Equal(sources.Split(',').Order(), Lineage(table, column).Order());
    }

    [Fact]
    public void Processing_date_follows_the_landing_time_of_the_raw_file()
    {
        foreach (var spec in QuantumSpecs.All.Where(spec => spec.Group == "base_features"))
            Assert.Equal(["raw_vqe_results._file.landed_at"], Lineage(spec.Key.Name, "processing_date"));
        Assert.Equal(["vqe_iterations.processing_date"], Lineage("ml_iteration_features", "processing_date"));
        Assert.Equal(["ml_iteration_features.processing_date"], Lineage("ml_run_summary", "processing_date"));
    }

    private static ColumnSpec Follow(ColumnRef reference, string asset, string column)
    {
        Assert.Equal(asset, reference.Asset.Name);
        Assert.Equal(column, reference.Column);
        return QuantumSpecs.Named(asset).FindColumn(column)!;
    }
}
