using Lineage.Assets.Selection;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Catalog.Rows;

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

        // Keys are one or two segments (quantum_features/vqe_iterations) and the detail route below takes any path, so the
        // rows route is spelled for both depths.
        assets.MapGet("/{key}/rows", RowsAsync)
        .WithName("GetAssetRows")
        .WithSummary($"Streams the rows of a partition (or the whole table) at a snapshot, some columns, as {RowsFormats.Names}.");
        assets.MapGet("/{space}/{name}/rows", (TableRowsExport export, string space, string name, string? partition, string? tag, string? columns, string? format, CancellationToken cancellationToken) =>
            RowsAsync(export, $"{space}/{name}", partition, tag, columns, format, cancellationToken))
        .WithName("GetNamespacedAssetRows")
        .WithSummary("The same rows for a key with a namespace.");

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

    private static async Task<IResult> RowsAsync(
        TableRowsExport export, string key, string? partition, string? tag, string? columns, string? format, CancellationToken cancellationToken)
    {
        // Everything is checked before the first byte, so a bad request is a problem, never a cut-off file.
        var rows = await export.OpenAsync(new TableScanRequest(key, partition, tag, TableScanRequest.ParseColumns(columns)),
            RowsFormats.Parse(format ?? "arrow"), cancellationToken);
        return Results.Stream(body => rows.WriteToAsync(body, cancellationToken), rows.Format.ContentType(), rows.FileName);
    }
}
