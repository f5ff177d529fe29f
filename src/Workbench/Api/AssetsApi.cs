using Lineage.Assets.Selection;
using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Api;

/// <summary>Read-only REST endpoints over the asset catalog: list, detail, column lineage, graph layout.</summary>
public static class AssetsApi
{
    public static IEndpointRouteBuilder MapAssetsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>();
        var assets = api.MapGroup("/assets").WithTags("Assets");

        assets.MapGet("/", (AssetCatalog catalog, string? select) =>
        {
            if (string.IsNullOrWhiteSpace(select))
                return Results.Ok(catalog.List());
            var keys = AssetSelection.Parse(select).Resolve(catalog.Graph).Select(k => k.Value).ToHashSet();
            return Results.Ok(catalog.List().Where(a => keys.Contains(a.Key)).ToList());
        })
        .WithName("ListAssets")
        .WithSummary("Lists assets, optionally filtered by a selection such as +ml_run_summary or group:base_features.");

        assets.MapGet("/{**key}", (AssetCatalog catalog, string key) => Results.Ok(catalog.Describe(key)))
        .WithName("GetAsset")
        .WithSummary("An asset's description, schema with column lineage, keys and declared checks.");

        api.MapGet("/lineage/columns", (AssetCatalog catalog, string asset, string column) =>
            Results.Ok(catalog.TraceColumn(asset, column)))
        .WithTags("Lineage")
        .WithName("TraceColumn")
        .WithSummary("The columns a column is derived from, down to the raw JSON paths, and the columns it feeds.");

        api.MapGet("/lineage/graph", (AssetGraphLayout layout) => Results.Ok(layout.Layout))
        .WithTags("Lineage")
        .WithName("GetLineageGraph")
        .WithSummary("The asset graph with its computed left-to-right layout.");

        return routes;
    }
}
