using Lineage.Assets.Checks;
using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;

namespace Lineage.Assets.Specs;

/// <summary>
/// Everything Lineage knows about one software-defined asset before it runs: what it depends on,
/// what it produces (schema and column lineage), how it is partitioned and checked.
/// </summary>
public sealed record AssetSpec
{
    public required AssetKey Key { get; init; }

    public string Group { get; init; } = "default";

    /// <summary>Storage and compute tags such as <c>iceberg</c>, <c>parquet</c>, <c>json</c>; matched by <c>kind:</c> selections.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>True for an observed source (e.g. the raw files): never materialized by Lineage.</summary>
    public bool IsSource { get; init; }

    public IReadOnlyList<AssetDep> Deps { get; init; } = [];

    public IReadOnlyList<string> Owners { get; init; } = [];

    public string Description { get; init; } = "";

    /// <summary>Changes whenever the code that produces the asset changes meaning; null for sources.</summary>
    public string? CodeVersion { get; init; }

    public IReadOnlyList<ColumnSpec> Columns { get; init; } = [];

    /// <summary>Columns that identify a row uniquely within a partition.</summary>
    public IReadOnlyList<string> KeyColumns { get; init; } = [];

    /// <summary>Columns the stored table is partitioned by (identity transforms), e.g. processing_date, basis_set.</summary>
    public IReadOnlyList<string> PartitionColumns { get; init; } = [];

    public PartitionsDefinition? Partitions { get; init; }

    public IReadOnlyList<AssetCheckSpec> Checks { get; init; } = [];

    public ColumnSpec? FindColumn(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
