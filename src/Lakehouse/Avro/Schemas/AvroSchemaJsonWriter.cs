using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>
/// Writes a schema as JSON: structural attributes first in a fixed order, then the extra attributes as given.
/// A named type is defined where it first appears and referred to by name afterwards.
/// </summary>
internal sealed class AvroSchemaJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Utf8JsonWriter _json;
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    private AvroSchemaJsonWriter(Utf8JsonWriter json) => _json = json;

    public static string Write(AvroSchema schema)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
            new AvroSchemaJsonWriter(json).WriteSchema(schema, null);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void WriteSchema(AvroSchema schema, string? enclosingNamespace)
    {
        switch (schema)
        {
            case AvroPrimitiveSchema primitive when primitive.Attributes.Count == 0:
                _json.WriteStringValue(AvroTypeNames.Of(primitive.Kind));
                break;
            case AvroPrimitiveSchema primitive:
                _json.WriteStartObject();
                _json.WriteString("type", AvroTypeNames.Of(primitive.Kind));
                WriteAttributes(primitive.Attributes);
                _json.WriteEndObject();
                break;
            case AvroUnionSchema union:
                _json.WriteStartArray();
                foreach (var branch in union.Branches)
                    WriteSchema(branch, enclosingNamespace);
                _json.WriteEndArray();
                break;
            case AvroArraySchema array:
                _json.WriteStartObject();
                _json.WriteString("type", "array");
                _json.WritePropertyName("items");
                WriteSchema(array.Items, enclosingNamespace);
                WriteAttributes(array.Attributes);
                _json.WriteEndObject();
                break;
            case AvroMapSchema map:
                _json.WriteStartObject();
                _json.WriteString("type", "map");
                _json.WritePropertyName("values");
                WriteSchema(map.Values, enclosingNamespace);
                WriteAttributes(map.Attributes);
                _json.WriteEndObject();
                break;
            case AvroNamedSchema named when !_defined.Add(named.FullName):
                _json.WriteStringValue(named.Namespace == enclosingNamespace ? named.Name : named.FullName);
                break;
            case AvroNamedSchema named:
                WriteDefinition(named, enclosingNamespace);
                break;
        }
    }

    private void WriteDefinition(AvroNamedSchema named, string? enclosingNamespace)
    {
        _json.WriteStartObject();
        _json.WriteString("type", AvroTypeNames.Of(named.Kind));
        _json.WriteString("name", named.Name);
        if (named.Namespace != enclosingNamespace)
            _json.WriteString("namespace", named.Namespace ?? "");
        if (named.Doc is not null)
            _json.WriteString("doc", named.Doc);
        switch (named)
        {
            case AvroRecordSchema record:
                _json.WriteStartArray("fields");
                foreach (var field in record.Fields)
                    WriteField(field, record.Namespace);
                _json.WriteEndArray();
                break;
            case AvroEnumSchema @enum:
                _json.WriteStartArray("symbols");
                foreach (var symbol in @enum.Symbols)
                    _json.WriteStringValue(symbol);
                _json.WriteEndArray();
                if (@enum.DefaultSymbol is not null)
                    _json.WriteString("default", @enum.DefaultSymbol);
                break;
            case AvroFixedSchema @fixed:
                _json.WriteNumber("size", @fixed.Size);
                break;
        }
        WriteAttributes(named.Attributes);
        _json.WriteEndObject();
    }

    private void WriteField(AvroField field, string? enclosingNamespace)
    {
        _json.WriteStartObject();
        _json.WriteString("name", field.Name);
        _json.WritePropertyName("type");
        WriteSchema(field.Type, enclosingNamespace);
        if (field.Doc is not null)
            _json.WriteString("doc", field.Doc);
        if (field.Default is { } defaultValue)
        {
            _json.WritePropertyName("default");
            defaultValue.WriteTo(_json);
        }
        if (field.Order != AvroSortOrder.Ascending)
            _json.WriteString("order", AvroTypeNames.Of(field.Order));
        WriteAttributes(field.Attributes);
        _json.WriteEndObject();
    }

    private void WriteAttributes(IReadOnlyDictionary<string, JsonElement> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            _json.WritePropertyName(name);
            value.WriteTo(_json);
        }
    }
}
