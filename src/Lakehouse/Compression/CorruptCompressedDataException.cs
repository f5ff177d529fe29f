namespace Lineage.Lakehouse.Compression;

/// <summary>Compressed input that cannot be decoded, or that decodes to another size than its container records.</summary>
public sealed class CorruptCompressedDataException : Exception
{
    public CorruptCompressedDataException(CompressionKind codec, int expectedLength, string problem)
        : this(codec, expectedLength, null, problem)
    {
    }

    public CorruptCompressedDataException(CompressionKind codec, int expectedLength, long? actualLength, string problem)
        : base(Describe(codec, expectedLength, actualLength, problem))
    {
        Codec = codec;
        ExpectedLength = expectedLength;
        ActualLength = actualLength;
    }

    public CompressionKind Codec { get; }

    /// <summary>The decompressed size the caller expected, or the limit it set when the size is not recorded.</summary>
    public int ExpectedLength { get; }

    /// <summary>The size the input decodes to, when the decoder could tell.</summary>
    public long? ActualLength { get; }

    internal static CorruptCompressedDataException SizeMismatch(CompressionKind codec, int expectedLength, long actualLength) =>
        new(codec, expectedLength, actualLength, "it decodes to another size than recorded");

    internal static CorruptCompressedDataException TooLong(CompressionKind codec, int expectedLength) =>
        new(codec, expectedLength, "it decodes to more bytes than that");

    private static string Describe(CompressionKind codec, int expectedLength, long? actualLength, string problem)
    {
        var actual = actualLength is { } length ? $", got {length} bytes" : "";
        return $"Corrupt {codec} data: expected {expectedLength} decompressed bytes{actual}; {problem}. " +
            "The file is damaged or was written with another codec than it declares.";
    }
}
