namespace Lineage.Workbench.Catalog;

/// <summary>One row of the asset catalog, as pages, the API and the CLI show it.</summary>
public sealed record AssetSummary(
    string Key,
    string Name,
    string Group,
    IReadOnlyList<string> Kinds,
    bool IsSource,
    string Description,
    IReadOnlyList<string> Owners,
    string? CodeVersion,
    string? Partitions,
    IReadOnlyList<string> Deps,
    IReadOnlyList<string> Downstream,
    int ColumnCount,
    int CheckCount);
