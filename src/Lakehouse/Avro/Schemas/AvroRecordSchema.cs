using System.Text.Json;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>A record: a named list of fields, encoded as the concatenation of its fields' values.</summary>
public sealed class AvroRecordSchema : AvroNamedSchema
{
    private static readonly IReadOnlySet<string> Reserved =
        new HashSet<string>(StringComparer.Ordinal) { "type", "name", "namespace", "doc", "fields" };

    private IReadOnlyList<AvroField> _fields = [];
    private Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    public AvroRecordSchema(
        string name,
        string? @namespace,
        IEnumerable<AvroField> fields,
        string? doc = null,
        IReadOnlyDictionary<string, JsonElement>? attributes = null)
        : this(name, @namespace, doc, attributes)
    {
        SetFields(fields);
    }

    /// <summary>A record whose fields are set later, so that they can refer to the record itself.</summary>
    internal AvroRecordSchema(string name, string? @namespace, string? doc, IReadOnlyDictionary<string, JsonElement>? attributes)
        : base(name, @namespace, doc, attributes, Reserved)
    {
    }

    public override AvroSchemaKind Kind => AvroSchemaKind.Record;

    public IReadOnlyList<AvroField> Fields => _fields;

    /// <summary>The position of the field named <paramref name="fieldName"/>, or -1.</summary>
    public int IndexOf(string fieldName) => _positions.GetValueOrDefault(fieldName, -1);

    /// <summary>The field named <paramref name="fieldName"/>, or null.</summary>
    public AvroField? FindField(string fieldName) => IndexOf(fieldName) is var i and >= 0 ? _fields[i] : null;

    internal void SetFields(IEnumerable<AvroField> fields)
    {
        var list = fields.ToList();
        var positions = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (!positions.TryAdd(list[i].Name, i))
                throw new AvroSchemaException($"record {FullName} has two fields named '{list[i].Name}'");
        }
        _fields = list.AsReadOnly();
        _positions = positions;
    }

    internal override int ComputeMinimumEncodedSize(HashSet<AvroSchema> visiting)
    {
        if (!visiting.Add(this))
            return 0;
        var size = 0;
        foreach (var field in _fields)
            size += field.Type.ComputeMinimumEncodedSize(visiting);
        visiting.Remove(this);
        return size;
    }
}
