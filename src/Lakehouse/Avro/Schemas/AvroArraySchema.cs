using System.Text.Json;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>An array of items of one schema, encoded in blocks.</summary>
public sealed class AvroArraySchema : AvroSchema
{
    private static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "type", "items" };

    public AvroArraySchema(AvroSchema items, IReadOnlyDictionary<string, JsonElement>? attributes = null)
        : base(attributes, Reserved)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
    }

    public override AvroSchemaKind Kind => AvroSchemaKind.Array;

    public AvroSchema Items { get; }

    internal override int ComputeMinimumEncodedSize(HashSet<AvroSchema> visiting) => 1;
}
