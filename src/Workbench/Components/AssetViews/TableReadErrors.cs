using Lineage.Assets.Graph;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Workbench.Api;

namespace Lineage.Workbench.Components.AssetViews;

/// <summary>The errors a tab that reads a table says in words instead of failing the page.</summary>
public static class TableReadErrors
{
    public static bool IsExplained(Exception e) =>
        e is WarehouseNotFoundException or ArgumentException or UnknownAssetException or DamagedTableException;

    /// <summary>The sentence a tab shows: a damaged table says so first, so it is not taken for a bad choice of the reader's.</summary>
    public static string Say(Exception e) =>
        e is DamagedTableException damage ? $"This table cannot be read: {damage.Message}. The other tabs still work; repair or restore the table, then materialize again." : e.Message;
}
