namespace Lineage.Materializers.Tables.Ml;

/// <summary>The ansatz_info columns an experiment's ML rows carry.</summary>
internal sealed record AnsatzContext(string? BasisSet, string? AnsatzName, string? InitStrategy)
{
    public static IReadOnlyList<string> Columns { get; } = ["basis_set", "ansatz_name", "init_strategy"];

    public static Func<int, AnsatzContext> Reader(BatchColumns columns)
    {
        var basis = columns.Strings("basis_set");
        var name = columns.Strings("ansatz_name");
        var strategy = columns.Strings("init_strategy");
        return row => new AnsatzContext(
            BatchColumns.String(basis, row), BatchColumns.String(name, row), BatchColumns.String(strategy, row));
    }
}
