using System.Numerics;
using Avro;
using Avro.Generic;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Values;

/// <summary>
/// Converts primitive values between their canonical .NET form and the base values of the Avro types of
/// <see cref="IcebergAvroSchema"/>: days for a date, microseconds for times and timestamps, big-endian bytes in a
/// fixed for a uuid, a decimal's unscaled value and a fixed.
/// </summary>
internal static class AvroValueMapping
{
    /// <param name="schema">The value's Avro schema (an optional one too): a uuid, decimal or fixed becomes a <see cref="GenericFixed"/> of it.</param>
    public static object? ToAvro(PrimitiveType type, Schema schema, object? value)
    {
        var avro = ToAvro(type, value);
        return avro is byte[] bytes && FixedOf(schema) is { } fixedSchema ? new GenericFixed(fixedSchema, bytes) : avro;
    }

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
        var raw = value is GenericFixed f ? f.Value : value;
        return (type.Kind, raw) switch
        {
            (PrimitiveKind.Uuid, byte[] bytes) when bytes.Length == 16 => new Guid(bytes, bigEndian: true),
            (PrimitiveKind.Decimal, byte[] bytes) when bytes.Length > 0 =>
                IcebergValue.FromUnscaled(new BigInteger(bytes, isUnsigned: false, isBigEndian: true), type.Scale),
            _ => IcebergValue.Normalize(type, raw),
        };
    }

    private static FixedSchema? FixedOf(Schema schema) => schema switch
    {
        FixedSchema fixedSchema => fixedSchema,
        LogicalSchema logical => FixedOf(logical.BaseSchema),
        UnionSchema union => union.Schemas.Select(FixedOf).FirstOrDefault(s => s is not null),
        _ => null,
    };

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
