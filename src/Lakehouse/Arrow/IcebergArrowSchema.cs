using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Types;
using Lineage.Lakehouse.Iceberg;
using Lineage.Lakehouse.Iceberg.Schemas;
using ArrowListType = Apache.Arrow.Types.ListType;
using ArrowMapType = Apache.Arrow.Types.MapType;
using ArrowStructType = Apache.Arrow.Types.StructType;
using IcebergListType = Lineage.Lakehouse.Iceberg.Schemas.ListType;
using IcebergMapType = Lineage.Lakehouse.Iceberg.Schemas.MapType;
using IcebergStructType = Lineage.Lakehouse.Iceberg.Schemas.StructType;

namespace Lineage.Lakehouse.Arrow;

/// <summary>
/// An Iceberg schema as an Arrow schema and back. Every Arrow field carries its Iceberg field id in its metadata
/// under <see cref="FieldIdKey"/> (list elements, map keys and values too), as pyarrow does for Parquet; uuid is a
/// 16-byte fixed-size binary marked with the <c>arrow.uuid</c> extension name; times and timestamps are
/// microseconds, timestamptz in UTC. Required fields are non-nullable.
/// </summary>
public static class IcebergArrowSchema
{
    public const string FieldIdKey = "PARQUET:field_id";

    /// <summary>The metadata key of Arrow extension types; its value <see cref="UuidExtension"/> marks uuids.</summary>
    public const string ExtensionNameKey = "ARROW:extension:name";

    public const string UuidExtension = "arrow.uuid";

    public static Schema ToArrow(IcebergSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new Schema(schema.Fields.Select(ToArrow), null);
    }

    public static Field ToArrow(NestedField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Convert(field.Name, field.Type, !field.Required, field.Id);
    }

    /// <summary>The Iceberg schema (id 0) of an Arrow schema whose fields all carry field ids.</summary>
    /// <exception cref="IcebergFormatException">A field lacks an id or has a type Iceberg does not have.</exception>
    public static IcebergSchema ToIceberg(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new IcebergSchema(0, schema.FieldsList.Select(ToIceberg).ToList());
    }

    /// <summary>The Iceberg field id in the field's metadata, or null.</summary>
    public static int? FieldId(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.HasMetadata && field.Metadata.TryGetValue(FieldIdKey, out var text)
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }

    /// <summary>Whether the field holds uuids (16-byte fixed-size binary with the <c>arrow.uuid</c> extension name).</summary>
    public static bool IsUuid(Field field) =>
        field.DataType is FixedSizeBinaryType { ByteWidth: 16 } and not Decimal128Type
        && field.HasMetadata && field.Metadata.TryGetValue(ExtensionNameKey, out var name) && name == UuidExtension;

    private static Field Convert(string name, IcebergType type, bool nullable, int id)
    {
        var metadata = new Dictionary<string, string> { [FieldIdKey] = id.ToString(CultureInfo.InvariantCulture) };
        if (type is PrimitiveType { Kind: PrimitiveKind.Uuid })
            metadata[ExtensionNameKey] = UuidExtension;
        return new Field(name, ToArrow(type), nullable, metadata);
    }

    private static IArrowType ToArrow(IcebergType type) => type switch
    {
        PrimitiveType primitive => primitive.Kind switch
        {
            PrimitiveKind.Boolean => BooleanType.Default,
            PrimitiveKind.Int => Int32Type.Default,
            PrimitiveKind.Long => Int64Type.Default,
            PrimitiveKind.Float => FloatType.Default,
            PrimitiveKind.Double => DoubleType.Default,
            PrimitiveKind.Decimal => new Decimal128Type(primitive.Precision, primitive.Scale),
            PrimitiveKind.Date => Date32Type.Default,
            PrimitiveKind.Time => new Time64Type(TimeUnit.Microsecond),
            PrimitiveKind.Timestamp => new TimestampType(TimeUnit.Microsecond, (string?)null),
            PrimitiveKind.TimestampTz => new TimestampType(TimeUnit.Microsecond, "UTC"),
            PrimitiveKind.String => StringType.Default,
            PrimitiveKind.Uuid => new FixedSizeBinaryType(16),
            PrimitiveKind.Fixed => new FixedSizeBinaryType(primitive.Length),
            PrimitiveKind.Binary => BinaryType.Default,
            _ => throw new IcebergFormatException($"type {primitive} has no Arrow form"),
        },
        IcebergListType list => new ArrowListType(Convert("element", list.Element, !list.ElementRequired, list.ElementId)),
        IcebergStructType @struct => new ArrowStructType(@struct.Fields.Select(ToArrow).ToList()),
        IcebergMapType map => new ArrowMapType(
            Convert("key", map.Key, false, map.KeyId), Convert("value", map.Value, !map.ValueRequired, map.ValueId), keySorted: false),
        _ => throw new IcebergFormatException($"type {type} has no Arrow form"),
    };

    private static NestedField ToIceberg(Field field) =>
        new(RequireId(field), field.Name, !field.IsNullable, TypeOf(field));

    private static int RequireId(Field field) =>
        FieldId(field) ?? throw new IcebergFormatException($"Arrow field '{field.Name}' has no Iceberg field id (metadata '{FieldIdKey}')");

    private static IcebergType TypeOf(Field field) => field.DataType switch
    {
        BooleanType => IcebergType.Boolean,
        Int8Type or Int16Type or Int32Type => IcebergType.Int,
        Int64Type => IcebergType.Long,
        FloatType => IcebergType.Float,
        DoubleType => IcebergType.Double,
        Decimal128Type d => IcebergType.Decimal(d.Precision, d.Scale),
        Date32Type => IcebergType.Date,
        Time64Type { Unit: TimeUnit.Microsecond } => IcebergType.Time,
        TimestampType { Unit: TimeUnit.Microsecond } t => string.IsNullOrEmpty(t.Timezone) ? IcebergType.Timestamp : IcebergType.TimestampTz,
        StringType => IcebergType.String,
        BinaryType => IcebergType.Binary,
        FixedSizeBinaryType f => IsUuid(field) ? IcebergType.Uuid : IcebergType.Fixed(f.ByteWidth),
        ArrowListType list => new IcebergListType(RequireId(list.ValueField), TypeOf(list.ValueField), !list.ValueField.IsNullable),
        ArrowStructType @struct => new IcebergStructType(@struct.Fields.Select(ToIceberg).ToList()),
        ArrowMapType map => new IcebergMapType(RequireId(map.KeyField), TypeOf(map.KeyField), RequireId(map.ValueField), TypeOf(map.ValueField), !map.ValueField.IsNullable),
        var other => throw new IcebergFormatException($"Arrow field '{field.Name}' has type {other.Name}, which Iceberg does not have"),
    };
}
