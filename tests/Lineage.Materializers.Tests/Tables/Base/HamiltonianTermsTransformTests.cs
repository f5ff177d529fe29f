using System.Numerics;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Tables.Base;
using static Lineage.Materializers.Tests.Tables.Base.BaseRecords;

namespace Lineage.Materializers.Tests.Tables.Base;

public class HamiltonianTermsTransformTests
{
    private static readonly HamiltonianTermsTransform Transform = new();

    [Fact]
    public void Reference_H2_gives_its_one_term()
    {
        var experimentId = Run(ReferenceH2).ExperimentId;

        var rows = TransformedRows.Of(Transform, ReferenceH2);

        Assert.Equal(1, rows.Count);
        Assert.Equal("sto-3g", rows.Single("basis_set"));
        Assert.Equal("qasm_simulator", rows.Single("backend"));
        Assert.Equal("II", rows.Single("term_label"));
        Assert.Equal(-1.0, rows.Single("coeff_real"));
        Assert.Equal(0.0, rows.Single("coeff_imag"));
        Assert.Equal(0, rows.Single("term_index"));
        Assert.Equal($"{experimentId}_term_0", rows.Single("term_id"));
    }

    [Fact]
    public void Terms_keep_record_order_and_split_complex_coefficients()
    {
        var record = ReferenceH2 with
        {
            VqeResult = ReferenceH2.VqeResult with
            {
                InitialData = ReferenceH2.VqeResult.InitialData with
                {
                    Hamiltonian =
                    [
                        new HamiltonianTerm("ZI", new Complex(0.25, -1e-17)),
                        new HamiltonianTerm("IZ", new Complex(0.25, 0.5)),
                        new HamiltonianTerm("XX", new Complex(-0.125, 0.0)),
                    ],
                },
            },
        };

        var rows = TransformedRows.Of(Transform, record);

        Assert.Equal(new[] { "ZI", "IZ", "XX" }, rows.Strings("term_label"));
        Assert.Equal(new double?[] { 0.25, 0.25, -0.125 }, rows.Doubles("coeff_real"));
        Assert.Equal(new double?[] { -1e-17, 0.5, 0.0 }, rows.Doubles("coeff_imag"));
        Assert.Equal(new int?[] { 0, 1, 2 }, rows.Ints("term_index"));
        Assert.Equal(3, rows.Strings("term_id").Distinct().Count());
    }
}
