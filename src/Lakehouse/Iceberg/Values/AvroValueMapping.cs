using System.Numerics;
using Lineage.Lakehouse.Avro.Values;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Iceberg.Values;

/// <summary>Converts primitive values between their canonical .NET form and the Avro form of <see cref="IcebergAvroSchema.ForPrimitive"/>.</summary>
public static class AvroValueMapping
{
    public static object? ToAvro(PrimitiveType type, object? value)
    {
        if (value is null)
            return null;
        var v = IcebergValue.Normalize(type, value);
        return type.Kind switch
        {
            PrimitiveKind.Date => IcebergValue.DaysSinceEpoch((DateOnly)v),
            PrimitiveKind.Uuid => ((Guid)v).ToByteArray(bigEndian: true),
            PrimitiveKind.Decimal => SignExtended(IcebergValue.Unscaled((decimal)v, type.Scale), DecimalLayout.ByteWidth(type.Precision), type),
            _ => v,
        };
    }

    /// <exception cref="IcebergFormatException">The Avro value does not fit the type.</exception>
    public static object? FromAvro(PrimitiveType type, object? value)
    {
        if (value is null)
            return null;
        var raw = value is AvroFixed f ? f.Bytes : value;
        return (type.Kind, raw) switch
        {
            (PrimitiveKind.Uuid, byte[] bytes) when bytes.Length == 16 => new Guid(bytes, bigEndian: true),
            (PrimitiveKind.Decimal, byte[] bytes) when bytes.Length > 0 =>
                IcebergValue.FromUnscaled(new BigInteger(bytes, isUnsigned: false, isBigEndian: true), type.Scale),
            _ => IcebergValue.Normalize(type, raw),
        };
    }

    private static byte[] SignExtended(BigInteger unscaled, int width, PrimitiveType type)
    {
        var minimal = unscaled.ToByteArray(isUnsigned: false, isBigEndian: true);
        if (minimal.Length > width)
            throw new IcebergFormatException($"unscaled value {unscaled} does not fit {type}");
        var bytes = new byte[width];
        bytes.AsSpan(0, width - minimal.Length).Fill(unscaled.Sign < 0 ? (byte)0xFF : (byte)0);
        minimal.CopyTo(bytes, width - minimal.Length);
        return bytes;
    }
}
