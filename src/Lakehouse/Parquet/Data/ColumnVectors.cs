using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Parquet.Data;

/// <summary>Creates the empty vector that holds a field's values.</summary>
public static class ColumnVectors
{
    public static ColumnVector Create(ParquetField field) => field switch
    {
        ListField list => new ListVector(Create(list.Element)),
        StructField group => new StructVector(group.Fields.Select(Create).ToList()),
        PrimitiveField primitive => Create(primitive.Type),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static ColumnVector Create(ParquetValueType type) => type switch
    {
        ParquetValueType.Boolean => new PrimitiveVector<bool>(),
        ParquetValueType.Int8 or ParquetValueType.Int16 or ParquetValueType.Int32 or ParquetValueType.Date => new PrimitiveVector<int>(),
        ParquetValueType.Int64 or ParquetValueType.TimestampMicros or ParquetValueType.LocalTimestampMicros => new PrimitiveVector<long>(),
        ParquetValueType.Float => new PrimitiveVector<float>(),
        ParquetValueType.Double => new PrimitiveVector<double>(),
        ParquetValueType.Decimal => new PrimitiveVector<Int128>(),
        ParquetValueType.String or ParquetValueType.Binary or ParquetValueType.FixedBinary or ParquetValueType.Uuid => new BinaryVector(),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
