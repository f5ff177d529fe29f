using Lineage.Assets.Specs;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Warehouse;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Materialization;

namespace Lineage.Workbench.Api;

/// <summary>Read-only REST endpoint paging through the rows of an asset's table.</summary>
public static class PreviewApi
{
    public const int MaxLimit = 500;

    public static IEndpointRouteBuilder MapPreviewApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").AddEndpointFilter<ApiErrorFilter>()
            .MapGet("/preview", PreviewAsync)
            .WithTags("Preview")
            .WithName("PreviewRows")
            .WithSummary($"A page of an asset's table rows, of one partition and/or at a tagged snapshot, some columns; limit at most {MaxLimit}.");
        return routes;
    }

    private static async Task<IResult> PreviewAsync(
        IConfiguration configuration, AssetCatalog catalog, string? asset, string? partition, string? tag, string? columns,
        int? offset, int? limit, CancellationToken cancellationToken)
    {
        var spec = catalog.Graph.Resolve(ApiQuery.Required(asset, "asset", "vqe_iterations"));
        if (spec.IsSource)
            throw new ArgumentException($"{spec.Key} is a source of raw JSON files, not a table; preview one of the tables fed by it.");
        var partitionKey = ApiQuery.OptionalPartition(partition);
        var start = offset ?? 0;
        var count = limit ?? 50;
        if (start < 0)
            throw new ArgumentException($"offset {start} is negative; the first row is offset=0");
        if (count is < 1 or > MaxLimit)
            throw new ArgumentException($"limit {count} is out of range; ask for 1 to {MaxLimit} rows");

        var table = await MaterializerFactory.Warehouse(configuration, catalog).TryLoadAsync(spec.Key, cancellationToken)
            ?? throw new WarehouseNotFoundException(
                $"{spec.Key} has not been materialized yet; run: lineage materialize --select {spec.Key.Name} --partition YYYY-MM-DD");
        if (tag is not null && !table.Metadata.Refs.ContainsKey(tag))
            throw new WarehouseNotFoundException(
                $"{spec.Key} has no tag '{tag}'; its tags are {string.Join(", ", table.Metadata.Refs.Keys.Order(StringComparer.Ordinal))}");
        var names = SelectColumns(spec, table, columns);
        var options = new TableScanOptions
        {
            Ref = tag,
            Columns = names,
            PartitionEquals = IcebergPartitionReader.DayFilter(partitionKey),
        };
        var page = await TableRowPage.ReadAsync(table, options, start, count, cancellationToken);
        var described = names.Select(n => new PreviewColumn(n, spec.FindColumn(n)?.Type.ToString() ?? table.Metadata.CurrentSchema.FindField(n)!.Type.ToString()!)).ToList();
        return Results.Ok(new PreviewPage(spec.Key.Value, partitionKey, tag, described, page.Rows, page.Offset, page.Limit, page.HasMore));
    }

    private static IReadOnlyList<string> SelectColumns(AssetSpec spec, IcebergTable table, string? columns)
    {
        var schema = table.Metadata.CurrentSchema;
        if (string.IsNullOrWhiteSpace(columns))
            return schema.Fields.Select(f => f.Name).ToList();
        var names = columns.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in names)
            if (schema.FindField(name) is null)
                throw new ArgumentException(
                    $"{spec.Key} has no column '{name}'; its columns are {string.Join(", ", schema.Fields.Select(f => f.Name))}");
        return names;
    }
}
