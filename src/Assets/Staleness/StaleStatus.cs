namespace Lineage.Assets.Staleness;

public enum StaleStatus
{
    /// <summary>Never materialized (or, for a source, never observed).</summary>
    Missing,

    /// <summary>Materialized, but its inputs or code have changed since; see the causes.</summary>
    Stale,

    /// <summary>Materialized from the current upstream data with the current code.</summary>
    Fresh,
}
