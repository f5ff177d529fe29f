using Lineage.Assets.Keys;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Materialization;

/// <summary>What a materialization's snapshot carries: its tag and, in the summary, the asset, partition and batch.</summary>
internal static class SnapshotProperties
{
    public static CommitOptions For(AssetKey table, ProcessingStamp stamp) => new()
    {
        Tag = stamp.Tag,
        SnapshotProperties = new Dictionary<string, string>
        {
            ["lineage.asset"] = table.Value,
            ["lineage.partition"] = stamp.PartitionKey,
            ["lineage.batch-id"] = stamp.BatchId,
            ["lineage.processing-name"] = stamp.Name,
        },
    };
}
