using Lineage.Assets.Keys;

namespace Lineage.Workbench.Orchestration.Execution;

/// <summary>One execution unit of a run as the executor sees it: the assets to materialize for one date.</summary>
public sealed record StepWork(long RunId, string Unit, DateOnly Date, IReadOnlyList<AssetKey> Assets, int Attempt);
