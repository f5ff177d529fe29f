using Lineage.Assets.Specs;

namespace Lineage.Workbench.Catalog;

/// <summary>A column of an asset, addressed by the asset's key and name.</summary>
public sealed record ColumnPointer(string Asset, string AssetName, string Column)
{
    public static ColumnPointer From(ColumnRef reference) => new(reference.Asset.Value, reference.Asset.Name, reference.Column);

    public override string ToString() => $"{AssetName}.{Column}";
}
