using System.Text.Json;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>
/// A field of a record: name, type, optional default (a JSON value; <c>"default": null</c> is kept apart from no
/// default), doc, sort order and extra attributes such as Iceberg's <c>"field-id"</c>.
/// </summary>
public sealed class AvroField
{
    private static readonly IReadOnlySet<string> Reserved =
        new HashSet<string>(StringComparer.Ordinal) { "name", "type", "default", "doc", "order" };

    public AvroField(
        string name,
        AvroSchema type,
        JsonElement? defaultValue = null,
        string? doc = null,
        AvroSortOrder order = AvroSortOrder.Ascending,
        IReadOnlyDictionary<string, JsonElement>? attributes = null)
    {
        AvroTypeNames.RequireValidName(name, "field name");
        ArgumentNullException.ThrowIfNull(type);
        if (defaultValue is { } value && AvroDefaultValue.Problem(type, value) is { } problem)
            throw new AvroSchemaException($"the default of field '{name}' does not fit its type: {problem}");
        Name = name;
        Type = type;
        Default = defaultValue?.Clone();
        Doc = doc;
        Order = order;
        Attributes = AvroAttributes.Freeze(attributes, Reserved);
    }

    public string Name { get; }

    public AvroSchema Type { get; }

    /// <summary>The default value as JSON, or null when the field has none.</summary>
    public JsonElement? Default { get; }

    public string? Doc { get; }

    public AvroSortOrder Order { get; }

    public IReadOnlyDictionary<string, JsonElement> Attributes { get; }

    /// <summary>An optional field (<c>["null", T]</c> with <c>"default": null</c>).</summary>
    public static AvroField Optional(
        string name, AvroSchema type, string? doc = null, IReadOnlyDictionary<string, JsonElement>? attributes = null)
    {
        using var nullDefault = JsonDocument.Parse("null");
        return new AvroField(name, AvroUnionSchema.Optional(type), nullDefault.RootElement, doc, AvroSortOrder.Ascending, attributes);
    }
}
