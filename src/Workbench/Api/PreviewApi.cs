using Lineage.Workbench.Catalog.Preview;
using Lineage.Workbench.Catalog.Rows;

namespace Lineage.Workbench.Api;

/// <summary>Read-only REST endpoint paging through the rows of an asset's table.</summary>
public static class PreviewApi
{
    public const int MaxLimit = TablePreview.MaxLimit;

    public static IEndpointRouteBuilder MapPreviewApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>()
            .MapGet("/preview", PreviewAsync)
            .WithTags("Preview")
            .WithName("PreviewRows")
            .WithSummary($"A page of an asset's table rows, of one partition and/or at a tagged snapshot, some columns, with the row count; limit at most {MaxLimit}.");
        return routes;
    }

    private static Task<PreviewPage> PreviewAsync(
        TablePreview preview, string? asset, string? partition, string? tag, string? columns, int? offset, int? limit,
        CancellationToken cancellationToken)
    {
        var request = new TablePreviewRequest(ApiQuery.Required(asset, "asset", "vqe_iterations"), partition, tag, TableScanRequest.ParseColumns(columns), offset ?? 0, limit ?? 50);
        return preview.ReadAsync(request, cancellationToken);
    }
}
