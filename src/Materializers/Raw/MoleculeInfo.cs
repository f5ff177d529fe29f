namespace Lineage.Materializers.Raw;

/// <summary>The <c>molecule</c> object of a raw record; its only member nests the geometry.</summary>
public sealed record MoleculeInfo(MoleculeData MoleculeData);
