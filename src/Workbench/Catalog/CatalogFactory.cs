using Lineage.Workbench.Hosting;

namespace Lineage.Workbench.Catalog;

/// <summary>Creates the <see cref="AssetCatalog"/> from configuration; shared by the web host and CLI verbs.</summary>
public static class CatalogFactory
{
    public static AssetCatalog Create(IConfiguration configuration, TimeProvider clock)
    {
        var options = LineageOptions.From(configuration);
        return new AssetCatalog(PartitionsStartLocator.Find(options.Raw, clock));
    }
}
