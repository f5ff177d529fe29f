using System.Globalization;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Tables.Base;
using static Lineage.Materializers.Tests.Tables.Base.BaseRecords;

namespace Lineage.Materializers.Tests.Tables.Base;

public class VqeIterationsTransformTests
{
    private static readonly VqeIterationsTransform Transform = new();

    [Fact]
    public void Reference_H2_gives_its_two_iterations()
    {
        var experimentId = Run(ReferenceH2).ExperimentId;

        var rows = TransformedRows.Of(Transform, ReferenceH2);

        Assert.Equal(2, rows.Count);
        Assert.Equal(new int?[] { 0, 1 }, rows.Ints("iteration_step"));
        Assert.Equal(new double?[] { -1.1, -1.15 }, rows.Doubles("iteration_energy"));
        Assert.Equal(new double?[] { 0.01, 0.01 }, rows.Doubles("energy_std_dev"));
        Assert.Equal(new double?[] { null, -0.05 }, rows.Doubles("energy_delta"));
        Assert.Equal(new double?[] { null, 0.1 }, rows.Doubles("parameter_delta_norm"));
        Assert.Equal(new double?[] { -1.1, -1.15 }, rows.Doubles("cumulative_min_energy"));
        Assert.Equal(new[] { $"{experimentId}_iter_0", $"{experimentId}_iter_1" }, rows.Strings("iteration_id"));
        Assert.All(rows.Strings("experiment_id"), id => Assert.Equal(experimentId, id));
        Assert.All(rows.Strings("backend"), b => Assert.Equal("qasm_simulator", b));
    }

    [Fact]
    public void A_run_with_one_iteration_gives_one_row_with_null_optionals()
    {
        var rows = TransformedRows.Of(Transform, WithoutOptionals);

        Assert.Equal(1, rows.Count);
        Assert.Equal(0, rows.Single("iteration_step"));
        Assert.Null(rows.Single("energy_delta"));
        Assert.Null(rows.Single("parameter_delta_norm"));
        Assert.Null(rows.Single("cumulative_min_energy"));
    }

    [Fact]
    public void A_repeated_iteration_number_keeps_its_first_occurrence()
    {
        var record = WithIterations(Iteration(1, -1.0, 0.1), Iteration(2, -1.1, 0.2), Iteration(2, -1.9, 0.3), Iteration(3, -1.2, 0.4));

        var rows = TransformedRows.Of(Transform, record);

        Assert.Equal(new int?[] { 1, 2, 3 }, rows.Ints("iteration_step"));
        Assert.Equal(new double?[] { -1.0, -1.1, -1.2 }, rows.Doubles("iteration_energy"));
        Assert.Equal(3, rows.Strings("iteration_id").Distinct().Count());
    }

    [Fact]
    public void A_cumulative_minimum_of_zero_is_kept_not_nulled()
    {
        var record = WithIterations(new VqeIteration(0, [0.0], 0.0, 0.0, 0.0, 0.0, 0.0));

        var rows = TransformedRows.Of(Transform, record);

        Assert.Equal(0.0, rows.Single("cumulative_min_energy"));
        Assert.Equal(0.0, rows.Single("energy_delta"));
        Assert.Equal(0.0, rows.Single("parameter_delta_norm"));
    }

    [Fact]
    public void A_run_without_iterations_gives_no_rows()
    {
        Assert.Equal(0, TransformedRows.Of(Transform, WithIterations()).Count);
    }

    [Fact]
    public void Iteration_ids_write_numbers_in_the_invariant_culture()
    {
        var record = WithIterations(Iteration(-1, -1.0, 0.1), Iteration(12000, -1.1, 0.2));
        var experimentId = Run(record).ExperimentId;
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("en-US").Clone();
        culture.NumberFormat.NegativeSign = "~";
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            var ids = TransformedRows.Of(Transform, record).Strings("iteration_id");
            Assert.Equal(new[] { $"{experimentId}_iter_-1", $"{experimentId}_iter_12000" }, ids);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
