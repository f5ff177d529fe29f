using System.Buffers.Binary;
using System.Globalization;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Parquet.Reading;

/// <summary>
/// Decides from a row group's column statistics that no row can satisfy a predicate. Only top-level primitive
/// columns with comparable statistics prune; anything unknown keeps the row group.
/// </summary>
internal static class RowGroupPruner
{
    public static bool CanSkip(IReadOnlyList<ColumnPredicate> predicates, ParquetSchema schema, IReadOnlyList<SchemaElement> elements, RowGroup rowGroup) =>
        predicates.Any(p => CanSkip(p, schema, elements, rowGroup));

    private static bool CanSkip(ColumnPredicate predicate, ParquetSchema schema, IReadOnlyList<SchemaElement> elements, RowGroup rowGroup)
    {
        var leaf = schema.Leaves.FirstOrDefault(l => l.Ancestry.Count == 1 && l.Field.Name == predicate.Column)
            ?? throw new ArgumentException($"Filter on '{predicate.Column}': not a top-level primitive column of the file.");
        var statistics = rowGroup.Columns[leaf.Index].MetaData?.Statistics;
        if (statistics is null)
            return false;
        if (predicate.Operator == PredicateOperator.IsNull)
            return statistics.NullCount == 0;
        if (statistics.NullCount is { } nulls && nulls == rowGroup.NumRows)
            return true;
        var element = elements[leaf.Index];
        var (minBytes, maxBytes) = Bounds(statistics, element);
        if (minBytes is null || maxBytes is null)
            return false;
        var min = Decode(minBytes, leaf.Field, element);
        var max = Decode(maxBytes, leaf.Field, element);
        if (min is null || max is null)
            return false;
        var value = Convert(predicate.Value, leaf.Field);
        return predicate.Operator switch
        {
            PredicateOperator.Equal => value.CompareTo(min) < 0 || value.CompareTo(max) > 0,
            PredicateOperator.LessThan => min.CompareTo(value) >= 0,
            PredicateOperator.GreaterThan => max.CompareTo(value) <= 0,
            PredicateOperator.Between => max.CompareTo(value) < 0 || min.CompareTo(Convert(predicate.UpperValue, leaf.Field)) > 0,
            _ => false,
        };
    }

    /// <summary>min_value/max_value when present; the deprecated min/max only where their signed order is right.</summary>
    private static (byte[]? Min, byte[]? Max) Bounds(Statistics statistics, SchemaElement element)
    {
        if (statistics.MinValue is not null && statistics.MaxValue is not null)
            return (statistics.MinValue, statistics.MaxValue);
        return element.Type is PhysicalType.Int32 or PhysicalType.Int64 or PhysicalType.Float or PhysicalType.Double
               && element.LogicalType is not IntType { IsSigned: false }
               && element.ConvertedType is not (ConvertedType.Uint8 or ConvertedType.Uint16 or ConvertedType.Uint32 or ConvertedType.Uint64)
            ? (statistics.Min, statistics.Max)
            : (null, null);
    }

    private static IComparable? Decode(byte[] bytes, PrimitiveField field, SchemaElement element)
    {
        switch (element.Type)
        {
            case PhysicalType.Int32 when bytes.Length == 4:
                var int32 = BinaryPrimitives.ReadInt32LittleEndian(bytes);
                return field.Type == ParquetValueType.Decimal ? (IComparable)(Int128)int32 : (long)int32;
            case PhysicalType.Int64 when bytes.Length == 8:
                var int64 = BinaryPrimitives.ReadInt64LittleEndian(bytes);
                return field.Type switch
                {
                    ParquetValueType.Decimal => (IComparable)(Int128)int64,
                    ParquetValueType.TimestampMicros or ParquetValueType.LocalTimestampMicros => (IComparable)ScaleTimestamp(int64, element),
                    _ => (IComparable)int64,
                };
            case PhysicalType.Float when bytes.Length == 4:
                var single = BinaryPrimitives.ReadSingleLittleEndian(bytes);
                return float.IsNaN(single) ? null : (double)single;
            case PhysicalType.Double when bytes.Length == 8:
                var value = BinaryPrimitives.ReadDoubleLittleEndian(bytes);
                return double.IsNaN(value) ? null : value;
            case PhysicalType.ByteArray when field.Type == ParquetValueType.String:
                return new Utf8Key(bytes);
            default:
                return null;
        }
    }

    private static long ScaleTimestamp(long stored, SchemaElement element)
    {
        var perUnit = ValueTypes.MicrosPerUnit(element);
        return perUnit > 0 ? stored * perUnit : stored / -perUnit;
    }

    private static IComparable Convert(object? value, PrimitiveField field)
    {
        if (value is null)
            throw new ArgumentException($"Filter on '{field.Name}' needs a value.");
        var vector = ColumnVectors.Create(field.Type);
        VectorValues.Append(vector, field, value);
        return vector switch
        {
            PrimitiveVector<int> ints => (long)ints[0],
            PrimitiveVector<long> longs => longs[0],
            PrimitiveVector<float> floats => (double)floats[0],
            PrimitiveVector<double> doubles => doubles[0],
            PrimitiveVector<Int128> decimals => decimals[0],
            BinaryVector text when field.Type == ParquetValueType.String => new Utf8Key(text[0].ToArray()),
            _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Filter on '{field.Name}': {field.Type} columns cannot be compared by statistics.")),
        };
    }

    /// <summary>UTF-8 bytes ordered as Parquet orders strings: unsigned, byte by byte.</summary>
    private sealed class Utf8Key(byte[] bytes) : IComparable
    {
        public int CompareTo(object? other) => bytes.AsSpan().SequenceCompareTo(((Utf8Key)other!).Bytes);

        private byte[] Bytes => bytes;

        public override string ToString() => System.Text.Encoding.UTF8.GetString(bytes);
    }
}
