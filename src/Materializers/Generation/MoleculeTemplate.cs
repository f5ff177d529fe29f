using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Generation;

/// <summary>A molecule the generator knows: its producer input index, equilibrium geometry and the bases it is run with.</summary>
internal sealed record MoleculeTemplate(
    string Name,
    int MoleculeId,
    int Weight,
    MoleculeData Data,
    IReadOnlyList<BasisChoice> Bases)
{
    public MoleculeData WithoutMasses() => Data with { Masses = null };
}
