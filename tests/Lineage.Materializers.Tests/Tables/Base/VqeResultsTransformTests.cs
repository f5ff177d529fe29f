using Lineage.Materializers.Tables.Base;
using static Lineage.Materializers.Tests.Tables.Base.BaseRecords;

namespace Lineage.Materializers.Tests.Tables.Base;

public class VqeResultsTransformTests
{
    private static readonly VqeResultsTransform Transform = new();

    [Fact]
    public void Reference_H2_gives_its_setup_and_outcome()
    {
        var rows = TransformedRows.Of(Transform, ReferenceH2);

        Assert.Equal(1, rows.Count);
        Assert.Equal("qasm_simulator", rows.Single("backend"));
        Assert.Equal(4, rows.Single("num_qubits"));
        Assert.Equal("L-BFGS-B", rows.Single("optimizer"));
        Assert.Equal("none", rows.Single("noise_backend"));
        Assert.Equal(1024, rows.Single("default_shots"));
        Assert.Equal(1, rows.Single("ansatz_reps"));
        Assert.Equal("EfficientSU2", rows.Single("ansatz_name"));
        Assert.Equal("hf", rows.Single("init_strategy"));
        Assert.Equal(42, rows.Single("seed"));
        Assert.Equal(-1.15, rows.Single("minimum_energy"));
        Assert.Null(rows.Single("maxcv"));
        Assert.Equal(0.715, rows.Single("nuclear_repulsion_energy"));
        Assert.Equal(true, rows.Single("success"));
        Assert.Equal(20, rows.Single("nfev"));
        Assert.Equal(2, rows.Single("nit"));
        Assert.Equal(2, rows.Single("total_iterations"));
    }

    [Fact]
    public void Missing_optionals_are_null_and_names_take_their_defaults()
    {
        var rows = TransformedRows.Of(Transform, WithoutOptionals);

        foreach (var column in new[] { "default_shots", "seed", "maxcv", "nuclear_repulsion_energy", "success", "nfev", "nit" })
            Assert.Null(rows.Single(column));
        Assert.Equal("EfficientSU2", rows.Single("ansatz_name"));
        Assert.Equal("random", rows.Single("init_strategy"));
        Assert.Equal(1, rows.Single("total_iterations"));
    }

    [Fact]
    public void A_given_maxcv_and_a_false_success_are_kept()
    {
        var record = ReferenceH2 with { VqeResult = ReferenceH2.VqeResult with { Maxcv = 0.0, Success = false } };

        var rows = TransformedRows.Of(Transform, record);

        Assert.Equal(0.0, rows.Single("maxcv"));
        Assert.Equal(false, rows.Single("success"));
    }

    [Fact]
    public void Total_iterations_counts_repeated_iteration_numbers()
    {
        var record = WithIterations(Iteration(1, -1.0, 0.1), Iteration(2, -1.1, 0.2), Iteration(2, -1.2, 0.3));

        Assert.Equal(3, TransformedRows.Of(Transform, record).Single("total_iterations"));
    }

    [Fact]
    public void A_run_without_iterations_has_zero_total_iterations()
    {
        Assert.Equal(0, TransformedRows.Of(Transform, WithIterations()).Single("total_iterations"));
    }
}
