using Lineage.Assets.Keys;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Orchestration.Automation;

/// <summary>An eager asset partition to bring up to date.</summary>
public sealed record EagerStep(AssetKey Asset, string Partition)
{
    /// <summary>The pair as <see cref="LaunchRequest.Only"/> names it.</summary>
    public string StepKey => LaunchRequest.StepKey(Asset.Value, Partition);
}
