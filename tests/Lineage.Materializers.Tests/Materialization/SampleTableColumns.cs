using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Tests.Materialization;

/// <summary>
/// The tables the sample fixture pins, and per table the columns whose values differ from run to run (found by
/// materializing the sample twice and comparing); every other column is deterministic and compared exactly.
/// </summary>
public static class SampleTableColumns
{
    public static IReadOnlyList<AssetKey> Tables { get; } =
        [.. QuantumAssetKeys.BaseTables, QuantumAssetKeys.MlIterationFeatures, QuantumAssetKeys.MlRunSummary, QuantumAssetKeys.ProcessingMetadata];

    private static readonly ShapeOnlyColumn Timestamp =
        new("processing_timestamp", "the wall-clock time the batch was processed");

    private static readonly ShapeOnlyColumn BatchId =
        new("processing_batch_id", "generated per batch from the wall clock and a random suffix");

    private static readonly ShapeOnlyColumn TableVersions =
        new("table_versions", "the snapshot tags v_<batch id>, one per base table");

    public static IReadOnlyList<ShapeOnlyColumn> ShapeOnly(AssetKey table) =>
        table == QuantumAssetKeys.ProcessingMetadata ? [BatchId, Timestamp, TableVersions]
        : QuantumAssetKeys.BaseTables.Contains(table) ? [Timestamp, BatchId]
        // The ML tables carry only processing_date, which is the partition.
        : [];
}
