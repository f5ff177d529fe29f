using Apache.Arrow.Types;
using ConvertedType = Parquet.Meta.ConvertedType;
using LogicalType = Parquet.Meta.LogicalType;
using SchemaElement = Parquet.Meta.SchemaElement;
using ArrowTimeUnit = Apache.Arrow.Types.TimeUnit;
using StringType = Apache.Arrow.Types.StringType;
using TimestampType = Apache.Arrow.Types.TimestampType;
using ParquetType = Parquet.Meta.Type;

namespace Lineage.Lakehouse.Parquet.Assembling;

/// <summary>
/// The Arrow type of a Parquet leaf from its physical type and its logical (or legacy converted) annotation, and
/// the CLR type Parquet.Net reads its stored values as (the physical type, so no value is converted on the way).
/// </summary>
internal static class LeafArrowType
{
    public static IArrowType Of(SchemaElement element)
    {
        var logical = element.LogicalType;
        var converted = element.ConvertedType;
        if (logical?.DECIMAL is { } d)
            return Decimal(d.Precision, d.Scale, element);
        if (converted == ConvertedType.DECIMAL)
            return Decimal(element.Precision ?? 0, element.Scale ?? 0, element);
        return element.Type switch
        {
            ParquetType.BOOLEAN => BooleanType.Default,
            ParquetType.INT32 => Int32Of(logical, converted),
            ParquetType.INT64 => Int64Of(logical, converted),
            ParquetType.INT96 => new TimestampType(ArrowTimeUnit.Nanosecond, (string?)null),
            ParquetType.FLOAT => FloatType.Default,
            ParquetType.DOUBLE => DoubleType.Default,
            ParquetType.BYTE_ARRAY => logical?.STRING is not null || logical?.ENUM is not null || logical?.JSON is not null
                || converted is ConvertedType.UTF8 or ConvertedType.ENUM or ConvertedType.JSON
                ? StringType.Default
                : BinaryType.Default,
            ParquetType.FIXED_LEN_BYTE_ARRAY => element.TypeLength is > 0 and var length
                ? new FixedSizeBinaryType(length)
                : throw new FormatException($"column '{element.Name}' is a fixed-length byte array without a length"),
            _ => throw new FormatException($"column '{element.Name}' has no physical type"),
        };
    }

    /// <summary>The CLR type whose values Parquet.Net decodes a column's stored values into unchanged.</summary>
    public static System.Type PhysicalClrType(SchemaElement element) => element.Type switch
    {
        ParquetType.BOOLEAN => typeof(bool),
        ParquetType.INT32 => typeof(int),
        ParquetType.INT64 => typeof(long),
        ParquetType.INT96 => typeof(DateTime),
        ParquetType.FLOAT => typeof(float),
        ParquetType.DOUBLE => typeof(double),
        _ => typeof(byte[]),
    };

    private static IArrowType Decimal(int precision, int scale, SchemaElement element) =>
        precision is >= 1 and <= 38 && scale >= 0 && scale <= precision
            ? new Decimal128Type(precision, scale)
            : throw new FormatException($"column '{element.Name}' is decimal({precision}, {scale}), beyond the 38 digits of a 128-bit decimal");

    private static IArrowType Int32Of(LogicalType? logical, ConvertedType? converted)
    {
        if (logical?.INTEGER is { } integer)
            return (integer.BitWidth, integer.IsSigned) switch
            {
                (8, true) => Int8Type.Default,
                (16, true) => Int16Type.Default,
                (8, false) => UInt8Type.Default,
                (16, false) => UInt16Type.Default,
                (32, false) => UInt32Type.Default,
                _ => Int32Type.Default,
            };
        if (logical?.DATE is not null)
            return Date32Type.Default;
        if (logical?.TIME is not null)
            return new Time32Type(ArrowTimeUnit.Millisecond);
        return converted switch
        {
            ConvertedType.INT_8 => Int8Type.Default,
            ConvertedType.INT_16 => Int16Type.Default,
            ConvertedType.UINT_8 => UInt8Type.Default,
            ConvertedType.UINT_16 => UInt16Type.Default,
            ConvertedType.UINT_32 => UInt32Type.Default,
            ConvertedType.DATE => Date32Type.Default,
            ConvertedType.TIME_MILLIS => new Time32Type(ArrowTimeUnit.Millisecond),
            _ => Int32Type.Default,
        };
    }

    private static IArrowType Int64Of(LogicalType? logical, ConvertedType? converted)
    {
        if (logical?.INTEGER is { IsSigned: false })
            return UInt64Type.Default;
        if (logical?.TIMESTAMP is { } timestamp)
            return new TimestampType(Unit(timestamp.Unit), timestamp.IsAdjustedToUTC ? "UTC" : null);
        if (logical?.TIME is { } time)
            return new Time64Type(Unit(time.Unit));
        return converted switch
        {
            ConvertedType.UINT_64 => UInt64Type.Default,
            // Legacy timestamp annotations mean UTC-adjusted values.
            ConvertedType.TIMESTAMP_MILLIS => new TimestampType(ArrowTimeUnit.Millisecond, "UTC"),
            ConvertedType.TIMESTAMP_MICROS => new TimestampType(ArrowTimeUnit.Microsecond, "UTC"),
            ConvertedType.TIME_MICROS => new Time64Type(ArrowTimeUnit.Microsecond),
            _ => Int64Type.Default,
        };
    }

    private static ArrowTimeUnit Unit(global::Parquet.Meta.TimeUnit unit) =>
        unit.MILLIS is not null ? ArrowTimeUnit.Millisecond : unit.MICROS is not null ? ArrowTimeUnit.Microsecond : ArrowTimeUnit.Nanosecond;
}
