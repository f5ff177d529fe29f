namespace Lineage.Workbench.Components.AssetViews;

/// <summary>Addresses of asset pages; keys keep their slashes (<c>/assets/quantum_features/vqe_results</c>).</summary>
public static class AssetLinks
{
    public static string Page(string key) => "/assets/" + string.Join('/', key.Split('/').Select(Uri.EscapeDataString));

    public static string Name(string key) => key[(key.LastIndexOf('/') + 1)..];
}
