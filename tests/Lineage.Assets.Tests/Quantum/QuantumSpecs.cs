using Lineage.Assets.Quantum;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Tests.Quantum;

/// <summary>The specs under test, built once, looked up by short name.</summary>
internal static class QuantumSpecs
{
    public static readonly DateOnly Start = new(2026, 11, 18);

    public static IReadOnlyList<AssetSpec> All { get; } = QuantumAssets.CreateSpecs(Start);

    public static AssetSpec Named(string name) => All.Single(spec => spec.Key.Name == name);

    public static IEnumerable<AssetSpec> Tables => All.Where(spec => !spec.IsSource);

    /// <summary>A column in the table notation: <c>name type</c>, with a trailing <c>?</c> when nullable.</summary>
    public static string Notation(ColumnSpec column) => $"{column.Name} {column.Type}{(column.Nullable ? "?" : "")}";
}
