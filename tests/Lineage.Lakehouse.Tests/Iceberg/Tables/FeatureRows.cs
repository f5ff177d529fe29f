using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Tables;
using Apache.Arrow;
using Lineage.Lakehouse.Arrow;
using Lineage.Lakehouse.Tests.Arrow;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

/// <summary>A small feature table (id, processing_date, basis_set, energy) partitioned by day, and its rows as tuples.</summary>
public static class FeatureRows
{
    public static IcebergSchema Schema { get; } = new(0,
    [
        NestedField.Require(1, "id", IcebergType.Long),
        NestedField.Require(2, "processing_date", IcebergType.Date),
        NestedField.Optional(3, "basis_set", IcebergType.String),
        NestedField.Optional(4, "energy", IcebergType.Double),
    ]);

    public static PartitionSpec Spec { get; } = new(0, [PartitionField.Identity(2, 1000, "processing_date")]);

    public static DateOnly Day(int day) => new(2026, 11, day);

    public static Row Make(long id, int day, string? basis = "sto3g", double? energy = null) => new(id, Day(day), basis, energy ?? -1.0 - id / 1000.0);

    public static IEnumerable<Row> Range(long firstId, int count, int day) =>
        Enumerable.Range(0, count).Select(i => Make(firstId + i, day, i % 2 == 0 ? "sto3g" : "6-31g"));

    public static RecordBatch Batch(IEnumerable<Row> rows) =>
        ArrowColumns.Batch(IcebergArrowSchema.ToArrow(Schema), rows.Select(r => new object?[] { r.Id, r.Date, r.Basis, r.Energy }));

    public static async Task<CommitResult> AppendAsync(IcebergTable table, IEnumerable<Row> rows, CommitOptions? options = null) =>
        await table.AppendAsync(await table.WriteDataFilesAsync([Batch(rows)]), options);

    public static async Task<CommitResult> ReplaceAsync(IcebergTable table, IEnumerable<Row> rows) =>
        await table.ReplacePartitionsAsync(await table.WriteDataFilesAsync([Batch(rows)]));

    /// <summary>Every row a scan returns, ordered by id.</summary>
    public static async Task<List<Row>> ReadAsync(IcebergTable table, TableScanOptions? options = null)
    {
        var rows = new List<Row>();
        await foreach (var batch in table.ScanAsync(options))
        {
            for (var i = 0; i < batch.Length; i++)
            {
                object? Get(string name) => ArrowValues.Get(batch.Column(name), i);
                rows.Add(new Row((long)Get("id")!, (DateOnly)Get("processing_date")!, (string?)Get("basis_set"), (double?)Get("energy")));
            }
        }
        return rows.OrderBy(r => r.Id).ToList();
    }

    public sealed record Row(long Id, DateOnly Date, string? Basis, double? Energy);
}
