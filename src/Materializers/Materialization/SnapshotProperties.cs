using Lineage.Assets.Keys;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Materialization;

/// <summary>What a materialization's snapshot carries: its tag and, in the summary, the asset, partition and batch.</summary>
internal static class SnapshotProperties
{
    /// <summary>The summary property naming the batch that wrote a snapshot.</summary>
    public const string BatchIdKey = "lineage.batch-id";

    public static CommitOptions For(AssetKey table, ProcessingStamp stamp) => new()
    {
        Tag = stamp.Tag,
        SnapshotProperties = new Dictionary<string, string>
        {
            ["lineage.asset"] = table.Value,
            ["lineage.partition"] = stamp.PartitionKey,
            [BatchIdKey] = stamp.BatchId,
            ["lineage.processing-name"] = stamp.Name,
        },
    };
}
