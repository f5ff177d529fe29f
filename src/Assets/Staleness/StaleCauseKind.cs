namespace Lineage.Assets.Staleness;

public enum StaleCauseKind
{
    /// <summary>A dependency's partition has no materialization (or, for a source, no observation).</summary>
    UpstreamMissing,

    /// <summary>A dependency's partition was materialized again after this one consumed it.</summary>
    UpstreamNewer,

    /// <summary>The asset's code version differs from the one it was materialized with.</summary>
    CodeVersionChanged,

    /// <summary>A source dependency's observed data differs from what this materialization consumed.</summary>
    SourceDataChanged,

    /// <summary>A dependency's partition is itself stale.</summary>
    UpstreamStale,
}
