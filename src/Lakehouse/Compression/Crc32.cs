using System.Buffers.Binary;

namespace Lineage.Lakehouse.Compression;

/// <summary>
/// The IEEE 802.3 CRC-32 (reflected polynomial 0xEDB88320) that zlib, gzip and Avro's snappy codec use.
/// Values chain: <c>Append(Compute(a), b) == Compute(a + b)</c>.
/// </summary>
public static class Crc32
{
    private const uint Polynomial = 0xEDB88320;

    // Eight tables let the loop fold eight input bytes per step ("slicing by 8").
    private static readonly uint[][] Tables = BuildTables();

    public static uint Compute(ReadOnlySpan<byte> data) => Append(0, data);

    /// <summary>Continues the checksum <paramref name="crc"/> of earlier bytes over <paramref name="data"/>.</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        var state = ~crc;
        var t0 = Tables[0]; var t1 = Tables[1]; var t2 = Tables[2]; var t3 = Tables[3];
        var t4 = Tables[4]; var t5 = Tables[5]; var t6 = Tables[6]; var t7 = Tables[7];
        while (data.Length >= 8)
        {
            var low = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ state;
            var high = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            state = t7[low & 0xFF] ^ t6[(low >> 8) & 0xFF] ^ t5[(low >> 16) & 0xFF] ^ t4[low >> 24]
                ^ t3[high & 0xFF] ^ t2[(high >> 8) & 0xFF] ^ t1[(high >> 16) & 0xFF] ^ t0[high >> 24];
            data = data[8..];
        }
        foreach (var value in data)
            state = t0[(state ^ value) & 0xFF] ^ (state >> 8);
        return ~state;
    }

    private static uint[][] BuildTables()
    {
        var tables = new uint[8][];
        for (var t = 0; t < tables.Length; t++)
            tables[t] = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var bit = 0; bit < 8; bit++)
                c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            tables[0][n] = c;
        }
        for (var n = 0; n < 256; n++)
        {
            for (var t = 1; t < tables.Length; t++)
                tables[t][n] = tables[0][tables[t - 1][n] & 0xFF] ^ (tables[t - 1][n] >> 8);
        }
        return tables;
    }
}
