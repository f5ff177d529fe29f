using Lineage.Workbench.Catalog;
using Lineage.Workbench.Health;

namespace Lineage.Workbench.Api;

/// <summary>Partition health over a date range as a compact matrix: one letter per asset and date, reasons for the rest.</summary>
public static class PartitionsApi
{
    public static IEndpointRouteBuilder MapPartitionsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>().MapGet("/partitions", async (
                PartitionStatusService service, AssetCatalog catalog, TimeProvider clock, string? select, DateOnly? from, DateOnly? to,
                CancellationToken cancellationToken) =>
            {
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                var range = PartitionDateRange.Of(from, to, catalog.PartitionsStart, today);
                return Results.Ok(await service.GetMatrixAsync(select, range, cancellationToken));
            })
            .WithTags("Partitions")
            .WithName("GetPartitionStatuses")
            .WithSummary($"Health of the selected assets per daily partition from..to ({PartitionHealthLegend.Text}), at most {PartitionDateRange.MaxDays} days.");
        return routes;
    }
}
