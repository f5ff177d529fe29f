using System.Buffers.Binary;
using System.Text;
using Apache.Arrow.Types;
using Lineage.Lakehouse.Parquet.Assembling;
using Parquet.Meta;
using ParquetType = Parquet.Meta.Type;
using StringType = Apache.Arrow.Types.StringType;
using TimestampType = Apache.Arrow.Types.TimestampType;

namespace Lineage.Lakehouse.Parquet.Pruning;

/// <summary>
/// Decides from a row group's column statistics that no row can satisfy a predicate. Only top-level primitive
/// columns with comparable statistics (integers, dates, microsecond timestamps, floating point, strings) prune;
/// anything unknown keeps the row group.
/// </summary>
internal static class StatisticsPruner
{
    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static bool CanSkip(IReadOnlyList<ColumnPredicate> predicates, FileColumns columns, RowGroup rowGroup) =>
        predicates.Any(p => CanSkip(p, columns, rowGroup));

    private static bool CanSkip(ColumnPredicate predicate, FileColumns columns, RowGroup rowGroup)
    {
        var leafIndex = 0;
        ReadNode? column = null;
        foreach (var field in columns.Fields)
        {
            if (field.Arrow.Name == predicate.Column)
            {
                column = field;
                break;
            }
            leafIndex += field.Leaves().Count();
        }
        if (column is not { Kind: ReadNodeKind.Leaf })
            throw new ArgumentException($"filter on '{predicate.Column}': not a top-level primitive column of the file");
        var chunk = rowGroup.Columns[leafIndex].MetaData;
        if (chunk?.Statistics is not { } statistics)
            return false;
        if (predicate.Operator == PredicateOperator.IsNull)
            return statistics.NullCount == 0;
        if (statistics.NullCount is { } nulls && nulls == rowGroup.NumRows)
            return true;
        var type = column.Arrow.DataType;
        var min = Decode(statistics.MinValue, chunk.Type, type);
        var max = Decode(statistics.MaxValue, chunk.Type, type);
        if (min is null || max is null)
            return false;
        var value = Comparable(predicate.Value, type, predicate.Column);
        if (value is null)
            return false;
        return predicate.Operator switch
        {
            PredicateOperator.Equal => value.CompareTo(min) < 0 || value.CompareTo(max) > 0,
            PredicateOperator.LessThan => min.CompareTo(value) >= 0,
            PredicateOperator.GreaterThan => max.CompareTo(value) <= 0,
            PredicateOperator.Between => Comparable(predicate.UpperValue, type, predicate.Column) is { } upper
                && (max.CompareTo(value) < 0 || min.CompareTo(upper) > 0),
            _ => false,
        };
    }

    private static IComparable? Decode(byte[]? bytes, ParquetType physical, IArrowType type)
    {
        if (bytes is null)
            return null;
        return (physical, type) switch
        {
            (ParquetType.INT32, Int8Type or Int16Type or Int32Type or Date32Type) when bytes.Length == 4 => (long)BinaryPrimitives.ReadInt32LittleEndian(bytes),
            (ParquetType.INT64, Int64Type or TimestampType { Unit: Apache.Arrow.Types.TimeUnit.Microsecond }) when bytes.Length == 8 => BinaryPrimitives.ReadInt64LittleEndian(bytes),
            (ParquetType.FLOAT, FloatType) when bytes.Length == 4 && BinaryPrimitives.ReadSingleLittleEndian(bytes) is var f && !float.IsNaN(f) => (double)f,
            (ParquetType.DOUBLE, DoubleType) when bytes.Length == 8 && BinaryPrimitives.ReadDoubleLittleEndian(bytes) is var d && !double.IsNaN(d) => d,
            (ParquetType.BYTE_ARRAY, StringType) => new Utf8Key(bytes),
            _ => null,
        };
    }

    /// <summary>The predicate's value in the statistics' domain, or null when it cannot be compared with them.</summary>
    private static IComparable? Comparable(object? value, IArrowType type, string column)
    {
        if (value is null)
            throw new ArgumentException($"filter on '{column}' needs a value");
        return (type, value) switch
        {
            (Date32Type, DateOnly date) => (long)(date.DayNumber - EpochDayNumber),
            (Int8Type or Int16Type or Int32Type or Int64Type, int i) => (long)i,
            (Int8Type or Int16Type or Int32Type or Int64Type, long l) => l,
            (TimestampType, DateTimeOffset t) => (t.UtcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond,
            (TimestampType, DateTime t) => (t.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond,
            (TimestampType, long micros) => micros,
            (FloatType or DoubleType, double d) => d,
            (FloatType or DoubleType, float f) => (double)f,
            (FloatType or DoubleType, int i) => (double)i,
            (FloatType or DoubleType, long l) => (double)l,
            (StringType, string s) => new Utf8Key(System.Text.Encoding.UTF8.GetBytes(s)),
            _ => null,
        };
    }

    /// <summary>UTF-8 bytes ordered as Parquet orders strings: unsigned, byte by byte.</summary>
    private sealed class Utf8Key(byte[] bytes) : IComparable
    {
        private byte[] Bytes => bytes;

        public int CompareTo(object? other) => bytes.AsSpan().SequenceCompareTo(((Utf8Key)other!).Bytes);
    }
}
