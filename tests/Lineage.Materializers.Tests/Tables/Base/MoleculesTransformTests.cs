using Lineage.Materializers.Raw;
using Lineage.Materializers.Tables.Base;

namespace Lineage.Materializers.Tests.Tables.Base;

public class MoleculesTransformTests
{
    private static readonly MoleculesTransform Transform = new();

    [Fact]
    public void Reference_H2_gives_one_row_with_its_geometry_and_name_HH()
    {
        var rows = TransformedRows.Of(Transform, BaseRecords.ReferenceH2);

        Assert.Equal(1, rows.Count);
        Assert.Equal(BaseRecords.Run(BaseRecords.ReferenceH2).ExperimentId, rows.Single("experiment_id"));
        Assert.Equal(0, rows.Single("molecule_id"));
        Assert.Equal(new object[] { "H", "H" }, Assert.IsType<List<object?>>(rows.Single("atom_symbols")));
        Assert.Equal("HH", rows.Single("molecule_name"));
        var coordinates = Assert.IsType<List<object?>>(rows.Single("coordinates"));
        Assert.Equal(new object[] { 0.0, 0.0, 0.0 }, Assert.IsType<List<object?>>(coordinates[0]));
        Assert.Equal(new object[] { 0.0, 0.0, 0.735 }, Assert.IsType<List<object?>>(coordinates[1]));
        Assert.Equal(1, rows.Single("multiplicity"));
        Assert.Equal(0, rows.Single("charge"));
        Assert.Equal("angstrom", rows.Single("coordinate_units"));
        Assert.Null(rows.Single("atomic_masses"));
    }

    [Fact]
    public void Molecule_name_concatenates_symbols_in_order_without_separator()
    {
        var lih = BaseRecords.ReferenceH2 with
        {
            Molecule = new MoleculeInfo(new MoleculeData(["Li", "H"], [[0.0, 0.0, 0.0], [0.0, 0.0, 1.6]], 1, 0, "angstrom", null)),
        };

        Assert.Equal("LiH", TransformedRows.Of(Transform, lih).Single("molecule_name"));
    }

    [Fact]
    public void One_atom_molecule_is_named_by_its_symbol_and_keeps_its_masses()
    {
        var rows = TransformedRows.Of(Transform, BaseRecords.OneAtom);

        Assert.Equal("H", rows.Single("molecule_name"));
        Assert.Equal(3, rows.Single("molecule_id"));
        Assert.Equal(2, rows.Single("multiplicity"));
        Assert.Equal("bohr", rows.Single("coordinate_units"));
        Assert.Single(Assert.IsType<List<object?>>(rows.Single("coordinates")));
        Assert.Equal(new object[] { 1.008 }, Assert.IsType<List<object?>>(rows.Single("atomic_masses")));
    }
}
