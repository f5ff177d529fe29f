using System.Text.Json;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>
/// An Avro schema. Attributes that are not part of the schema's structure (<c>logicalType</c>, <c>field-id</c>,
/// <c>element-id</c>, <c>aliases</c>…) are kept in <see cref="Attributes"/> and written back by <see cref="ToJson"/>;
/// they never change how values are encoded.
/// </summary>
public abstract class AvroSchema
{
    private int _minimumEncodedSize = -1;

    private protected AvroSchema(IReadOnlyDictionary<string, JsonElement>? attributes, IReadOnlySet<string> reserved)
    {
        Attributes = AvroAttributes.Freeze(attributes, reserved);
    }

    public abstract AvroSchemaKind Kind { get; }

    /// <summary>Extra attributes in the order they were given, with their JSON values.</summary>
    public IReadOnlyDictionary<string, JsonElement> Attributes { get; }

    /// <summary>The <c>logicalType</c> attribute (<c>date</c>, <c>timestamp-micros</c>, <c>decimal</c>…), if any.</summary>
    public string? LogicalType =>
        Attributes.TryGetValue("logicalType", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Parses a schema from its JSON form; named types may be referred to after their definition.</summary>
    /// <exception cref="AvroSchemaException">The JSON is not a valid Avro schema; the message names where.</exception>
    public static AvroSchema Parse(string json) => AvroSchemaParser.Parse(json);

    /// <summary>
    /// The schema as compact JSON: every named type is defined at its first use and referred to by name after
    /// that, and every extra attribute is written with its original JSON value.
    /// </summary>
    public string ToJson() => AvroSchemaJsonWriter.Write(this);

    public override string ToString() => ToJson();

    /// <summary>The fewest bytes any value of this schema takes in the binary encoding (a lower bound).</summary>
    internal int MinimumEncodedSize
    {
        get
        {
            if (_minimumEncodedSize < 0)
                _minimumEncodedSize = ComputeMinimumEncodedSize(new HashSet<AvroSchema>(ReferenceEqualityComparer.Instance));
            return _minimumEncodedSize;
        }
    }

    /// <param name="visiting">Records on the current path; a record met again counts as zero bytes so recursion ends.</param>
    internal abstract int ComputeMinimumEncodedSize(HashSet<AvroSchema> visiting);
}
