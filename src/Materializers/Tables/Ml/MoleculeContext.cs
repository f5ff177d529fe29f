namespace Lineage.Materializers.Tables.Ml;

/// <summary>The molecules columns an experiment's ML rows carry; num_atoms is the number of atom symbols.</summary>
internal sealed record MoleculeContext(string? MoleculeName, int? NumAtoms, int? Charge, int? Multiplicity)
{
    public static IReadOnlyList<string> Columns { get; } = ["molecule_name", "atom_symbols", "charge", "multiplicity"];

    public static Func<int, MoleculeContext> Reader(BatchColumns columns)
    {
        var name = columns.Strings("molecule_name");
        var symbols = columns.Lists("atom_symbols");
        var charge = columns.Ints("charge");
        var multiplicity = columns.Ints("multiplicity");
        return row => new MoleculeContext(
            BatchColumns.String(name, row),
            symbols.IsNull(row) ? null : symbols.GetValueLength(row),
            BatchColumns.Value(charge, row),
            BatchColumns.Value(multiplicity, row));
    }
}
