using Lineage.Assets.ColumnLineage;
using Lineage.Assets.Specs;
using static Lineage.Assets.Tests.Support.TestSpecs;

namespace Lineage.Assets.Tests.ColumnLineage;

public class ColumnLineageGraphTests
{
    private static readonly ColumnLineageGraph Lineage = new(BuildGraph(
        Source("raw").WithColumns(
            Column("molecule.symbols"),
            Column("vqe_result.minimum"),
            Column("vqe_result.iteration_list[].result")),
        Asset("q/molecules", "raw").WithColumns(
            Column("experiment_id"),
            Column("molecule_name", "raw.molecule.symbols")),
        Asset("q/results", "raw").WithColumns(
            Column("minimum_energy", "raw.vqe_result.minimum"),
            Column("total_iterations", "raw.vqe_result.iteration_list[].result")),
        Asset("q/features", "q/molecules", "q/results").WithColumns(
            Column("molecule_name", "q/molecules.molecule_name"),
            Column("final_energy", "q/results.minimum_energy"),
            Column("relative_energy", "q/results.minimum_energy", "q/results.total_iterations")),
        Asset("q/summary", "q/features").WithColumns(
            Column("energy_range", "q/features.final_energy", "q/features.relative_energy"))));

    [Fact]
    public void Upstream_reaches_the_source_json_paths_in_lineage_order()
    {
        var upstream = Lineage.Upstream(Ref("q/summary.energy_range"));

        Assert.Equal(
            [
                Ref("raw.vqe_result.minimum"),
                Ref("raw.vqe_result.iteration_list[].result"),
                Ref("q/results.minimum_energy"),
                Ref("q/results.total_iterations"),
                Ref("q/features.final_energy"),
                Ref("q/features.relative_energy"),
            ],
            upstream);
    }

    [Fact]
    public void Downstream_lists_every_column_derived_from_a_json_path_once()
    {
        var downstream = Lineage.Downstream(Ref("raw.vqe_result.minimum"));

        Assert.Equal(
            [
                Ref("q/results.minimum_energy"),
                Ref("q/features.final_energy"),
                Ref("q/features.relative_energy"),
                Ref("q/summary.energy_range"),
            ],
            downstream);
    }

    [Fact]
    public void A_column_derived_from_nothing_has_no_upstream_and_the_column_itself_is_never_listed()
    {
        Assert.Empty(Lineage.Upstream(Ref("q/molecules.experiment_id")));
        Assert.Empty(Lineage.Downstream(Ref("q/molecules.experiment_id")));
        Assert.DoesNotContain(Ref("q/features.molecule_name"), Lineage.Upstream(Ref("q/features.molecule_name")));
        Assert.Equal(
            [Ref("raw.molecule.symbols"), Ref("q/molecules.molecule_name")],
            Lineage.Upstream(Ref("q/features.molecule_name")));
    }

    [Fact]
    public void Edges_go_from_the_upstream_column_to_the_derived_one()
    {
        Assert.Equal(9, Lineage.Edges.Count);
        Assert.Contains(
            new ColumnLineageEdge(Ref("q/results.total_iterations"), Ref("q/features.relative_energy")),
            Lineage.Edges);
        Assert.Equal(
            new ColumnLineageEdge(Ref("raw.molecule.symbols"), Ref("q/molecules.molecule_name")),
            Lineage.Edges[0]);
    }

    [Fact]
    public void EdgesAmong_keeps_only_edges_with_both_ends_in_the_set()
    {
        var column = Ref("q/features.final_energy");
        var shown = Lineage.Upstream(column).Append(column);

        var edges = Lineage.EdgesAmong(shown);

        Assert.Equal(
            [
                new ColumnLineageEdge(Ref("raw.vqe_result.minimum"), Ref("q/results.minimum_energy")),
                new ColumnLineageEdge(Ref("q/results.minimum_energy"), Ref("q/features.final_energy")),
            ],
            edges);
    }

    [Fact]
    public void Columns_follow_topological_then_declaration_order()
    {
        Assert.Equal(11, Lineage.Columns.Count);
        Assert.Equal(Ref("raw.molecule.symbols"), Lineage.Columns[0]);
        Assert.Equal(Ref("q/summary.energy_range"), Lineage.Columns[^1]);
    }

    [Fact]
    public void An_unknown_column_is_named_with_a_suggestion()
    {
        var error = Assert.Throws<UnknownColumnException>(() => Lineage.Upstream(Ref("q/results.minimum_enrgy")));

        Assert.Contains("'q/results.minimum_enrgy'", error.Message);
        Assert.Contains("Did you mean: minimum_energy?", error.Message);
        Assert.Equal(new ColumnRef(Key("q/results"), "minimum_enrgy"), error.Column);
    }

    [Fact]
    public void A_column_of_an_unknown_asset_names_the_asset()
    {
        var error = Assert.Throws<UnknownColumnException>(() => Lineage.Downstream(Ref("q/nothing.x")));

        Assert.Contains("there is no asset 'q/nothing'", error.Message);
    }

    [Fact]
    public void EdgesAmong_rejects_unknown_columns()
    {
        Assert.Throws<UnknownColumnException>(() => Lineage.EdgesAmong([Ref("q/results.nope")]));
    }
}
