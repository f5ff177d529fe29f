namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>The JSON spellings of schema kinds, sort orders and the rules for Avro names.</summary>
internal static class AvroTypeNames
{
    public static string Of(AvroSchemaKind kind) => kind switch
    {
        AvroSchemaKind.Null => "null",
        AvroSchemaKind.Boolean => "boolean",
        AvroSchemaKind.Int => "int",
        AvroSchemaKind.Long => "long",
        AvroSchemaKind.Float => "float",
        AvroSchemaKind.Double => "double",
        AvroSchemaKind.Bytes => "bytes",
        AvroSchemaKind.String => "string",
        AvroSchemaKind.Record => "record",
        AvroSchemaKind.Enum => "enum",
        AvroSchemaKind.Array => "array",
        AvroSchemaKind.Map => "map",
        AvroSchemaKind.Union => "union",
        AvroSchemaKind.Fixed => "fixed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParsePrimitive(string name, out AvroSchemaKind kind)
    {
        kind = name switch
        {
            "null" => AvroSchemaKind.Null,
            "boolean" => AvroSchemaKind.Boolean,
            "int" => AvroSchemaKind.Int,
            "long" => AvroSchemaKind.Long,
            "float" => AvroSchemaKind.Float,
            "double" => AvroSchemaKind.Double,
            "bytes" => AvroSchemaKind.Bytes,
            "string" => AvroSchemaKind.String,
            _ => AvroSchemaKind.Record,
        };
        return kind != AvroSchemaKind.Record;
    }

    public static bool IsPrimitive(AvroSchemaKind kind) => kind <= AvroSchemaKind.String;

    public static string Of(AvroSortOrder order) => order switch
    {
        AvroSortOrder.Ascending => "ascending",
        AvroSortOrder.Descending => "descending",
        AvroSortOrder.Ignore => "ignore",
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, null),
    };

    public static bool TryParseOrder(string text, out AvroSortOrder order)
    {
        order = text switch
        {
            "ascending" => AvroSortOrder.Ascending,
            "descending" => AvroSortOrder.Descending,
            "ignore" => AvroSortOrder.Ignore,
            _ => (AvroSortOrder)(-1),
        };
        return order >= AvroSortOrder.Ascending;
    }

    /// <summary>A simple name: starts with [A-Za-z_], continues with [A-Za-z0-9_].</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
            return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                return false;
        }
        return true;
    }

    /// <summary>Throws when <paramref name="name"/> is not a valid simple name; <paramref name="what"/> says what it names.</summary>
    public static void RequireValidName(string name, string what)
    {
        if (!IsValidName(name))
            throw new AvroSchemaException(
                $"'{name}' is not a valid {what}: names start with a letter or '_' and continue with letters, digits or '_'");
    }
}
