using System.Text.Json;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>
/// Turns schema JSON into <see cref="AvroSchema"/> objects, resolving named-type references against the types
/// defined earlier in depth-first, left-to-right order.
/// </summary>
internal sealed class AvroSchemaParser
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 256 };

    private readonly Dictionary<string, AvroNamedSchema> _named = new(StringComparer.Ordinal);

    public static AvroSchema Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new AvroSchemaException($"the text is not valid JSON ({e.Message})");
        }
        using (document)
            return new AvroSchemaParser().ParseSchema(document.RootElement, null, "");
    }

    private AvroSchema ParseSchema(JsonElement json, string? enclosingNamespace, string path) => json.ValueKind switch
    {
        JsonValueKind.String => Resolve(json.GetString()!, enclosingNamespace, path),
        JsonValueKind.Array => ParseUnion(json, enclosingNamespace, path),
        JsonValueKind.Object => ParseObject(json, enclosingNamespace, path),
        _ => throw new AvroSchemaException($"a schema is a type name, an object or an array, not {json.GetRawText()}", path),
    };

    private AvroSchema Resolve(string name, string? enclosingNamespace, string path)
    {
        if (AvroTypeNames.TryParsePrimitive(name, out var kind))
            return AvroPrimitiveSchema.Of(kind);
        if (name.Contains('.') || enclosingNamespace is null)
        {
            if (_named.TryGetValue(name, out var byFullName))
                return byFullName;
        }
        else if (_named.TryGetValue($"{enclosingNamespace}.{name}", out var inNamespace)
                 || _named.TryGetValue(name, out inNamespace))
            return inNamespace;
        throw new AvroSchemaException(
            $"unknown type '{name}': use a primitive type or the name of a record, enum or fixed defined before this point",
            path);
    }

    private AvroUnionSchema ParseUnion(JsonElement json, string? enclosingNamespace, string path)
    {
        var branches = new List<AvroSchema>();
        var index = 0;
        foreach (var branch in json.EnumerateArray())
            branches.Add(ParseSchema(branch, enclosingNamespace, $"{path}/{index++}"));
        return Build(() => new AvroUnionSchema(branches), path);
    }

    private AvroSchema ParseObject(JsonElement json, string? enclosingNamespace, string path)
    {
        if (!json.TryGetProperty("type", out var typeElement))
            throw new AvroSchemaException("the object has no \"type\"", path);
        if (typeElement.ValueKind != JsonValueKind.String)
            throw new AvroSchemaException($"\"type\" must be a string, not {typeElement.GetRawText()}", path);
        var type = typeElement.GetString()!;
        if (AvroTypeNames.TryParsePrimitive(type, out var kind))
            return Build(() => new AvroPrimitiveSchema(kind, Attributes(json, "type")), path);
        return type switch
        {
            "record" or "error" => ParseRecord(json, enclosingNamespace, path),
            "enum" => ParseEnum(json, enclosingNamespace, path),
            "fixed" => ParseFixed(json, enclosingNamespace, path),
            "array" => ParseArray(json, enclosingNamespace, path),
            "map" => ParseMap(json, enclosingNamespace, path),
            _ => Resolve(type, enclosingNamespace, $"{path}/type"),
        };
    }

    private AvroRecordSchema ParseRecord(JsonElement json, string? enclosingNamespace, string path)
    {
        var record = Build(
            () => new AvroRecordSchema(
                RequiredString(json, "name", path), NamespaceOf(json, enclosingNamespace, path), OptionalString(json, "doc", path),
                Attributes(json, "type", "name", "namespace", "doc", "fields")),
            path);
        Define(record, path);
        if (!json.TryGetProperty("fields", out var fieldsJson) || fieldsJson.ValueKind != JsonValueKind.Array)
            throw new AvroSchemaException($"record {record.FullName} needs a \"fields\" array", path);
        var fields = new List<AvroField>();
        var index = 0;
        foreach (var fieldJson in fieldsJson.EnumerateArray())
            fields.Add(ParseField(fieldJson, record.Namespace, $"{path}/fields/{FieldLabel(fieldJson, index++)}"));
        Build(() => { record.SetFields(fields); return record; }, path);
        return record;
    }

    private AvroField ParseField(JsonElement json, string? enclosingNamespace, string path)
    {
        if (json.ValueKind != JsonValueKind.Object)
            throw new AvroSchemaException($"a field is an object, not {json.GetRawText()}", path);
        var name = RequiredString(json, "name", path);
        if (!json.TryGetProperty("type", out var typeJson))
            throw new AvroSchemaException($"field '{name}' has no \"type\"", path);
        var type = ParseSchema(typeJson, enclosingNamespace, $"{path}/type");
        JsonElement? defaultValue = json.TryGetProperty("default", out var d) ? d : null;
        var order = AvroSortOrder.Ascending;
        if (OptionalString(json, "order", path) is { } orderText && !AvroTypeNames.TryParseOrder(orderText, out order))
            throw new AvroSchemaException($"order '{orderText}' is not one of ascending, descending, ignore", path);
        var doc = OptionalString(json, "doc", path);
        return Build(
            () => new AvroField(name, type, defaultValue, doc, order, Attributes(json, "name", "type", "default", "doc", "order")),
            path);
    }

    private AvroEnumSchema ParseEnum(JsonElement json, string? enclosingNamespace, string path)
    {
        if (!json.TryGetProperty("symbols", out var symbolsJson) || symbolsJson.ValueKind != JsonValueKind.Array)
            throw new AvroSchemaException("an enum needs a \"symbols\" array", path);
        var symbols = new List<string>();
        foreach (var symbol in symbolsJson.EnumerateArray())
        {
            if (symbol.ValueKind != JsonValueKind.String)
                throw new AvroSchemaException($"enum symbols are strings, not {symbol.GetRawText()}", $"{path}/symbols");
            symbols.Add(symbol.GetString()!);
        }
        var schema = Build(
            () => new AvroEnumSchema(
                RequiredString(json, "name", path), NamespaceOf(json, enclosingNamespace, path), symbols,
                OptionalString(json, "doc", path), OptionalString(json, "default", path),
                Attributes(json, "type", "name", "namespace", "doc", "symbols", "default")),
            path);
        Define(schema, path);
        return schema;
    }

    private AvroFixedSchema ParseFixed(JsonElement json, string? enclosingNamespace, string path)
    {
        if (!json.TryGetProperty("size", out var sizeJson) || sizeJson.ValueKind != JsonValueKind.Number
            || !sizeJson.TryGetInt32(out var size))
            throw new AvroSchemaException("a fixed needs an integer \"size\"", path);
        var schema = Build(
            () => new AvroFixedSchema(
                RequiredString(json, "name", path), NamespaceOf(json, enclosingNamespace, path), size,
                OptionalString(json, "doc", path), Attributes(json, "type", "name", "namespace", "doc", "size")),
            path);
        Define(schema, path);
        return schema;
    }

    private AvroArraySchema ParseArray(JsonElement json, string? enclosingNamespace, string path)
    {
        if (!json.TryGetProperty("items", out var items))
            throw new AvroSchemaException("an array needs \"items\"", path);
        var itemSchema = ParseSchema(items, enclosingNamespace, $"{path}/items");
        return Build(() => new AvroArraySchema(itemSchema, Attributes(json, "type", "items")), path);
    }

    private AvroMapSchema ParseMap(JsonElement json, string? enclosingNamespace, string path)
    {
        if (!json.TryGetProperty("values", out var values))
            throw new AvroSchemaException("a map needs \"values\"", path);
        var valueSchema = ParseSchema(values, enclosingNamespace, $"{path}/values");
        return Build(() => new AvroMapSchema(valueSchema, Attributes(json, "type", "values")), path);
    }

    private void Define(AvroNamedSchema schema, string path)
    {
        if (!_named.TryAdd(schema.FullName, schema))
            throw new AvroSchemaException($"the name {schema.FullName} is defined twice", path);
    }

    /// <summary>The namespace a named definition gets: its own, or the enclosing one when it has none.</summary>
    private static string? NamespaceOf(JsonElement json, string? enclosingNamespace, string path)
    {
        if (!json.TryGetProperty("namespace", out var ns) || ns.ValueKind == JsonValueKind.Null)
            return enclosingNamespace;
        if (ns.ValueKind != JsonValueKind.String)
            throw new AvroSchemaException($"\"namespace\" must be a string, not {ns.GetRawText()}", path);
        return ns.GetString();
    }

    private static string RequiredString(JsonElement json, string property, string path) =>
        OptionalString(json, property, path)
        ?? throw new AvroSchemaException($"\"{property}\" is required", path);

    private static string? OptionalString(JsonElement json, string property, string path)
    {
        if (!json.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.String)
            throw new AvroSchemaException($"\"{property}\" must be a string, not {value.GetRawText()}", path);
        return value.GetString();
    }

    private static Dictionary<string, JsonElement> Attributes(JsonElement json, params string[] structural)
    {
        var attributes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (Array.IndexOf(structural, property.Name) < 0)
                attributes[property.Name] = property.Value;
        }
        return attributes;
    }

    private static string FieldLabel(JsonElement field, int index) =>
        field.ValueKind == JsonValueKind.Object
        && field.TryGetProperty("name", out var name)
        && name.ValueKind == JsonValueKind.String
            ? name.GetString()!
            : index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs a constructor and locates the problems it finds at <paramref name="path"/>.</summary>
    private static T Build<T>(Func<T> construct, string path)
    {
        try
        {
            return construct();
        }
        catch (AvroSchemaException e) when (e.Path.Length == 0)
        {
            throw e.Under(path);
        }
    }
}
