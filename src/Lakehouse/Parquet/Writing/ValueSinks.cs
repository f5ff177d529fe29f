using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>Picks the value sink of a leaf and converts vectors to its physical representation.</summary>
internal static class ValueSinks
{
    public static IValueSink For(PrimitiveField field, PhysicalLayout layout, ParquetWriterOptions options)
    {
        var dictionary = options.Dictionary;
        var limit = options.DictionaryPageSizeLimit;
        return layout.Type switch
        {
            PhysicalType.Boolean => new BooleanValueSink(),
            PhysicalType.Int32 => new NumericValueSink<int>(dictionary, limit),
            PhysicalType.Int64 => new NumericValueSink<long>(dictionary, limit),
            PhysicalType.Float => new NumericValueSink<float>(dictionary, limit),
            PhysicalType.Double => new NumericValueSink<double>(dictionary, limit),
            PhysicalType.ByteArray => new ByteArrayValueSink(null, signed: false, dictionary, limit),
            PhysicalType.FixedLenByteArray => new ByteArrayValueSink(layout.TypeLength, signed: field.Type == ParquetValueType.Decimal, dictionary, limit),
            _ => throw new ArgumentOutOfRangeException(nameof(layout), layout.Type, null),
        };
    }

    /// <summary>Decimals arrive as unscaled Int128 values; they are stored as INT32, INT64 or big-endian fixed bytes.</summary>
    public static ColumnVector ToPhysical(ColumnVector vector, PrimitiveField field, PhysicalLayout layout)
    {
        if (field.Type != ParquetValueType.Decimal)
            return vector;
        var decimals = (PrimitiveVector<Int128>)vector;
        ColumnVector physical = layout.Type switch
        {
            PhysicalType.Int32 => new PrimitiveVector<int>(decimals.Count),
            PhysicalType.Int64 => new PrimitiveVector<long>(decimals.Count),
            _ => new BinaryVector(),
        };
        var limit = PowerOfTen(field.Precision);
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < decimals.Count; i++)
        {
            if (decimals.IsNull(i))
            {
                physical.AppendNull();
                continue;
            }
            var value = decimals[i];
            CheckPrecision(value, limit, field);
            switch (physical)
            {
                case PrimitiveVector<int> ints: ints.Append((int)value); break;
                case PrimitiveVector<long> longs: longs.Append((long)value); break;
                case BinaryVector fixedBytes:
                    System.Buffers.Binary.BinaryPrimitives.WriteInt128BigEndian(bytes, value);
                    fixedBytes.Append(bytes[(16 - layout.TypeLength!.Value)..]);
                    break;
            }
        }
        return physical;
    }

    private static Int128 PowerOfTen(int exponent)
    {
        var power = Int128.One;
        for (var i = 0; i < exponent; i++)
            power *= 10;
        return power;
    }

    private static void CheckPrecision(Int128 unscaled, Int128 limit, PrimitiveField field)
    {
        if (unscaled >= limit || unscaled <= -limit)
            throw new ArgumentException(
                $"Column '{field.Name}': {DecimalText.Format(unscaled, field.Scale)} does not fit DECIMAL({field.Precision},{field.Scale}).");
    }
}
