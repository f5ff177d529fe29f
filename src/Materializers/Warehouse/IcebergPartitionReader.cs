using System.Runtime.CompilerServices;
using Apache.Arrow;
using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Warehouse;

/// <summary>
/// Reads partitions of the warehouse's tables through Iceberg scans, at the snapshot pinned for a table (the one a
/// run just committed) or else at the table's current snapshot.
/// </summary>
public sealed class IcebergPartitionReader(QuantumWarehouse warehouse) : IPartitionReader
{
    private readonly Dictionary<AssetKey, long> _pinned = [];

    /// <summary>Reads of <paramref name="table"/> see <paramref name="snapshotId"/> from now on.</summary>
    public void Pin(AssetKey table, long snapshotId) => _pinned[table] = snapshotId;

    public async IAsyncEnumerable<RecordBatch> ReadAsync(
        AssetKey table, DateOnly partition, IReadOnlyList<string>? columns, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var iceberg = await warehouse.TryLoadAsync(table, cancellationToken);
        if (iceberg?.Metadata.CurrentSnapshotId is null)
            yield break;
        var options = new TableScanOptions
        {
            SnapshotId = _pinned.TryGetValue(table, out var snapshot) ? snapshot : null,
            Columns = columns,
            PartitionEquals = DayFilter(DailyPartitions.FormatKey(partition)),
        };
        await foreach (var batch in iceberg.ScanAsync(options, cancellationToken))
            yield return batch;
    }

    /// <summary>The column every quantum table is partitioned by first.</summary>
    public const string PartitionColumn = "processing_date";

    /// <summary>
    /// The partition filter of one day (<c>processing_date = D</c>) for scans and overwrites; no filter for a null key.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> DayFilter(string? partitionKey) =>
        partitionKey is null
            ? new Dictionary<string, object?>()
            : new Dictionary<string, object?> { [PartitionColumn] = partitionKey };
}
