using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Generation;

/// <summary>The Coulomb repulsion of the nuclei, Σ Z_i Z_j / r_ij in hartree with r in bohr.</summary>
internal static class NuclearRepulsion
{
    private const double BohrPerAngstrom = 1.0 / 0.529177210903;

    private static readonly Dictionary<string, int> AtomicNumbers = new(StringComparer.Ordinal)
    {
        ["H"] = 1, ["He"] = 2, ["Li"] = 3, ["Be"] = 4, ["B"] = 5, ["C"] = 6, ["N"] = 7, ["O"] = 8, ["F"] = 9,
    };

    public static double Of(MoleculeData molecule)
    {
        if (!string.Equals(molecule.Units, "angstrom", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"Nuclear repulsion needs coordinates in angstrom, not '{molecule.Units}'.");
        var energy = 0.0;
        for (var i = 0; i < molecule.Symbols.Count; i++)
            for (var j = i + 1; j < molecule.Symbols.Count; j++)
                energy += AtomicNumber(molecule.Symbols[i]) * AtomicNumber(molecule.Symbols[j])
                          / (Distance(molecule.Coords[i], molecule.Coords[j]) * BohrPerAngstrom);
        return energy;
    }

    private static int AtomicNumber(string symbol) =>
        AtomicNumbers.TryGetValue(symbol, out var z)
            ? z
            : throw new ArgumentException($"No atomic number known for element '{symbol}'.");

    private static double Distance(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var dx = a[0] - b[0];
        var dy = a[1] - b[1];
        var dz = a[2] - b[2];
        return Math.Sqrt(dx * dx + dy * dy + dz * dz);
    }
}
