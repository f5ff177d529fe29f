using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Generation;

/// <summary>
/// The molecules synthetic runs use. Geometries are experimental equilibrium structures in angstrom; qubit counts are
/// twice the spatial orbitals kept (a frozen core or small active space where the full basis would exceed 14 qubits).
/// </summary>
internal static class MoleculeCatalog
{
    private const string Angstrom = "angstrom";

    public static IReadOnlyList<MoleculeTemplate> All { get; } =
    [
        Molecule("H2", 0, 30, ["H", "H"], [[0.0, 0.0, 0.0], [0.0, 0.0, 0.7414]], charge: 0, [1.008, 1.008],
            [new("sto3g", 4, -1.1373), new("6-31g", 8, -1.1516), new("cc-pvdz", 12, -1.1601)]),
        Molecule("HeH+", 1, 15, ["He", "H"], [[0.0, 0.0, 0.0], [0.0, 0.0, 0.7719]], charge: 1, [4.0026, 1.008],
            [new("sto3g", 4, -2.8627), new("6-31g", 8, -2.9039), new("cc-pvdz", 12, -2.9622)]),
        Molecule("LiH", 2, 20, ["Li", "H"], [[0.0, 0.0, 0.0], [0.0, 0.0, 1.5949]], charge: 0, [6.94, 1.008],
            [new("sto3g", 12, -7.8824), new("6-31g", 14, -7.9993)]),
        Molecule("BeH2", 3, 12, ["Be", "H", "H"], [[0.0, 0.0, 0.0], [0.0, 0.0, 1.3264], [0.0, 0.0, -1.3264]], charge: 0,
            [9.0122, 1.008, 1.008],
            [new("sto3g", 14, -15.5952)]),
        Molecule("H2O", 4, 13, ["O", "H", "H"], [[0.0, 0.0, 0.1173], [0.0, 0.7572, -0.4692], [0.0, -0.7572, -0.4692]], charge: 0,
            [15.999, 1.008, 1.008],
            [new("sto3g", 14, -75.0129)]),
        Molecule("NH3", 5, 10, ["N", "H", "H", "H"],
            [[0.0, 0.0, 0.1128], [0.0, 0.9395, -0.2632], [0.8137, -0.4698, -0.2632], [-0.8137, -0.4698, -0.2632]], charge: 0,
            [14.007, 1.008, 1.008, 1.008],
            [new("sto3g", 14, -55.5247)]),
    ];

    private static MoleculeTemplate Molecule(
        string name, int id, int weight, string[] symbols, double[][] coords, int charge, double[] masses,
        BasisChoice[] bases) =>
        new(name, id, weight, new MoleculeData(symbols, coords, Multiplicity: 1, charge, Angstrom, masses), bases);
}
