using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Orchestration.Launches;

/// <summary>Exactly what a launch from an asset page will run: the selection, the dates and the planned steps.</summary>
public sealed record AssetLaunchPlan(AssetLaunchKind Kind, string Selection, IReadOnlyList<DateOnly> Dates, bool StaleOnly, IReadOnlyList<PlannedStep> Steps);
