using Lineage.Assets.Keys;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>One asset partition a run will materialize (or observe), and the execution unit it runs in.</summary>
public sealed record PlannedStep(AssetKey Asset, string Partition, string Unit);
