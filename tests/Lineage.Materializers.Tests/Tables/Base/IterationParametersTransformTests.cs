using Lineage.Materializers.Tables.Base;
using static Lineage.Materializers.Tests.Tables.Base.BaseRecords;

namespace Lineage.Materializers.Tests.Tables.Base;

public class IterationParametersTransformTests
{
    private static readonly IterationParametersTransform Transform = new();

    [Fact]
    public void Reference_H2_gives_each_iterations_values_with_positional_indexes()
    {
        var experimentId = Run(ReferenceH2).ExperimentId;

        var rows = TransformedRows.Of(Transform, ReferenceH2);

        Assert.Equal(8, rows.Count);
        Assert.Equal(new int?[] { 0, 0, 0, 0, 1, 1, 1, 1 }, rows.Ints("iteration_step"));
        Assert.Equal(new int?[] { 0, 1, 2, 3, 0, 1, 2, 3 }, rows.Ints("parameter_index"));
        Assert.Equal(new double?[] { 0.1, 0.2, 0.3, 0.4, 0.15, 0.25, 0.35, 0.45 }, rows.Doubles("parameter_value"));
        Assert.Equal(
            Enumerable.Repeat($"{experimentId}_iter_0", 4).Concat(Enumerable.Repeat($"{experimentId}_iter_1", 4)),
            rows.Strings("iteration_id"));
        Assert.Equal($"{experimentId}_iter_0_param_0", rows.Strings("parameter_id")[0]);
        Assert.Equal($"{experimentId}_iter_1_param_3", rows.Strings("parameter_id")[7]);
        Assert.All(rows.Ints("num_qubits"), n => Assert.Equal(4, n));
    }

    [Fact]
    public void Equal_values_within_an_iteration_get_distinct_parameter_ids()
    {
        var rows = TransformedRows.Of(Transform, WithIterations(Iteration(0, -1.0, 0.5, 0.5, 0.5)));

        Assert.Equal(3, rows.Strings("parameter_id").Distinct().Count());
    }

    [Fact]
    public void Only_the_first_occurrence_of_a_repeated_iteration_number_contributes()
    {
        var record = WithIterations(Iteration(1, -1.0, 0.1, 0.2), Iteration(1, -1.5, 0.7, 0.8), Iteration(2, -1.2, 0.3, 0.4));

        var rows = TransformedRows.Of(Transform, record);

        Assert.Equal(new int?[] { 1, 1, 2, 2 }, rows.Ints("iteration_step"));
        Assert.Equal(new double?[] { 0.1, 0.2, 0.3, 0.4 }, rows.Doubles("parameter_value"));
        Assert.Equal(4, rows.Strings("parameter_id").Distinct().Count());
    }

    [Fact]
    public void A_run_with_one_iteration_gives_that_iterations_parameters()
    {
        var rows = TransformedRows.Of(Transform, WithoutOptionals);

        Assert.Equal(4, rows.Count);
        Assert.All(rows.Ints("iteration_step"), s => Assert.Equal(0, s));
    }
}
