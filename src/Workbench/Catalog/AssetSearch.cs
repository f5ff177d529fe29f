namespace Lineage.Workbench.Catalog;

/// <summary>Free-text asset search: key, group, kind, owner, description or any column name.</summary>
public static class AssetSearch
{
    public static bool Matches(AssetDetail asset, string text)
    {
        bool Has(string? value) => value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;
        var summary = asset.Summary;
        return Has(summary.Key) || Has(summary.Group) || Has(summary.Description)
            || summary.Kinds.Any(Has) || summary.Owners.Any(Has) || asset.Columns.Any(c => Has(c.Name));
    }
}
