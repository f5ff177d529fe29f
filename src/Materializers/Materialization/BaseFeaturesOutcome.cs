using Lineage.Materializers.Checks;
using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Materialization;

/// <summary>The committed base tables of one partition, the raw files behind them and what was learnt reading them.</summary>
internal sealed record BaseFeaturesOutcome(
    IReadOnlyList<TableCommit> Tables,
    IReadOnlyList<RawFile> RawFiles,
    string RawDataVersion,
    MaterializationFacts Facts);
