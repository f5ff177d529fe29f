using Lineage.Workbench.Health;

namespace Lineage.Workbench.Catalog;

/// <summary>A date before the first raw landing date or after today: no such daily partition exists.</summary>
public sealed class PartitionOutOfWindowException(string message) : PartitionRangeException(message);
