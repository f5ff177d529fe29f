using System.Text.Json;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>A record, enum or fixed: a type with a full name (<c>namespace.name</c>) that later schemas can refer to.</summary>
public abstract class AvroNamedSchema : AvroSchema
{
    private protected AvroNamedSchema(
        string name, string? @namespace, string? doc,
        IReadOnlyDictionary<string, JsonElement>? attributes, IReadOnlySet<string> reserved)
        : base(attributes, reserved)
    {
        var lastDot = name.LastIndexOf('.');
        if (lastDot >= 0)
        {
            @namespace = name[..lastDot];
            name = name[(lastDot + 1)..];
        }
        AvroTypeNames.RequireValidName(name, "type name");
        if (string.IsNullOrEmpty(@namespace))
            @namespace = null;
        else
        {
            foreach (var part in @namespace.Split('.'))
                AvroTypeNames.RequireValidName(part, $"namespace part (in '{@namespace}')");
        }
        if (@namespace is null && AvroTypeNames.TryParsePrimitive(name, out _))
            throw new AvroSchemaException($"'{name}' is a primitive type and cannot be used as the name of a {AvroTypeNames.Of(Kind)}");
        Name = name;
        Namespace = @namespace;
        FullName = @namespace is null ? name : $"{@namespace}.{name}";
        Doc = doc;
    }

    /// <summary>The simple name, without namespace.</summary>
    public string Name { get; }

    /// <summary>The namespace, or null for the null namespace.</summary>
    public string? Namespace { get; }

    public string FullName { get; }

    public string? Doc { get; }
}
