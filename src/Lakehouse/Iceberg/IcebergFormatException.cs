namespace Lineage.Lakehouse.Iceberg;

/// <summary>
/// Iceberg metadata (table metadata JSON, a schema, a partition spec, a manifest or manifest list) is malformed or
/// breaks one of the format's invariants. The message names the file part and the value at fault.
/// </summary>
public sealed class IcebergFormatException : Exception
{
    public IcebergFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
