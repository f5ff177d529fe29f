namespace Lineage.Workbench.Orchestration.Scheduling;

/// <summary>Where Quartz keeps jobs and triggers.</summary>
public enum JobStoreKind
{
    /// <summary>In this process only: queued steps are lost when it stops and no other process runs them.</summary>
    Memory,

    /// <summary>In the catalog's PostgreSQL database, shared by every process of a cluster.</summary>
    Postgres,
}
