using System.Text.Json;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>A named type of exactly <see cref="Size"/> bytes.</summary>
public sealed class AvroFixedSchema : AvroNamedSchema
{
    private static readonly IReadOnlySet<string> Reserved =
        new HashSet<string>(StringComparer.Ordinal) { "type", "name", "namespace", "doc", "size" };

    public AvroFixedSchema(
        string name, string? @namespace, int size, string? doc = null, IReadOnlyDictionary<string, JsonElement>? attributes = null)
        : base(name, @namespace, doc, attributes, Reserved)
    {
        if (size < 0)
            throw new AvroSchemaException($"fixed {FullName} has a negative size {size}");
        Size = size;
    }

    public override AvroSchemaKind Kind => AvroSchemaKind.Fixed;

    public int Size { get; }

    internal override int ComputeMinimumEncodedSize(HashSet<AvroSchema> visiting) => Size;
}
