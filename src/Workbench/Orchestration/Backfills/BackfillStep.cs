using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Backfills;

/// <summary>Where one asset partition of a backfill stands across all of the backfill's runs.</summary>
public sealed record BackfillStep(string Asset, string Partition, StepStatus Status)
{
    public string Key => LaunchRequest.StepKey(Asset, Partition);
}
