namespace Lineage.Lakehouse.Avro;

/// <summary>
/// Avro binary data or an object container file is malformed, truncated or corrupt (bad magic, lengths beyond the
/// end, sync marker or checksum mismatch, unsupported codec). <see cref="Offset"/> is the byte offset in the file
/// (or buffer) where the problem was found.
/// </summary>
public sealed class AvroFormatException : AvroException
{
    public AvroFormatException(string message, long offset, Exception? innerException = null)
        : base($"{message} (at byte {offset})", innerException)
    {
        Offset = offset;
    }

    public long Offset { get; }
}
