using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Tests.Support;

/// <summary>Empty row builders for the quantum tables, in the column order of their asset specs.</summary>
public static class QuantumTableRows
{
    private static readonly IReadOnlyList<Assets.Specs.AssetSpec> Specs = QuantumAssets.CreateSpecs(new DateOnly(2026, 1, 1));

    public static TableDefinition Definition(AssetKey table) => TableDefinition.For(Specs.Single(s => s.Key == table));

    public static TableRows For(AssetKey table) => new(table.Name, Definition(table).ArrowSchema);
}
