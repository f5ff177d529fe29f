using Lineage.Lakehouse.Parquet.Metadata;

namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>
/// Turns the footer's flat schema elements into fields: three-level and legacy two-level lists, bare repeated
/// fields (as lists of required elements), maps (as lists of key/value structs), structs and primitives.
/// </summary>
internal sealed class SchemaReader
{
    private readonly IReadOnlyList<SchemaElement> _elements;
    private readonly List<SchemaElement> _leafElements = [];
    private int _next = 1;

    private SchemaReader(IReadOnlyList<SchemaElement> elements) => _elements = elements;

    public static FileSchema Read(IReadOnlyList<SchemaElement> elements)
    {
        if (elements.Count == 0 || elements[0].NumChildren is not { } children)
            throw new FormatException("The footer schema has no root group.");
        var reader = new SchemaReader(elements);
        var fields = new List<ParquetField>();
        for (var i = 0; i < children; i++)
            fields.Add(reader.ReadField());
        if (reader._next != elements.Count)
            throw new FormatException($"The footer schema lists {elements.Count} elements but its groups account for {reader._next}.");
        return new FileSchema(new ParquetSchema(fields), reader._leafElements);
    }

    private SchemaElement Next()
    {
        if (_next >= _elements.Count)
            throw new FormatException("The footer schema ends inside a group: a group declares more children than follow it.");
        return _elements[_next++];
    }

    private ParquetField ReadField()
    {
        var element = Next();
        var repeated = element.RepetitionType == FieldRepetitionType.Repeated;
        var nullable = element.RepetitionType != FieldRepetitionType.Required;
        ParquetField field;
        if (element.NumChildren is not > 0)
            field = Primitive(element, nullable && !repeated);
        else if (IsList(element))
            field = ReadList(element, nullable);
        else if (IsMap(element))
            field = ReadMap(element, nullable);
        else
            field = new StructField(element.Name, ReadChildren(element), nullable && !repeated, element.FieldId);
        // A repeated field outside a LIST group is a list of required elements.
        return repeated ? new ListField(element.Name, field.Renamed(ParquetSchema.ElementName), Nullable: false, element.FieldId) : field;
    }

    private List<ParquetField> ReadChildren(SchemaElement group)
    {
        var children = new List<ParquetField>(group.NumChildren!.Value);
        for (var i = 0; i < group.NumChildren; i++)
            children.Add(ReadField());
        return children;
    }

    private ParquetField ReadList(SchemaElement list, bool nullable)
    {
        if (list.NumChildren != 1)
            throw new FormatException($"List '{list.Name}' must have exactly one child, not {list.NumChildren}.");
        var repeated = Next();
        if (repeated.RepetitionType != FieldRepetitionType.Repeated)
            throw new FormatException($"The child of list '{list.Name}' must be repeated.");
        ParquetField element;
        if (repeated.NumChildren is not > 0)
            element = Primitive(repeated, nullable: false);
        else if (repeated.NumChildren == 1 && repeated.Name != "array" && repeated.Name != list.Name + "_tuple")
            element = ReadField();
        else
            element = new StructField(repeated.Name, ReadChildren(repeated), Nullable: false);
        return new ListField(list.Name, element, nullable, list.FieldId);
    }

    private ParquetField ReadMap(SchemaElement map, bool nullable)
    {
        var entries = Next();
        if (entries.RepetitionType != FieldRepetitionType.Repeated || entries.NumChildren is not > 0)
            throw new FormatException($"Map '{map.Name}' must hold one repeated key/value group.");
        return new ListField(map.Name, new StructField(entries.Name, ReadChildren(entries), Nullable: false), nullable, map.FieldId);
    }

    private PrimitiveField Primitive(SchemaElement element, bool nullable)
    {
        _leafElements.Add(element);
        var type = ValueTypes.Of(element);
        return new PrimitiveField(element.Name, type, nullable, element.FieldId,
            element.Precision ?? (element.LogicalType as DecimalType)?.Precision ?? 0,
            element.Scale ?? (element.LogicalType as DecimalType)?.Scale ?? 0,
            element.TypeLength ?? 0);
    }

    private static bool IsList(SchemaElement element) =>
        element.LogicalType is ListType || element.ConvertedType == ConvertedType.List;

    private static bool IsMap(SchemaElement element) =>
        element.LogicalType is MapType || element.ConvertedType is ConvertedType.Map or ConvertedType.MapKeyValue;
}
