using Lineage.Materializers.Tables.Base;

namespace Lineage.Materializers.Tests.Tables.Base;

public class AnsatzInfoTransformTests
{
    private static readonly AnsatzInfoTransform Transform = new();

    [Fact]
    public void Reference_H2_keeps_its_ansatz_name_and_init_strategy()
    {
        var rows = TransformedRows.Of(Transform, BaseRecords.ReferenceH2);

        Assert.Equal(1, rows.Count);
        Assert.Equal(0, rows.Single("molecule_id"));
        Assert.Equal("sto-3g", rows.Single("basis_set"));
        Assert.Equal("OPENQASM 3.0;", rows.Single("ansatz"));
        Assert.Equal(1, rows.Single("ansatz_reps"));
        Assert.Equal("EfficientSU2", rows.Single("ansatz_name"));
        Assert.Equal("hf", rows.Single("init_strategy"));
    }

    [Fact]
    public void Missing_ansatz_name_and_init_strategy_take_their_defaults()
    {
        var rows = TransformedRows.Of(Transform, BaseRecords.WithoutOptionals);

        Assert.Equal("EfficientSU2", rows.Single("ansatz_name"));
        Assert.Equal("random", rows.Single("init_strategy"));
    }

    [Fact]
    public void A_given_ansatz_name_is_not_replaced_by_the_default()
    {
        var record = BaseRecords.ReferenceH2 with
        {
            VqeResult = BaseRecords.ReferenceH2.VqeResult with
            {
                InitialData = BaseRecords.ReferenceH2.VqeResult.InitialData with { AnsatzName = "RealAmplitudes" },
            },
        };

        Assert.Equal("RealAmplitudes", TransformedRows.Of(Transform, record).Single("ansatz_name"));
    }
}
