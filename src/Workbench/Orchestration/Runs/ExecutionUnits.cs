using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>
/// Which steps run together as one job: the raw source and the base tables of a partition are written in one pass over
/// its raw files, so they share the unit <c>{partition}/base</c>; every other asset partition is a unit of its own.
/// </summary>
public static class ExecutionUnits
{
    private const string BaseUnit = "base";

    public static string Of(AssetKey asset, string partition) =>
        asset == QuantumAssetKeys.RawVqeResults || QuantumAssetKeys.BaseTables.Contains(asset)
            ? $"{partition}/{BaseUnit}"
            : $"{partition}/{asset.Value}";

    public static string PartitionOf(string unit) => unit[..unit.IndexOf('/')];

    public static DateOnly DateOf(string unit) =>
        DailyPartitions.TryParseKey(PartitionOf(unit), out var date) ? date : throw new ArgumentException($"unit '{unit}' does not start with a daily partition");
}
