using Lineage.Assets.Checks;
using Lineage.Workbench.Hosting;

namespace Lineage.Workbench.Catalog;

/// <summary>Creates the <see cref="AssetCatalog"/> from configuration; shared by the web host and CLI verbs.</summary>
public static class CatalogFactory
{
    public static AssetCatalog Create(IConfiguration configuration, TimeProvider clock)
    {
        var options = LineageOptions.From(configuration);
        return new AssetCatalog(PartitionsStartLocator.Find(options.Raw, clock), BlockingOverrides(configuration));
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
