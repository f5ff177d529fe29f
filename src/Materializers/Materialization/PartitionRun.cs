using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Tables;
using Lineage.Materializers.Warehouse;

namespace Lineage.Materializers.Materialization;

/// <summary>The state of materializing one partition: the stamp, the results so far and a reader pinned to this run's commits.</summary>
internal sealed class PartitionRun(ProcessingStamp stamp, IcebergPartitionReader reader)
{
    public DateOnly Date => Stamp.Date;

    public string PartitionKey => Stamp.PartitionKey;

    public ProcessingStamp Stamp { get; } = stamp;

    public IcebergPartitionReader Reader { get; } = reader;

    public MaterializationFacts Facts { get; } = new();

    public Dictionary<AssetKey, StepResult> Results { get; } = [];

    /// <summary>Tables of this partition recorded as empty without a commit: there is nothing to read from them.</summary>
    public HashSet<AssetKey> Empty { get; } = [];

    /// <summary>Data versions of the asset partitions this run observed or committed.</summary>
    public Dictionary<AssetKey, string> DataVersions { get; } = [];
}
