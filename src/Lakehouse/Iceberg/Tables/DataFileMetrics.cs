using System.Buffers.Binary;
using System.Numerics;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;
using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// The per-column metrics of a data file from its Parquet footer: sizes, value and null counts for every leaf with a
/// field id, lower and upper bounds (Iceberg's single-value encoding) for top-level primitive columns.
/// </summary>
internal sealed class DataFileMetrics
{
    public Dictionary<int, long> ColumnSizes { get; } = [];
    public Dictionary<int, long> ValueCounts { get; } = [];
    public Dictionary<int, long> NullValueCounts { get; } = [];
    public Dictionary<int, byte[]> LowerBounds { get; } = [];
    public Dictionary<int, byte[]> UpperBounds { get; } = [];

    public static DataFileMetrics From(FileMetaData footer, ParquetSchema parquetSchema, IcebergSchema schema)
    {
        var metrics = new DataFileMetrics();
        foreach (var leaf in parquetSchema.Leaves)
        {
            if (leaf.Field.FieldId is not { } id)
                continue;
            var type = leaf.Ancestry.Count == 1 ? schema.FindField(id)?.Type as PrimitiveType : null;
            var nullsKnown = true;
            object? min = null, max = null;
            var boundsKnown = type is not null;
            foreach (var rowGroup in footer.RowGroups)
            {
                var chunk = rowGroup.Columns[leaf.Index].MetaData;
                if (chunk is null)
                    continue;
                Add(metrics.ColumnSizes, id, chunk.TotalCompressedSize);
                Add(metrics.ValueCounts, id, chunk.NumValues);
                if (chunk.Statistics?.NullCount is { } nulls)
                    Add(metrics.NullValueCounts, id, nulls);
                else
                    nullsKnown = false;
                if (!boundsKnown || chunk.NumValues == (chunk.Statistics?.NullCount ?? -1))
                    continue;
                if (chunk.Statistics?.MinValue is not { } low || chunk.Statistics.MaxValue is not { } high)
                {
                    boundsKnown = false;
                    continue;
                }
                min = Extreme(type!, min, ToIceberg(type!, chunk.Type, low), smaller: true);
                max = Extreme(type!, max, ToIceberg(type!, chunk.Type, high), smaller: false);
            }
            if (!nullsKnown)
                metrics.NullValueCounts.Remove(id);
            if (boundsKnown && min is not null && max is not null)
            {
                metrics.LowerBounds[id] = Conversions.ToBytes(type!, min);
                metrics.UpperBounds[id] = Conversions.ToBytes(type!, max);
            }
        }
        return metrics;
    }

    private static void Add(Dictionary<int, long> counts, int id, long value) => counts[id] = counts.GetValueOrDefault(id) + value;

    private static object Extreme(PrimitiveType type, object? current, object candidate, bool smaller)
    {
        if (current is null)
            return candidate;
        var order = IcebergValue.Compare(type, candidate, current);
        return smaller ? (order < 0 ? candidate : current) : (order > 0 ? candidate : current);
    }

    /// <summary>A PLAIN-encoded Parquet statistic as an Iceberg value. Only decimals differ in layout (little-endian ints, fixed width).</summary>
    private static object ToIceberg(PrimitiveType type, PhysicalType physical, byte[] plain)
    {
        if (type.Kind != PrimitiveKind.Decimal)
            return Conversions.FromBytes(type, plain);
        var unscaled = physical switch
        {
            PhysicalType.Int32 => new BigInteger(BinaryPrimitives.ReadInt32LittleEndian(plain)),
            PhysicalType.Int64 => new BigInteger(BinaryPrimitives.ReadInt64LittleEndian(plain)),
            _ => new BigInteger(plain, isUnsigned: false, isBigEndian: true),
        };
        return Conversions.FromBytes(type, unscaled.ToByteArray(isUnsigned: false, isBigEndian: true));
    }
}
