using Lineage.Materializers.Checks;
using Lineage.Materializers.Recording;

namespace Lineage.Workbench.Storage;

/// <summary>The newest materialization, observation and check results of each partition in a range, as the catalog holds them.</summary>
public sealed record LatestPartitionFacts(
    IReadOnlyList<MaterializationRecord> Materializations,
    IReadOnlyList<SourceObservationRecord> Observations,
    IReadOnlyList<CheckResult> Checks);
