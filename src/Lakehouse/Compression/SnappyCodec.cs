using System.Buffers;

namespace Lineage.Lakehouse.Compression;

/// <summary>Snappy raw blocks (no framing), through IronSnappy.</summary>
internal sealed class SnappyCodec : IBlockCodec
{
    public CompressionKind Kind => CompressionKind.Snappy;

    public void Compress(ReadOnlySpan<byte> source, IBufferWriter<byte> destination) =>
        destination.Write(IronSnappy.Snappy.Encode(source));

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        // The block starts with its decompressed length; checking it first keeps the decoder from allocating
        // whatever a damaged header claims.
        var declared = ReadDeclaredLength(source, destination.Length);
        if (declared != destination.Length)
            throw CorruptCompressedDataException.SizeMismatch(Kind, destination.Length, declared);
        Decode(source, destination.Length).CopyTo(destination);
    }

    public int DecompressUnknownLength(ReadOnlySpan<byte> source, IBufferWriter<byte> destination, int maxLength)
    {
        var declared = ReadDeclaredLength(source, maxLength);
        if (declared > maxLength)
            throw CorruptCompressedDataException.TooLong(Kind, maxLength);
        destination.Write(Decode(source, (int)declared));
        return (int)declared;
    }

    private byte[] Decode(ReadOnlySpan<byte> source, int expectedLength)
    {
        byte[] decoded;
        try
        {
            decoded = IronSnappy.Snappy.Decode(source);
        }
        // The decoder reports damaged input with several exception types (IOException, range errors), all meaning the same.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new CorruptCompressedDataException(Kind, expectedLength, e.Message.TrimEnd('.'));
        }
        if (decoded.Length != expectedLength)
            throw CorruptCompressedDataException.SizeMismatch(Kind, expectedLength, decoded.Length);
        return decoded;
    }

    private long ReadDeclaredLength(ReadOnlySpan<byte> source, int expectedLength)
    {
        long value = 0;
        for (var i = 0; i < 5; i++)
        {
            if (i == source.Length)
                throw new CorruptCompressedDataException(Kind, expectedLength, "its length header is truncated");
            var b = source[i];
            value |= (long)(b & 0x7F) << (7 * i);
            if (b < 0x80)
                return value;
        }
        throw new CorruptCompressedDataException(Kind, expectedLength, "its length header is longer than five bytes");
    }
}
