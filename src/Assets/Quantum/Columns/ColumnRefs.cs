using Lineage.Assets.Specs;

namespace Lineage.Assets.Quantum.Columns;

/// <summary>References to columns an asset declares, checked as they are made.</summary>
internal static class ColumnRefs
{
    public static ColumnRef[] Refs(this AssetSpec spec, params IEnumerable<string> columns) =>
        [.. columns.Select(column => new ColumnRef(spec.Key, spec.Require(column).Name))];

    public static ColumnSpec Require(this AssetSpec spec, string column) =>
        spec.FindColumn(column)
        ?? throw new InvalidOperationException($"Asset '{spec.Key}' declares no column '{column}'.");
}
