using Lineage.Assets.Checks;
using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Quantum.Tables;

/// <summary>What all quantum tables have in common: Iceberg storage, code version, daily partitions, key checks.</summary>
internal static class QuantumTable
{
    public const string CodeVersion = "1";

    private const string BaseDuplicatesNote =
        "Two raw files of the same experiment within one partition are resolved first (the one that landed last " +
        "wins); a failure names the duplicated keys, and the check also reports each superseded file.";

    private const string MlDuplicatesNote = "A failure names the duplicated keys.";

    /// <summary>A table read straight from the raw records; the common run columns are appended to <paramref name="columns"/>.</summary>
    public static AssetSpec Base(
        BaseColumns common,
        DailyPartitions partitions,
        AssetKey key,
        string description,
        IReadOnlyList<ColumnSpec> columns,
        IReadOnlyList<string> keyColumns,
        IReadOnlyList<string> partitionColumns,
        params IReadOnlyList<AssetCheckSpec> checks) =>
        Table(key, description, partitions, keyColumns, partitionColumns) with
        {
            Group = "base_features",
            Deps = [new AssetDep(common.Raw.Key)],
            Owners = ["team:quantum-research"],
            Columns = [.. columns, .. common.Processing],
            Checks = [.. KeyChecks.For(key, keyColumns, BaseDuplicatesNote), .. checks],
        };

    /// <summary>A machine-learning feature table built from other tables.</summary>
    public static AssetSpec Ml(
        IReadOnlyList<AssetSpec> upstream,
        DailyPartitions partitions,
        AssetKey key,
        string description,
        IReadOnlyList<ColumnSpec> columns,
        IReadOnlyList<string> keyColumns,
        IReadOnlyList<string> partitionColumns,
        params IReadOnlyList<AssetCheckSpec> checks) =>
        Table(key, description, partitions, keyColumns, partitionColumns) with
        {
            Group = "ml_features",
            Deps = [.. upstream.Select(spec => new AssetDep(spec.Key))],
            Owners = ["team:ml-platform"],
            Columns = columns,
            Checks = [.. KeyChecks.For(key, keyColumns, MlDuplicatesNote), .. checks],
        };

    private static AssetSpec Table(
        AssetKey key,
        string description,
        DailyPartitions partitions,
        IReadOnlyList<string> keyColumns,
        IReadOnlyList<string> partitionColumns) =>
        new()
        {
            Key = key,
            Kinds = ["iceberg", "parquet"],
            Description = description,
            CodeVersion = CodeVersion,
            KeyColumns = keyColumns,
            PartitionColumns = partitionColumns,
            Partitions = partitions,
        };
}
