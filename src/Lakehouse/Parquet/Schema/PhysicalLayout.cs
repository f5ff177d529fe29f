using Lineage.Lakehouse.Parquet.Metadata;

namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>How a primitive field is stored: physical type, fixed width, and the logical/converted annotations.</summary>
internal sealed record PhysicalLayout(PhysicalType Type, int? TypeLength, LogicalType? Logical, ConvertedType? Converted)
{
    public static PhysicalLayout Of(PrimitiveField field) => field.Type switch
    {
        ParquetValueType.Boolean => new(PhysicalType.Boolean, null, null, null),
        ParquetValueType.Int8 => new(PhysicalType.Int32, null, new IntType(8, true), ConvertedType.Int8),
        ParquetValueType.Int16 => new(PhysicalType.Int32, null, new IntType(16, true), ConvertedType.Int16),
        ParquetValueType.Int32 => new(PhysicalType.Int32, null, null, null),
        ParquetValueType.Int64 => new(PhysicalType.Int64, null, null, null),
        ParquetValueType.Float => new(PhysicalType.Float, null, null, null),
        ParquetValueType.Double => new(PhysicalType.Double, null, null, null),
        ParquetValueType.String => new(PhysicalType.ByteArray, null, new StringType(), ConvertedType.Utf8),
        ParquetValueType.Binary => new(PhysicalType.ByteArray, null, null, null),
        ParquetValueType.FixedBinary => new(PhysicalType.FixedLenByteArray, field.FixedLength, null, null),
        ParquetValueType.Date => new(PhysicalType.Int32, null, new DateType(), ConvertedType.Date),
        ParquetValueType.TimestampMicros => new(PhysicalType.Int64, null, new TimestampType(true, TimeUnit.Micros), ConvertedType.TimestampMicros),
        ParquetValueType.LocalTimestampMicros => new(PhysicalType.Int64, null, new TimestampType(false, TimeUnit.Micros), null),
        ParquetValueType.Uuid => new(PhysicalType.FixedLenByteArray, 16, new UuidType(), null),
        ParquetValueType.Decimal => new(
            field.Precision <= 9 ? PhysicalType.Int32 : field.Precision <= 18 ? PhysicalType.Int64 : PhysicalType.FixedLenByteArray,
            field.Precision <= 18 ? null : DecimalLayout.ByteWidth(field.Precision),
            new DecimalType(field.Scale, field.Precision),
            ConvertedType.Decimal),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, null),
    };
}
