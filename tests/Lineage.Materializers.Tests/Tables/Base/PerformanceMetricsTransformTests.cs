using Lineage.Materializers.Tables.Base;

namespace Lineage.Materializers.Tests.Tables.Base;

public class PerformanceMetricsTransformTests
{
    private static readonly PerformanceMetricsTransform Transform = new();

    [Fact]
    public void Reference_H2_gives_its_times_and_their_computed_total()
    {
        var rows = TransformedRows.Of(Transform, BaseRecords.ReferenceH2);

        Assert.Equal(1, rows.Count);
        Assert.Equal("sto-3g", rows.Single("basis_set"));
        Assert.Equal(1.0, rows.Single("hamiltonian_time"));
        Assert.Equal(0.5, rows.Single("mapping_time"));
        Assert.Equal(10.0, rows.Single("vqe_time"));
        Assert.Equal(11.5, rows.Single("total_time"));
        Assert.Equal(10.0, rows.Single("minimization_time"));
        Assert.Equal(11.5, rows.Single("computed_total_time"));
    }

    [Fact]
    public void Computed_total_adds_the_three_phases_not_the_reported_total()
    {
        var record = BaseRecords.ReferenceH2 with { HamiltonianTime = 0.25, MappingTime = 2.0, VqeTime = 4.5, TotalTime = 99.0 };

        var rows = TransformedRows.Of(Transform, record);

        Assert.Equal(6.75, rows.Single("computed_total_time"));
        Assert.Equal(99.0, rows.Single("total_time"));
    }
}
