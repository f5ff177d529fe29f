using Lineage.Materializers.Checks;

namespace Lineage.Workbench.Catalog;

/// <summary>One recorded evaluation of a check and the run that evaluated it (none from a CLI process).</summary>
public sealed record CheckHistoryEntry(CheckResult Result, long? RunId);
