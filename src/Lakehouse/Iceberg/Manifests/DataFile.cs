using Lineage.Lakehouse.Iceberg.Partitioning;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>
/// A data file as a manifest describes it (field 2, <c>r2</c>): absolute path with scheme, format, partition tuple,
/// exact size, row count and per-column metrics keyed by field id. Bounds are in the single-value binary encoding
/// (<see cref="Values.Conversions"/>).
/// </summary>
public sealed record DataFile
{
    public DataFileContent Content { get; init; } = DataFileContent.Data;

    public required string FilePath { get; init; }

    /// <summary>AVRO, ORC or PARQUET.</summary>
    public string FileFormat { get; init; } = "PARQUET";

    public PartitionData Partition { get; init; } = PartitionData.Empty;

    public required long RecordCount { get; init; }

    public required long FileSizeInBytes { get; init; }

    public IReadOnlyDictionary<int, long>? ColumnSizes { get; init; }

    public IReadOnlyDictionary<int, long>? ValueCounts { get; init; }

    public IReadOnlyDictionary<int, long>? NullValueCounts { get; init; }

    public IReadOnlyDictionary<int, long>? NanValueCounts { get; init; }

    public IReadOnlyDictionary<int, byte[]>? LowerBounds { get; init; }

    public IReadOnlyDictionary<int, byte[]>? UpperBounds { get; init; }

    public byte[]? KeyMetadata { get; init; }

    public IReadOnlyList<long>? SplitOffsets { get; init; }

    public IReadOnlyList<int>? EqualityIds { get; init; }

    public int? SortOrderId { get; init; }
}
