using Lineage.Materializers.Tables.Base;
using static Lineage.Materializers.Tests.Tables.Base.BaseRecords;

namespace Lineage.Materializers.Tests.Tables.Base;

public class ParameterVectorTransformTests
{
    private static readonly string ExperimentId = Run(ReferenceH2).ExperimentId;

    [Fact]
    public void Initial_parameters_give_one_row_per_value_with_positional_index_and_init_id()
    {
        var rows = TransformedRows.Of(new InitialParametersTransform(), ReferenceH2);

        Assert.Equal(new double?[] { 0.1, 0.2, 0.3, 0.4 }, rows.Doubles("initial_parameter_value"));
        Assert.Equal(new int?[] { 0, 1, 2, 3 }, rows.Ints("parameter_index"));
        Assert.Equal(Enumerable.Range(0, 4).Select(i => $"{ExperimentId}_init_{i}"), rows.Strings("parameter_id"));
        Assert.All(rows.Strings("backend"), b => Assert.Equal("qasm_simulator", b));
        Assert.All(rows.Ints("num_qubits"), n => Assert.Equal(4, n));
        Assert.All(rows.Strings("basis_set"), b => Assert.Equal("sto-3g", b));
    }

    [Fact]
    public void Optimal_parameters_give_one_row_per_value_with_opt_id()
    {
        var rows = TransformedRows.Of(new OptimalParametersTransform(), ReferenceH2);

        Assert.Equal(new double?[] { 0.15, 0.25, 0.35, 0.45 }, rows.Doubles("optimal_parameter_value"));
        Assert.Equal(new int?[] { 0, 1, 2, 3 }, rows.Ints("parameter_index"));
        Assert.Equal(Enumerable.Range(0, 4).Select(i => $"{ExperimentId}_opt_{i}"), rows.Strings("parameter_id"));
    }

    [Fact]
    public void Equal_parameter_values_still_get_distinct_ids()
    {
        var record = ReferenceH2 with
        {
            VqeResult = ReferenceH2.VqeResult with
            {
                InitialData = ReferenceH2.VqeResult.InitialData with { InitialParameters = [0.5, 0.5, 0.5] },
                OptimalParameters = [1.0, 1.0],
            },
        };

        var initial = TransformedRows.Of(new InitialParametersTransform(), record).Strings("parameter_id");
        var optimal = TransformedRows.Of(new OptimalParametersTransform(), record).Strings("parameter_id");

        Assert.Equal(3, initial.Distinct().Count());
        Assert.Equal(2, optimal.Distinct().Count());
    }

    [Fact]
    public void An_empty_vector_gives_no_rows()
    {
        var record = ReferenceH2 with { VqeResult = ReferenceH2.VqeResult with { OptimalParameters = [] } };

        Assert.Equal(0, TransformedRows.Of(new OptimalParametersTransform(), record).Count);
    }
}
