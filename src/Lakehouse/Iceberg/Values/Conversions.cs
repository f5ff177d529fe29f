using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Values;

/// <summary>
/// The single-value binary serialization of the table spec (Appendix D), used for bounds in manifests and partition
/// summaries: little-endian numbers, days and microseconds since the epoch, UTF-8 strings, big-endian uuids and the
/// minimal big-endian two's complement of a decimal's unscaled value.
/// </summary>
internal static class Conversions
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="IcebergFormatException">The value is not a value of <paramref name="type"/>.</exception>
    public static byte[] ToBytes(PrimitiveType type, object value)
    {
        var v = IcebergValue.Normalize(type, value);
        switch (type.Kind)
        {
            case PrimitiveKind.Boolean:
                return [(bool)v ? (byte)1 : (byte)0];
            case PrimitiveKind.Int:
                return Int32((int)v);
            case PrimitiveKind.Date:
                return Int32(IcebergValue.DaysSinceEpoch((DateOnly)v));
            case PrimitiveKind.Long or PrimitiveKind.Time or PrimitiveKind.Timestamp or PrimitiveKind.TimestampTz:
                var longBytes = new byte[8];
                BinaryPrimitives.WriteInt64LittleEndian(longBytes, (long)v);
                return longBytes;
            case PrimitiveKind.Float:
                var floatBytes = new byte[4];
                BinaryPrimitives.WriteSingleLittleEndian(floatBytes, (float)v);
                return floatBytes;
            case PrimitiveKind.Double:
                var doubleBytes = new byte[8];
                BinaryPrimitives.WriteDoubleLittleEndian(doubleBytes, (double)v);
                return doubleBytes;
            case PrimitiveKind.String:
                return Encoding.UTF8.GetBytes((string)v);
            case PrimitiveKind.Uuid:
                return ((Guid)v).ToByteArray(bigEndian: true);
            case PrimitiveKind.Fixed or PrimitiveKind.Binary:
                return ((byte[])v).ToArray();
            case PrimitiveKind.Decimal:
                return IcebergValue.Unscaled((decimal)v, type.Scale).ToByteArray(isUnsigned: false, isBigEndian: true);
            default:
                throw new IcebergFormatException($"type {type} has no binary serialization");
        }
    }

    /// <summary>The value serialized in <paramref name="bytes"/>, in its canonical .NET form (see <see cref="IcebergValue"/>).</summary>
    /// <exception cref="IcebergFormatException">The bytes have the wrong length or are not valid for the type.</exception>
    public static object FromBytes(PrimitiveType type, ReadOnlySpan<byte> bytes)
    {
        switch (type.Kind)
        {
            case PrimitiveKind.Boolean:
                Expect(type, bytes, 1);
                return bytes[0] != 0;
            case PrimitiveKind.Int:
                Expect(type, bytes, 4);
                return BinaryPrimitives.ReadInt32LittleEndian(bytes);
            case PrimitiveKind.Date:
                Expect(type, bytes, 4);
                return IcebergValue.Normalize(type, BinaryPrimitives.ReadInt32LittleEndian(bytes));
            case PrimitiveKind.Long when bytes.Length == 4:
                // A column promoted from int keeps its 4-byte bounds.
                return (long)BinaryPrimitives.ReadInt32LittleEndian(bytes);
            case PrimitiveKind.Long or PrimitiveKind.Time or PrimitiveKind.Timestamp or PrimitiveKind.TimestampTz:
                Expect(type, bytes, 8);
                return BinaryPrimitives.ReadInt64LittleEndian(bytes);
            case PrimitiveKind.Float:
                Expect(type, bytes, 4);
                return BinaryPrimitives.ReadSingleLittleEndian(bytes);
            case PrimitiveKind.Double when bytes.Length == 4:
                return (double)BinaryPrimitives.ReadSingleLittleEndian(bytes);
            case PrimitiveKind.Double:
                Expect(type, bytes, 8);
                return BinaryPrimitives.ReadDoubleLittleEndian(bytes);
            case PrimitiveKind.String:
                try
                {
                    return StrictUtf8.GetString(bytes);
                }
                catch (DecoderFallbackException e)
                {
                    throw new IcebergFormatException($"a string value is not valid UTF-8: {Convert.ToHexString(bytes)}", e);
                }
            case PrimitiveKind.Uuid:
                Expect(type, bytes, 16);
                return new Guid(bytes, bigEndian: true);
            case PrimitiveKind.Fixed:
                Expect(type, bytes, type.Length);
                return bytes.ToArray();
            case PrimitiveKind.Binary:
                return bytes.ToArray();
            case PrimitiveKind.Decimal:
                if (bytes.IsEmpty)
                    throw new IcebergFormatException($"a {type} value has no bytes");
                return IcebergValue.FromUnscaled(new BigInteger(bytes, isUnsigned: false, isBigEndian: true), type.Scale);
            default:
                throw new IcebergFormatException($"type {type} has no binary serialization");
        }
    }

    private static byte[] Int32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static void Expect(PrimitiveType type, ReadOnlySpan<byte> bytes, int length)
    {
        if (bytes.Length != length)
            throw new IcebergFormatException($"a {type} value takes {length} bytes, not {bytes.Length} ({Convert.ToHexString(bytes)})");
    }
}
