using Lineage.Materializers.Recording;
using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Api;

/// <summary>Read-only REST endpoint over the recorded materializations.</summary>
public static class MaterializationsApi
{
    public static IEndpointRouteBuilder MapMaterializationsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>()
            .MapGet("/materializations", async (AssetCatalog catalog, IMaterializationLog log, string? asset, string? partition, CancellationToken cancellationToken) =>
            {
                var spec = catalog.Graph.Resolve(ApiQuery.Required(asset, "asset", "vqe_results"));
                var key = ApiQuery.Partition(partition);
                var record = await log.LatestMaterializationAsync(spec.Key, key, cancellationToken)
                    ?? throw new WarehouseNotFoundException(
                        $"{spec.Key} partition {key} has no recorded materialization; run: lineage materialize --select {spec.Key.Name} --partition {key}");
                return Results.Ok(MaterializationView.From(record));
            })
            .WithTags("Materializations")
            .WithName("GetLatestMaterialization")
            .WithSummary("The latest materialization of an asset partition: snapshot, tag, rows, code and data versions.");
        return routes;
    }
}
