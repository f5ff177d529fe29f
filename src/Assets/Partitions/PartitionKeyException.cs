namespace Lineage.Assets.Partitions;

/// <summary>A partition key or range that does not belong to an asset's partitions.</summary>
public sealed class PartitionKeyException(string message) : Exception(message);
