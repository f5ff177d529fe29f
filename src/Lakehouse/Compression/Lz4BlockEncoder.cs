using System.Buffers.Binary;

namespace Lineage.Lakehouse.Compression;

/// <summary>
/// A greedy LZ4 block encoder: a hash table of 4-byte sequences finds earlier occurrences within 64 KiB, each match
/// is extended both ways, and the block ends as the format requires (no match starts in the last 12 bytes, the last
/// 5 bytes are literals).
/// </summary>
internal static class Lz4BlockEncoder
{
    private const int MinMatch = 4;
    private const int LastLiterals = 5;
    private const int MatchFindLimit = 12;
    private const int MaxOffset = 65535;
    private const int NibbleMax = 15;
    private const int HashBits = 12;

    // After 2^SkipShift misses in a row the search steps over more bytes, so incompressible data passes quickly.
    private const int SkipShift = 6;

    public static int MaxEncodedLength(int sourceLength) => checked(sourceLength + sourceLength / 255 + 16);

    public static int Encode(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var op = 0;
        var anchor = 0;
        var matchStartLimit = source.Length - MatchFindLimit;
        var matchEndLimit = source.Length - LastLiterals;
        Span<int> table = stackalloc int[1 << HashBits];
        table.Clear();
        var ip = 1;
        var misses = 0;
        while (ip < matchStartLimit)
        {
            var sequence = BinaryPrimitives.ReadUInt32LittleEndian(source[ip..]);
            var slot = Hash(sequence);
            var candidate = table[slot];
            table[slot] = ip;
            if (ip - candidate > MaxOffset || BinaryPrimitives.ReadUInt32LittleEndian(source[candidate..]) != sequence)
            {
                ip += 1 + (misses++ >> SkipShift);
                continue;
            }
            misses = 0;
            var length = MinMatch;
            while (ip > anchor && candidate > 0 && source[ip - 1] == source[candidate - 1])
            {
                ip--;
                candidate--;
                length++;
            }
            length += source[(ip + length)..matchEndLimit].CommonPrefixLength(source[(candidate + length)..]);
            op = WriteSequence(destination, op, source[anchor..ip], ip - candidate, length);
            ip += length;
            anchor = ip;
            if (ip < matchStartLimit)
                table[Hash(BinaryPrimitives.ReadUInt32LittleEndian(source[(ip - 2)..]))] = ip - 2;
        }
        return WriteLastLiterals(destination, op, source[anchor..]);
    }

    private static int Hash(uint sequence) => (int)((sequence * 2654435761u) >> (32 - HashBits));

    private static int WriteSequence(Span<byte> destination, int op, ReadOnlySpan<byte> literals, int offset, int matchLength)
    {
        var matchCode = matchLength - MinMatch;
        destination[op++] = (byte)((Math.Min(literals.Length, NibbleMax) << 4) | Math.Min(matchCode, NibbleMax));
        if (literals.Length >= NibbleMax)
            op = WriteLengthExtension(destination, op, literals.Length - NibbleMax);
        literals.CopyTo(destination[op..]);
        op += literals.Length;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[op..], (ushort)offset);
        op += 2;
        if (matchCode >= NibbleMax)
            op = WriteLengthExtension(destination, op, matchCode - NibbleMax);
        return op;
    }

    private static int WriteLastLiterals(Span<byte> destination, int op, ReadOnlySpan<byte> literals)
    {
        destination[op++] = (byte)(Math.Min(literals.Length, NibbleMax) << 4);
        if (literals.Length >= NibbleMax)
            op = WriteLengthExtension(destination, op, literals.Length - NibbleMax);
        literals.CopyTo(destination[op..]);
        return op + literals.Length;
    }

    private static int WriteLengthExtension(Span<byte> destination, int op, int remaining)
    {
        for (; remaining >= 255; remaining -= 255)
            destination[op++] = 255;
        destination[op++] = (byte)remaining;
        return op;
    }
}
