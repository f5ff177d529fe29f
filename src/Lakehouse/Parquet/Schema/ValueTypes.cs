using Lineage.Lakehouse.Parquet.Metadata;

namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>The value type a footer element reads as, from its physical type and logical or converted annotation.</summary>
internal static class ValueTypes
{
    public static ParquetValueType Of(SchemaElement element)
    {
        var logical = element.LogicalType;
        var converted = element.ConvertedType;
        if (logical is DecimalType || converted == ConvertedType.Decimal)
            return ParquetValueType.Decimal;
        return element.Type switch
        {
            PhysicalType.Boolean => ParquetValueType.Boolean,
            PhysicalType.Int32 => logical switch
            {
                DateType => ParquetValueType.Date,
                IntType { BitWidth: 8, IsSigned: true } => ParquetValueType.Int8,
                IntType { BitWidth: 16, IsSigned: true } => ParquetValueType.Int16,
                IntType { BitWidth: 32, IsSigned: false } => ParquetValueType.Int64,
                _ => converted switch
                {
                    ConvertedType.Date => ParquetValueType.Date,
                    ConvertedType.Int8 => ParquetValueType.Int8,
                    ConvertedType.Int16 => ParquetValueType.Int16,
                    ConvertedType.Uint32 => ParquetValueType.Int64,
                    _ => ParquetValueType.Int32,
                },
            },
            PhysicalType.Int64 => logical switch
            {
                TimestampType { IsAdjustedToUtc: false } => ParquetValueType.LocalTimestampMicros,
                TimestampType => ParquetValueType.TimestampMicros,
                _ => converted is ConvertedType.TimestampMicros or ConvertedType.TimestampMillis
                    ? ParquetValueType.TimestampMicros
                    : ParquetValueType.Int64,
            },
            PhysicalType.Int96 => ParquetValueType.TimestampMicros,
            PhysicalType.Float => ParquetValueType.Float,
            PhysicalType.Double => ParquetValueType.Double,
            PhysicalType.ByteArray => logical is StringType or EnumType or JsonType || converted is ConvertedType.Utf8 or ConvertedType.Enum or ConvertedType.Json
                ? ParquetValueType.String
                : ParquetValueType.Binary,
            PhysicalType.FixedLenByteArray => logical is UuidType ? ParquetValueType.Uuid : ParquetValueType.FixedBinary,
            var other => throw new FormatException($"Column '{element.Name}' has unknown physical type {(int?)other}."),
        };
    }

    /// <summary>How many microseconds one stored INT64 unit is (a negative value divides: nanoseconds).</summary>
    public static long MicrosPerUnit(SchemaElement element) => element.LogicalType switch
    {
        TimestampType { Unit: TimeUnit.Millis } => 1000,
        TimestampType { Unit: TimeUnit.Nanos } => -1000,
        TimestampType => 1,
        _ => element.ConvertedType == ConvertedType.TimestampMillis ? 1000 : 1,
    };
}
