using Lineage.Assets.ColumnLineage;
using Lineage.Assets.Graph;
using Lineage.Assets.Quantum;
using Lineage.Assets.Selection;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Tests.Quantum;

/// <summary>The quantum specs as a whole: they form a valid graph, and selections and column traces work on it.</summary>
public sealed class QuantumGraphTests
{
    private static readonly AssetGraph Graph = AssetGraph.Build(QuantumSpecs.All);

    private static IReadOnlyList<string> Select(string selection) =>
        AssetSelection.Parse(selection).Resolve(Graph).Select(k => k.Name).ToList();

    [Fact]
    public void The_quantum_specs_build_a_valid_graph_with_the_source_first_and_the_summary_last()
    {
        Assert.Equal(12, Graph.Specs.Count);
        Assert.Equal(QuantumAssetKeys.RawVqeResults, Graph.TopologicalOrder[0]);
        Assert.Equal(QuantumAssetKeys.MlRunSummary, Graph.TopologicalOrder[^1]);
        Assert.Equal(["base_features", "ml_features", "raw"], Graph.Groups);
    }

    [Fact]
    public void Upstream_of_the_run_summary_is_the_source_five_base_tables_and_the_iteration_features()
    {
        Assert.Equal(
            ["ansatz_info", "ml_iteration_features", "ml_run_summary", "molecules", "performance_metrics",
             "raw_vqe_results", "vqe_iterations", "vqe_results"],
            Select("+ml_run_summary").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Downstream_of_hamiltonian_terms_is_nothing_but_itself()
    {
        Assert.Equal(["hamiltonian_terms"], Select("hamiltonian_terms+"));
    }

    [Fact]
    public void Kind_and_group_selections_split_source_and_tables()
    {
        Assert.Equal(11, Select("kind:iceberg").Count);
        Assert.Equal(9, Select("group:base_features").Count);
        Assert.Equal(12, Select("group:raw, kind:iceberg").Count);
    }

    [Fact]
    public void The_run_summary_minimum_energy_traces_back_to_the_raw_iteration_results()
    {
        var columns = new ColumnLineageGraph(Graph);

        var upstream = columns.Upstream(new ColumnRef(QuantumAssetKeys.MlRunSummary, "min_energy")).Select(c => c.ToString()).ToList();

        Assert.Equal(
            ["raw_vqe_results.vqe_result.iteration_list[].result", "vqe_iterations.iteration_energy", "ml_iteration_features.energy"],
            upstream);
    }

    [Fact]
    public void Every_table_column_except_the_run_stamps_reaches_the_raw_source()
    {
        var columns = new ColumnLineageGraph(Graph);
        string[] stamps = ["processing_timestamp", "processing_batch_id", "processing_name"];

        var unreached = Graph.Specs.Where(s => !s.IsSource)
            .SelectMany(s => s.Columns.Where(c => !stamps.Contains(c.Name)).Select(c => new ColumnRef(s.Key, c.Name)))
            .Where(c => !columns.Upstream(c).Any(u => u.Asset == QuantumAssetKeys.RawVqeResults))
            .Select(c => c.ToString())
            .ToList();

        Assert.Empty(unreached);
    }
}
