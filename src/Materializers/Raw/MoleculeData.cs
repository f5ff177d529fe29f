namespace Lineage.Materializers.Raw;

/// <summary>A molecule's geometry: one symbol and one <c>[x, y, z]</c> triple per atom, in <see cref="Units"/>.</summary>
public sealed record MoleculeData(
    IReadOnlyList<string> Symbols,
    IReadOnlyList<IReadOnlyList<double>> Coords,
    int Multiplicity,
    int Charge,
    string Units,
    IReadOnlyList<double>? Masses);
