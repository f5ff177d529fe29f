using Apache.Arrow;
using Lineage.Assets.Keys;

namespace Lineage.Materializers.Tables;

/// <summary>
/// Reads one daily partition of a materialized table: the snapshot a run just committed, or the table's current one.
/// </summary>
public interface IPartitionReader
{
    /// <summary>
    /// The partition's rows in batches, only the named columns (all when null). Rows come file by file in the order
    /// they were written. A table or partition that does not exist reads as no rows.
    /// </summary>
    IAsyncEnumerable<RecordBatch> ReadAsync(AssetKey table, DateOnly partition, IReadOnlyList<string>? columns, CancellationToken cancellationToken);
}
