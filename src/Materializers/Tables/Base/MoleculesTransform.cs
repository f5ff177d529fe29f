using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Tables.Base;

/// <summary>molecules: one row per run with the molecule's geometry; molecule_name is the symbols concatenated.</summary>
public sealed class MoleculesTransform : IBaseTableTransform
{
    public AssetKey Table => QuantumAssetKeys.Molecules;

    public void Append(ExperimentRun run, ProcessingStamp stamp, TableRows rows)
    {
        var molecule = run.Record.Molecule.MoleculeData;
        rows.String(run.ExperimentId)
            .Int(run.Record.MoleculeId)
            .Strings(molecule.Symbols)
            .String(string.Concat(molecule.Symbols))
            .DoubleLists(molecule.Coords)
            .Int(molecule.Multiplicity)
            .Int(molecule.Charge)
            .String(molecule.Units)
            .Doubles(molecule.Masses)
            .EndWithProcessing(stamp);
    }
}
