namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Encoded Parquet values or levels that are truncated or inconsistent. <see cref="Offset"/> is the byte position,
/// within the data handed to the decoder, where the problem was found.
/// </summary>
public sealed class EncodingFormatException : Exception
{
    public EncodingFormatException(string message, int offset)
        : base($"{message} (at byte {offset} of the encoded data; the file is damaged or was written by a faulty writer)")
    {
        Offset = offset;
        Detail = message;
    }

    public int Offset { get; }

    /// <summary>The message without the offset.</summary>
    public string Detail { get; }

    /// <summary>The same problem, with the offset moved by <paramref name="bytes"/> (for data decoded from a slice).</summary>
    internal EncodingFormatException Shifted(int bytes) => new(Detail, Offset + bytes);
}
