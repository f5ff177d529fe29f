using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Checks;

/// <summary>Everything a check evaluator may look at: the partition, its committed rows and the run's facts.</summary>
public sealed record CheckContext(DateOnly Partition, IPartitionReader Tables, MaterializationFacts Facts);
