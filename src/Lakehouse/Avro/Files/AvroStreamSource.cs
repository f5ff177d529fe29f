using Lineage.Lakehouse.Avro.Binary;
using Lineage.Lakehouse.Buffers;

namespace Lineage.Lakehouse.Avro.Files;

/// <summary>
/// Buffered reading of a container file's framing from a stream, with absolute offsets for errors. Lengths read from
/// the file are checked against the stream's length when it is known; otherwise data is copied in bounded chunks,
/// so a false length fails at the end of the stream instead of allocating what it claims.
/// </summary>
internal sealed class AvroStreamSource
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[ChunkSize];
    private long _bufferStart;
    private int _position;
    private int _length;

    public AvroStreamSource(Stream stream)
    {
        _stream = stream;
        _bufferStart = stream.CanSeek ? stream.Position : 0;
    }

    /// <summary>The offset of the next byte.</summary>
    public long Offset => _bufferStart + _position;

    public bool CanSeek => _stream.CanSeek;

    /// <summary>True when no byte is left.</summary>
    public bool AtEnd => _position == _length && !Fill();

    /// <summary>Bytes left when the stream knows its length, else long.MaxValue.</summary>
    public long Remaining => _stream.CanSeek ? _stream.Length - _bufferStart - _position : long.MaxValue;

    public void Seek(long offset)
    {
        _stream.Position = offset;
        _bufferStart = offset;
        _position = _length = 0;
    }

    public long ReadLong(string what)
    {
        var start = Offset;
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (AtEnd)
                throw new AvroFormatException($"the file ends inside {what}", start);
            ulong b = _buffer[_position++];
            if (shift == 63 && b > 1)
                throw new AvroFormatException($"{what} overflows 64 bits", start);
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
                return (long)(result >> 1) ^ -(long)(result & 1);
        }
        throw new AvroFormatException($"{what} is longer than 10 bytes", start);
    }

    public void ReadExactly(Span<byte> destination, string what)
    {
        var start = Offset;
        while (!destination.IsEmpty)
        {
            if (AtEnd)
                throw new AvroFormatException($"the file ends inside {what}", start);
            var count = Math.Min(destination.Length, _length - _position);
            _buffer.AsSpan(_position, count).CopyTo(destination);
            _position += count;
            destination = destination[count..];
        }
    }

    /// <summary>Reads <paramref name="length"/> bytes into <paramref name="destination"/> (emptied first).</summary>
    public void ReadInto(PooledBufferWriter destination, long length, string what)
    {
        var start = Offset;
        if (length < 0 || length > Remaining)
            throw new AvroFormatException(
                $"{what} claims {length} bytes but only {Remaining} remain in the file", start);
        destination.Truncate(0);
        while (destination.WrittenCount < length)
        {
            var chunk = (int)Math.Min(ChunkSize, length - destination.WrittenCount);
            var span = destination.GetSpan(chunk)[..chunk];
            try
            {
                ReadExactly(span, what);
            }
            catch (AvroFormatException)
            {
                throw new AvroFormatException($"the file ends inside {what}, which claims {length} bytes", start);
            }
            destination.Advance(chunk);
        }
    }

    private bool Fill()
    {
        _bufferStart += _length;
        _position = 0;
        _length = _stream.Read(_buffer, 0, _buffer.Length);
        return _length > 0;
    }
}
