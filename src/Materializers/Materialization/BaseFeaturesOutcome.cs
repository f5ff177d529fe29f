using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Materialization;

/// <summary>The committed base tables of one partition and the raw files behind them (with their data version).</summary>
internal sealed record BaseFeaturesOutcome(
    IReadOnlyList<TableCommit> Tables,
    IReadOnlyList<RawFile> RawFiles,
    string RawDataVersion);
