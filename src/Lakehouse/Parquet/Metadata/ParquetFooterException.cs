namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>A file whose last bytes are not a Parquet trailer (footer length and "PAR1").</summary>
public sealed class ParquetFooterException(string message) : Exception(message);
