using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Iceberg.Schemas;

/// <summary>
/// The Parquet schema of an Iceberg schema's data files: every field, list elements included, carries its Iceberg
/// field id; timestamptz is INT64 microseconds adjusted to UTC, timestamp INT64 microseconds local.
/// </summary>
public static class IcebergParquetSchema
{
    /// <exception cref="IcebergFormatException">The schema holds a type the Parquet writer cannot store (time, map).</exception>
    public static ParquetSchema ToParquet(IcebergSchema schema) => new(schema.Fields.Select(ToParquet).ToList());

    public static ParquetField ToParquet(NestedField field) => Convert(field.Name, field.Type, !field.Required, field.Id);

    private static ParquetField Convert(string name, IcebergType type, bool nullable, int id) => type switch
    {
        PrimitiveType { Kind: PrimitiveKind.Decimal } d => PrimitiveField.Decimal(name, d.Precision, d.Scale, nullable, id),
        PrimitiveType { Kind: PrimitiveKind.Fixed } f => PrimitiveField.Fixed(name, f.Length, nullable, id),
        PrimitiveType p => new PrimitiveField(name, ValueType(p, name), nullable, id),
        StructType s => new StructField(name, s.Fields.Select(ToParquet).ToList(), nullable, id),
        ListType l => new ListField(name, Convert(ParquetSchema.ElementName, l.Element, !l.ElementRequired, l.ElementId), nullable, id),
        _ => throw new IcebergFormatException($"column '{name}' (field {id}) has type {type}, which Parquet data files cannot hold yet; use a list or struct instead of a map"),
    };

    private static ParquetValueType ValueType(PrimitiveType type, string name) => type.Kind switch
    {
        PrimitiveKind.Boolean => ParquetValueType.Boolean,
        PrimitiveKind.Int => ParquetValueType.Int32,
        PrimitiveKind.Long => ParquetValueType.Int64,
        PrimitiveKind.Float => ParquetValueType.Float,
        PrimitiveKind.Double => ParquetValueType.Double,
        PrimitiveKind.Date => ParquetValueType.Date,
        PrimitiveKind.Timestamp => ParquetValueType.LocalTimestampMicros,
        PrimitiveKind.TimestampTz => ParquetValueType.TimestampMicros,
        PrimitiveKind.String => ParquetValueType.String,
        PrimitiveKind.Uuid => ParquetValueType.Uuid,
        PrimitiveKind.Binary => ParquetValueType.Binary,
        _ => throw new IcebergFormatException($"column '{name}' has type {type}, which Parquet data files cannot hold yet"),
    };
}
