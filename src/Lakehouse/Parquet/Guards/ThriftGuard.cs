namespace Lineage.Lakehouse.Parquet.Guards;

/// <summary>
/// Walks Thrift compact-protocol bytes (a footer) without building anything, refusing any list, set, map or binary
/// that claims more elements or bytes than remain, and nesting deeper than any Parquet structure goes. Parquet.Net
/// allocates what a footer claims before reading it; this walk runs first, so a damaged size never reaches it.
/// </summary>
internal static class ThriftGuard
{
    private const int MaxDepth = 64;

    /// <exception cref="FormatException">The bytes are not a well-formed struct, or a size is impossible.</exception>
    public static void CheckStruct(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        SkipStruct(bytes, ref position, 0);
    }

    /// <summary>
    /// Reads a page header's sizes (fields 2 and 3, uncompressed and compressed page size) while checking the whole
    /// header as <see cref="CheckStruct"/> does; returns how many bytes the header takes.
    /// </summary>
    /// <exception cref="FormatException">The bytes are not a well-formed header.</exception>
    public static (int HeaderLength, long UncompressedSize, long CompressedSize) ReadPageHeader(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        var fieldId = 0;
        long uncompressed = -1, compressed = -1;
        while (true)
        {
            var header = ReadByte(bytes, ref position);
            if (header == 0)
                break;
            var type = header & 0x0F;
            fieldId = header >> 4 == 0 ? (int)ZigZag(ReadVarint(bytes, ref position)) : fieldId + (header >> 4);
            if (fieldId is 2 or 3 && type == 5)
            {
                var value = ZigZag(ReadVarint(bytes, ref position));
                if (fieldId == 2)
                    uncompressed = value;
                else
                    compressed = value;
            }
            else
            {
                SkipValue(bytes, ref position, type, 1);
            }
        }
        if (uncompressed < 0 || compressed < 0)
            throw new FormatException($"a page header claims page sizes {uncompressed} and {compressed}");
        return (position, uncompressed, compressed);
    }

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private static void SkipStruct(ReadOnlySpan<byte> bytes, ref int position, int depth)
    {
        if (depth > MaxDepth)
            throw new FormatException($"structures nest deeper than {MaxDepth} levels at byte {position}");
        while (true)
        {
            var header = ReadByte(bytes, ref position);
            if (header == 0)
                return;
            var type = header & 0x0F;
            if (header >> 4 == 0)
                ReadVarint(bytes, ref position);
            SkipValue(bytes, ref position, type, depth);
        }
    }

    private static void SkipValue(ReadOnlySpan<byte> bytes, ref int position, int type, int depth)
    {
        switch (type)
        {
            case 1 or 2:
                return;
            case 3:
                ReadByte(bytes, ref position);
                return;
            case 4 or 5 or 6:
                ReadVarint(bytes, ref position);
                return;
            case 7:
                Take(bytes, ref position, 8);
                return;
            case 8:
                Take(bytes, ref position, Length(bytes, ref position));
                return;
            case 9 or 10:
                var header = ReadByte(bytes, ref position);
                var count = header >> 4 == 15 ? Length(bytes, ref position) : header >> 4;
                var elementType = header & 0x0F;
                Claim(bytes, position, count);
                for (var i = 0; i < count; i++)
                {
                    if (elementType is 1 or 2)
                        ReadByte(bytes, ref position);
                    else
                        SkipValue(bytes, ref position, elementType, depth + 1);
                }
                return;
            case 11:
                var entries = Length(bytes, ref position);
                if (entries == 0)
                    return;
                var types = ReadByte(bytes, ref position);
                Claim(bytes, position, entries);
                for (var i = 0; i < entries; i++)
                {
                    SkipValue(bytes, ref position, types >> 4, depth + 1);
                    SkipValue(bytes, ref position, types & 0x0F, depth + 1);
                }
                return;
            case 12:
                SkipStruct(bytes, ref position, depth + 1);
                return;
            default:
                throw new FormatException($"unknown Thrift type {type} at byte {position}");
        }
    }

    /// <summary>A count of things of at least one byte each cannot exceed the bytes that remain.</summary>
    private static void Claim(ReadOnlySpan<byte> bytes, int position, long count)
    {
        if (count > bytes.Length - position)
            throw new FormatException($"a collection at byte {position} claims {count} elements in {bytes.Length - position} remaining bytes");
    }

    private static int Length(ReadOnlySpan<byte> bytes, ref int position)
    {
        var at = position;
        var value = ReadVarint(bytes, ref position);
        if (value > (ulong)(bytes.Length - position))
            throw new FormatException($"a size at byte {at} claims {value} where {bytes.Length - position} bytes remain");
        return (int)value;
    }

    private static void Take(ReadOnlySpan<byte> bytes, ref int position, int count)
    {
        if (count > bytes.Length - position)
            throw new FormatException($"the footer ends inside a value at byte {position}");
        position += count;
    }

    private static byte ReadByte(ReadOnlySpan<byte> bytes, ref int position)
    {
        if (position >= bytes.Length)
            throw new FormatException($"the footer ends at byte {position} inside a structure");
        return bytes[position++];
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = ReadByte(bytes, ref position);
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
                return value;
        }
        throw new FormatException($"a varint at byte {position} runs past 10 bytes");
    }
}
