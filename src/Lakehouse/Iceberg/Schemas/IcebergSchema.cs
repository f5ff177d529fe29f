namespace Lineage.Lakehouse.Iceberg.Schemas;

/// <summary>
/// A table schema: a struct of fields with ids unique across the whole schema (list elements and map keys and
/// values included), identified by <see cref="SchemaId"/>.
/// </summary>
public sealed class IcebergSchema
{
    private readonly Dictionary<int, NestedField> _byId = [];
    private readonly Dictionary<string, NestedField> _byName = new(StringComparer.Ordinal);

    /// <exception cref="IcebergFormatException">Two fields share an id.</exception>
    public IcebergSchema(int schemaId, IReadOnlyList<NestedField> fields, IReadOnlyList<int>? identifierFieldIds = null)
    {
        SchemaId = schemaId;
        Struct = new StructType(fields);
        IdentifierFieldIds = identifierFieldIds ?? [];
        Index(Struct, prefix: null);
        foreach (var id in IdentifierFieldIds)
        {
            if (!_byId.ContainsKey(id))
                throw new IcebergFormatException($"schema {schemaId} names identifier field {id}, which it does not have");
        }
    }

    public int SchemaId { get; }

    public IReadOnlyList<NestedField> Fields => Struct.Fields;

    /// <summary>The schema's fields as a struct type.</summary>
    public StructType Struct { get; }

    public IReadOnlyList<int> IdentifierFieldIds { get; }

    /// <summary>The highest field id used anywhere in the schema (0 when it has no fields).</summary>
    public int HighestFieldId => _byId.Count == 0 ? 0 : _byId.Keys.Max();

    /// <summary>The field with this id, nested ones included (a list element is a field named <c>element</c>, map parts <c>key</c> and <c>value</c>), or null.</summary>
    public NestedField? FindField(int id) => _byId.GetValueOrDefault(id);

    /// <summary>The field with this name; nested struct fields are reached by dotted names (<c>point.x</c>). Null when there is none.</summary>
    public NestedField? FindField(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The schema as the JSON object found in table metadata <c>schemas</c> (and in manifest headers).</summary>
    public string ToJson() => IcebergSchemaJson.Write(this);

    /// <exception cref="IcebergFormatException">The JSON is not a valid Iceberg schema.</exception>
    public static IcebergSchema FromJson(string json) => IcebergSchemaJson.Read(json);

    public override string ToString() => $"schema {SchemaId} {Struct}";

    private void Index(IcebergType type, string? prefix)
    {
        switch (type)
        {
            case StructType @struct:
                foreach (var field in @struct.Fields)
                {
                    var name = prefix is null ? field.Name : $"{prefix}.{field.Name}";
                    Add(field);
                    _byName.TryAdd(name, field);
                    Index(field.Type, name);
                }
                break;
            case ListType list:
                Add(new NestedField(list.ElementId, "element", list.ElementRequired, list.Element));
                Index(list.Element, prefix is null ? "element" : $"{prefix}.element");
                break;
            case MapType map:
                Add(new NestedField(map.KeyId, "key", true, map.Key));
                Add(new NestedField(map.ValueId, "value", map.ValueRequired, map.Value));
                Index(map.Key, prefix is null ? "key" : $"{prefix}.key");
                Index(map.Value, prefix is null ? "value" : $"{prefix}.value");
                break;
        }
    }

    private void Add(NestedField field)
    {
        if (!_byId.TryAdd(field.Id, field))
            throw new IcebergFormatException(
                $"schema {SchemaId} uses field id {field.Id} twice ('{_byId[field.Id].Name}' and '{field.Name}'); ids must be unique");
    }
}
