using Lineage.Assets.Selection;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Api;

/// <summary>Read-only REST endpoint over the recorded check results.</summary>
public static class ChecksApi
{
    public static IEndpointRouteBuilder MapChecksApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>()
            .MapGet("/checks", async (AssetCatalog catalog, IMaterializationLog log, string? select, string? partition, bool? failing, CancellationToken cancellationToken) =>
            {
                var assets = AssetSelection.Parse(string.IsNullOrWhiteSpace(select) ? "*" : select).Resolve(catalog.Graph).ToList();
                var results = await log.LatestChecksAsync(assets, ApiQuery.OptionalPartition(partition), cancellationToken);
                var views = failing == true
                    ? CheckView.Failing(results)
                    : results.Select(CheckView.From);
                return Results.Ok(views.ToList());
            })
            .WithTags("Checks")
            .WithName("ListChecks")
            .WithSummary("The latest result of each check per asset partition; failing=true lists only failed ones, newest first.");
        return routes;
    }
}
