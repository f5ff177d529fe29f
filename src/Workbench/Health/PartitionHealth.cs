namespace Lineage.Workbench.Health;

/// <summary>The state of one asset partition as the catalog shows it.</summary>
public enum PartitionHealth
{
    /// <summary>Never materialized (or, for a source, never observed).</summary>
    Missing,

    /// <summary>Materialized, but its inputs or code have changed since.</summary>
    Stale,

    /// <summary>Materialized from the current upstream data with the current code.</summary>
    Fresh,

    /// <summary>Materialized from the current upstream data, and the day has no raw files: nothing to show, nothing wrong.</summary>
    Empty,

    /// <summary>A blocking check of an upstream asset failed for the partition.</summary>
    Blocked,

    /// <summary>Its last attempt failed (after any materialization it has).</summary>
    Failed,

    /// <summary>A run is working on it: queued, waiting, running or retrying.</summary>
    Running,
}
