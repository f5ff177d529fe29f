using Lineage.Assets.Checks;

namespace Lineage.Workbench.Catalog;

/// <summary>Creates the <see cref="AssetCatalog"/> from configuration; shared by the web host and CLI verbs.</summary>
public static class CatalogFactory
{
    public static AssetCatalog Create(IConfiguration configuration, TimeProvider clock)
    {
        // Start-up and CLI verbs are not inside a synchronization context; listing the raw root once here is safe.
        var start = PartitionWindow.From(configuration, clock).FirstAsync(CancellationToken.None).GetAwaiter().GetResult();
        return new AssetCatalog(start, BlockingOverrides(configuration));
    }

    /// <summary>
    /// <c>Lineage:Checks:Blocking:&lt;check&gt;</c> or <c>…:&lt;asset&gt;/&lt;check&gt;</c> = true/false: whether a failure of
    /// that check blocks downstream materialization.
    /// </summary>
    private static CheckOverrides BlockingOverrides(IConfiguration configuration)
    {
        var blocking = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var entry in configuration.GetSection("Lineage:Checks:Blocking").GetChildren())
            blocking[entry.Key] = bool.TryParse(entry.Value, out var value)
                ? value
                : throw new ArgumentException($"Lineage:Checks:Blocking:{entry.Key} must be true or false, not '{entry.Value}'");
        return new CheckOverrides(blocking);
    }
}
