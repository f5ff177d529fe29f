namespace Lineage.Assets.Specs;

/// <summary>A column of an asset's table: name, type, nullability, meaning and where it comes from.</summary>
public sealed record ColumnSpec(
    string Name,
    ColumnType Type,
    bool Nullable,
    string Description,
    IReadOnlyList<ColumnRef> DerivedFrom)
{
    public override string ToString() => $"{Name} {Type}{(Nullable ? "?" : "")}";
}
