using System.Text.Json;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>
/// null, boolean, int, long, float, double, bytes or string, possibly annotated with a logical type
/// (<c>{"type": "int", "logicalType": "date"}</c>).
/// </summary>
public sealed class AvroPrimitiveSchema : AvroSchema
{
    private static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "type" };

    public AvroPrimitiveSchema(AvroSchemaKind kind, IReadOnlyDictionary<string, JsonElement>? attributes = null)
        : base(attributes, Reserved)
    {
        if (!AvroTypeNames.IsPrimitive(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a primitive Avro type.");
        Kind = kind;
    }

    public static AvroPrimitiveSchema Null { get; } = new(AvroSchemaKind.Null);
    public static AvroPrimitiveSchema Boolean { get; } = new(AvroSchemaKind.Boolean);
    public static AvroPrimitiveSchema Int { get; } = new(AvroSchemaKind.Int);
    public static AvroPrimitiveSchema Long { get; } = new(AvroSchemaKind.Long);
    public static AvroPrimitiveSchema Float { get; } = new(AvroSchemaKind.Float);
    public static AvroPrimitiveSchema Double { get; } = new(AvroSchemaKind.Double);
    public static AvroPrimitiveSchema Bytes { get; } = new(AvroSchemaKind.Bytes);
    public static AvroPrimitiveSchema String { get; } = new(AvroSchemaKind.String);

    /// <summary>The shared schema without attributes for a primitive kind.</summary>
    public static AvroPrimitiveSchema Of(AvroSchemaKind kind) => kind switch
    {
        AvroSchemaKind.Null => Null,
        AvroSchemaKind.Boolean => Boolean,
        AvroSchemaKind.Int => Int,
        AvroSchemaKind.Long => Long,
        AvroSchemaKind.Float => Float,
        AvroSchemaKind.Double => Double,
        AvroSchemaKind.Bytes => Bytes,
        AvroSchemaKind.String => String,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a primitive Avro type."),
    };

    /// <summary>A primitive annotated with a logical type, e.g. <c>WithLogicalType(AvroSchemaKind.Long, "timestamp-micros")</c>.</summary>
    public static AvroPrimitiveSchema WithLogicalType(AvroSchemaKind kind, string logicalType) =>
        new(kind, AvroAttributes.Of(("logicalType", logicalType)));

    public override AvroSchemaKind Kind { get; }

    internal override int ComputeMinimumEncodedSize(HashSet<AvroSchema> visiting) => Kind switch
    {
        AvroSchemaKind.Null => 0,
        AvroSchemaKind.Float => 4,
        AvroSchemaKind.Double => 8,
        _ => 1,
    };
}
