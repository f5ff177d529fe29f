namespace Lineage.Workbench.Catalog;

/// <summary>A column with its type and the upstream columns (<c>asset.column</c>) it is derived from.</summary>
public sealed record ColumnDetail(string Name, string Type, bool Nullable, string Description, IReadOnlyList<string> DerivedFrom);
