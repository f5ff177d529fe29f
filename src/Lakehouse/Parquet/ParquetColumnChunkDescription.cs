namespace Lineage.Lakehouse.Parquet;

/// <summary>One column chunk as the footer describes it; statistics rendered as text (hex for bytes that are not text).</summary>
public sealed record ParquetColumnChunkDescription(
    string Path,
    string PhysicalType,
    string? LogicalType,
    int? FieldId,
    string Codec,
    IReadOnlyList<string> Encodings,
    long Values,
    long CompressedSize,
    long UncompressedSize,
    long? NullCount,
    string? Min,
    string? Max);
