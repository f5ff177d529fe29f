using Lineage.Assets.Partitions;
using Lineage.Assets.Specs;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Warehouse;
using Lineage.Workbench.Api;
using Lineage.Workbench.Materialization;

namespace Lineage.Workbench.Catalog.Rows;

/// <summary>
/// Turns a request for an asset's rows into a scan of its table, or an error naming what is wrong: a source asset,
/// a partition that is not a date, a table never materialized, an unknown tag or column. The preview, the row
/// download and their CLI verbs all read through it.
/// </summary>
public sealed class TableScanResolver(IConfiguration configuration, AssetCatalog catalog)
{
    public async Task<ResolvedScan> ResolveAsync(TableScanRequest request, CancellationToken cancellationToken)
    {
        var spec = TableSpec(request.Asset);
        var partition = PartitionKey(request.Partition);
        var table = await LoadAsync(spec, cancellationToken);
        if (request.Tag is not null && !table.Metadata.Refs.ContainsKey(request.Tag))
            throw new WarehouseNotFoundException(
                $"{spec.Key} has no tag '{request.Tag}'; its tags are {string.Join(", ", table.Metadata.Refs.Keys.Order(StringComparer.Ordinal))}");
        var columns = SelectColumns(spec, table, request.Columns);
        var options = new TableScanOptions
        {
            Ref = request.Tag,
            Columns = columns,
            PartitionEquals = IcebergPartitionReader.DayFilter(partition),
        };
        return new ResolvedScan(spec, table, partition, request.Tag, columns, options);
    }

    /// <summary>The asset's spec; a source of raw files has no rows to read.</summary>
    public AssetSpec TableSpec(string asset)
    {
        var spec = catalog.Graph.Resolve(asset);
        if (spec.IsSource)
            throw new ArgumentException($"{spec.Key} is a source of raw JSON files, not a table; read one of the tables fed by it.");
        return spec;
    }

    /// <summary>The partition key of a date written as yyyy-MM-dd; null for none.</summary>
    public static string? PartitionKey(string? partition)
    {
        if (string.IsNullOrWhiteSpace(partition))
            return null;
        if (!DailyPartitions.TryParseKey(partition, out var date))
            throw new ArgumentException($"partition '{partition}' is not a date; write it as yyyy-MM-dd, e.g. 2026-11-19");
        return DailyPartitions.FormatKey(date);
    }

    /// <summary>The asset's table, or null when it was never materialized.</summary>
    public Task<IcebergTable?> TryLoadAsync(AssetSpec spec, CancellationToken cancellationToken) =>
        MaterializerFactory.Warehouse(configuration, catalog).TryLoadAsync(spec.Key, cancellationToken);

    private async Task<IcebergTable> LoadAsync(AssetSpec spec, CancellationToken cancellationToken) =>
        await TryLoadAsync(spec, cancellationToken)
            ?? throw new WarehouseNotFoundException(
                $"{spec.Key} has not been materialized yet; run: lineage materialize --select {spec.Key.Name} --partition YYYY-MM-DD");

    private static IReadOnlyList<string> SelectColumns(AssetSpec spec, IcebergTable table, IReadOnlyList<string>? columns)
    {
        var schema = table.Metadata.CurrentSchema;
        if (columns is null || columns.Count == 0)
            return schema.Fields.Select(f => f.Name).ToList();
        foreach (var name in columns)
            if (schema.FindField(name) is null || !schema.Fields.Any(f => f.Name == name))
                throw new ArgumentException(
                    $"{spec.Key} has no column '{name}'; its columns are {string.Join(", ", schema.Fields.Select(f => f.Name))}");
        return columns;
    }
}
