namespace Lineage.Materializers.Recording;

/// <summary>How a batch ended: every commit recorded, or every table returned to its snapshot before the batch.</summary>
public enum BatchEnd
{
    Completed,
    RolledBack,
}
