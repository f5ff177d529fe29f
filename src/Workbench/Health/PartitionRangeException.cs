namespace Lineage.Workbench.Health;

/// <summary>A range of daily partitions that is reversed or longer than a status query may span.</summary>
public class PartitionRangeException(string message) : ArgumentException(message);
