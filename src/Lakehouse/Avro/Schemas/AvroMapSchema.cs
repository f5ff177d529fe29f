using System.Text.Json;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>A map from strings to values of one schema, encoded in blocks.</summary>
public sealed class AvroMapSchema : AvroSchema
{
    private static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "type", "values" };

    public AvroMapSchema(AvroSchema values, IReadOnlyDictionary<string, JsonElement>? attributes = null)
        : base(attributes, Reserved)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
    }

    public override AvroSchemaKind Kind => AvroSchemaKind.Map;

    public AvroSchema Values { get; }

    internal override int ComputeMinimumEncodedSize(HashSet<AvroSchema> visiting) => 1;
}
