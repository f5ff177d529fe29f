using System.Buffers.Binary;
using Apache.Arrow.Types;
using Lineage.Lakehouse.Arrow;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>The buffer for a leaf column's Arrow type; bounds are encoded as Iceberg's single-value binary form.</summary>
internal static class LeafBuffers
{
    public static LeafBuffer Create(LeafPlan plan) => plan.Leaf.DataType switch
    {
        BooleanType => new BooleanLeafBuffer(plan),
        Int8Type => new NumericLeafBuffer<sbyte>(plan, v => Int32(v)),
        Int16Type => new NumericLeafBuffer<short>(plan, v => Int32(v)),
        Int32Type => new NumericLeafBuffer<int>(plan, Int32),
        Int64Type or Time64Type or TimestampType => new NumericLeafBuffer<long>(plan, Int64),
        FloatType => new NumericLeafBuffer<float>(plan, Single),
        DoubleType => new NumericLeafBuffer<double>(plan, Double),
        Date32Type => new ConvertedLeafBuffer<int, DateOnly>(plan, days => DateOnly.FromDayNumber(EpochDayNumber + days), Int32),
        StringType => new StringLeafBuffer(plan),
        BinaryType => new BinaryLeafBuffer(plan),
        Decimal128Type d => DecimalLeafBuffer.Create(plan, d.Precision, d.Scale),
        FixedSizeBinaryType when IcebergArrowSchema.IsUuid(plan.Leaf) => new UuidLeafBuffer(plan),
        var other => throw new NotSupportedException($"column '{plan.Leaf.Name}' has Arrow type {other.Name}, which the Parquet writer cannot store"),
    };

    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    private static byte[] Int32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] Int64(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] Single(float value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] Double(double value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        return bytes;
    }
}
