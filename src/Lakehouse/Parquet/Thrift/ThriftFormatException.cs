namespace Lineage.Lakehouse.Parquet.Thrift;

/// <summary>Thrift-encoded metadata that is truncated, malformed or lacks a required field.</summary>
public sealed class ThriftFormatException(string message, long offset)
    : Exception($"{message} (at byte {offset}). The file is damaged or not a Parquet file.")
{
    /// <summary>Where the problem is, counted from the start of the file (or of whatever the reader was given).</summary>
    public long Offset { get; } = offset;

    public static ThriftFormatException MissingField(string structName, string fieldName, long structOffset) =>
        new($"{structName} lacks its required field {fieldName}", structOffset);
}
