using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;
using F = Lineage.Assets.Quantum.Columns.RawFields;

namespace Lineage.Assets.Quantum.Tables;

internal static class MoleculesAsset
{
    public static AssetSpec Create(BaseColumns c, DailyPartitions partitions) => QuantumTable.Base(
        c,
        partitions,
        QuantumAssetKeys.Molecules,
        description:
            "The molecule each experiment simulated, one row per experiment: its atoms and their coordinates, spin " +
            "multiplicity, net charge and, when the raw record carries them, atomic masses. molecule_name joins the " +
            "element symbols (HH, LiH) and is the molecule label the ML tables use.",
        columns:
        [
            c.ExperimentId,
            c.MoleculeId,
            Column.Of("atom_symbols", "list<string>", "Element symbol of each atom, in the record's order.",
                c.From(F.Symbols)),
            Column.Of("molecule_name", "string", "The element symbols concatenated in order, e.g. HH or LiH.",
                c.From(F.Symbols)),
            Column.Of("coordinates", "list<list<double>>", "Cartesian coordinates of each atom.", c.From(F.Coords)),
            Column.Of("multiplicity", "int", "Spin multiplicity of the molecule.", c.From(F.Multiplicity)),
            Column.Of("charge", "int", "Net charge of the molecule.", c.From(F.Charge)),
            Column.Of("coordinate_units", "string", "Unit of the coordinates, e.g. angstrom.", c.From(F.Units)),
            Column.Of("atomic_masses", "list<double>?", "Mass of each atom; null when the record gives none.",
                c.From(F.Masses)),
        ],
        keyColumns: ["experiment_id", "molecule_id"],
        partitionColumns: ["processing_date"]);
}
