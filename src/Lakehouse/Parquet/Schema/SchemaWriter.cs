using Lineage.Lakehouse.Parquet.Metadata;

namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>Flattens a schema into the footer's depth-first list of schema elements.</summary>
internal static class SchemaWriter
{
    public const string RootName = "schema";

    public static List<SchemaElement> ToElements(ParquetSchema schema)
    {
        var elements = new List<SchemaElement> { new() { Name = RootName, NumChildren = schema.Fields.Count } };
        foreach (var field in schema.Fields)
            Add(field, elements);
        return elements;
    }

    private static void Add(ParquetField field, List<SchemaElement> elements)
    {
        var repetition = field.Nullable ? FieldRepetitionType.Optional : FieldRepetitionType.Required;
        switch (field)
        {
            case PrimitiveField primitive:
                var layout = PhysicalLayout.Of(primitive);
                elements.Add(new SchemaElement
                {
                    Name = field.Name,
                    Type = layout.Type,
                    TypeLength = layout.TypeLength,
                    RepetitionType = repetition,
                    ConvertedType = layout.Converted,
                    LogicalType = layout.Logical,
                    Scale = primitive.Type == ParquetValueType.Decimal ? primitive.Scale : null,
                    Precision = primitive.Type == ParquetValueType.Decimal ? primitive.Precision : null,
                    FieldId = field.FieldId,
                });
                break;
            case ListField list:
                elements.Add(new SchemaElement
                {
                    Name = field.Name,
                    RepetitionType = repetition,
                    NumChildren = 1,
                    ConvertedType = ConvertedType.List,
                    LogicalType = new ListType(),
                    FieldId = field.FieldId,
                });
                elements.Add(new SchemaElement { Name = ParquetSchema.ListGroupName, RepetitionType = FieldRepetitionType.Repeated, NumChildren = 1 });
                Add(list.Element.Renamed(ParquetSchema.ElementName), elements);
                break;
            case StructField group:
                elements.Add(new SchemaElement { Name = field.Name, RepetitionType = repetition, NumChildren = group.Fields.Count, FieldId = field.FieldId });
                foreach (var child in group.Fields)
                    Add(child, elements);
                break;
        }
    }
}
