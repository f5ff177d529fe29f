namespace Lineage.Workbench.Orchestration.Launches;

/// <summary>What an asset page can launch over the dates a person selected.</summary>
public enum AssetLaunchKind
{
    /// <summary>This asset for every selected date.</summary>
    Materialize,

    /// <summary>This asset and everything upstream of it for every selected date.</summary>
    MaterializeWithUpstream,

    /// <summary>Whatever of this asset and its upstream is missing or stale on the selected dates.</summary>
    MaterializeStale,

    /// <summary>This asset over the whole range from the first to the last selected date, as one backfill.</summary>
    Backfill,
}
