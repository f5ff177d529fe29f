using System.Globalization;
using Lineage.Lakehouse.Arrow;
using Lineage.Lakehouse.Parquet.Shredding;
using Parquet.Schema;
using ArrowField = Apache.Arrow.Field;
using ArrowListType = Apache.Arrow.Types.ListType;
using ArrowMapType = Apache.Arrow.Types.MapType;
using ArrowSchema = Apache.Arrow.Schema;
using ArrowStructType = Apache.Arrow.Types.StructType;
using ParquetListField = Parquet.Schema.ListField;
using ParquetMapField = Parquet.Schema.MapField;
using ParquetSchema = Parquet.Schema.ParquetSchema;
using ParquetStructField = Parquet.Schema.StructField;

namespace Lineage.Lakehouse.Parquet.Assembling;

/// <summary>
/// A file's schema as the reader uses it: the Arrow schema (field ids in metadata when the file has them), one
/// <see cref="ReadNode"/> tree per top-level field, and a mirror of the file's Parquet.Net schema whose leaves have
/// the physical CLR types, attached so that Parquet.Net reads the stored values unconverted.
/// </summary>
internal sealed class FileColumns
{
    private FileColumns(IReadOnlyList<ReadNode> fields)
    {
        Fields = fields;
        Schema = new ArrowSchema(fields.Select(f => f.Arrow), null);
    }

    public IReadOnlyList<ReadNode> Fields { get; }

    public ArrowSchema Schema { get; }

    /// <exception cref="FormatException">A type or nested layout the reader does not handle.</exception>
    public static FileColumns From(ParquetSchema file)
    {
        var pairs = file.Fields.Select(Convert).ToList();
        var mirror = new ParquetSchema(pairs.Select(p => p.Physical));
        var originals = file.GetDataFields();
        var physicals = mirror.GetDataFields();
        for (var i = 0; i < originals.Length; i++)
        {
            if (!originals[i].Path.Equals(physicals[i].Path)
                || originals[i].MaxDefinitionLevel != physicals[i].MaxDefinitionLevel
                || originals[i].MaxRepetitionLevel != physicals[i].MaxRepetitionLevel)
                throw new FormatException($"column '{originals[i].Path}' has a nested layout the reader does not handle (a legacy list form)");
        }
        return new FileColumns(pairs.Select(p => p.Node).ToList());
    }

    private static (ReadNode Node, Field Physical) Convert(Field field)
    {
        switch (field)
        {
            case DataField data:
                var element = data.SchemaElement ?? throw new FormatException($"column '{data.Path}' has no schema element");
                if (data.IsArray)
                    throw new FormatException($"column '{data.Path}' is a bare repeated field, a legacy list form the reader does not handle");
                var physical = new DataField(data.Name, LeafArrowType.PhysicalClrType(element), data.IsNullable);
                return (new ReadNode(ReadNodeKind.Leaf, Arrow(data.Name, LeafArrowType.Of(element), data.IsNullable, element.FieldId, element.LogicalType?.UUID is not null), data.IsNullable, [], physical), physical);
            case ParquetListField list:
                var (item, itemPhysical) = Convert(list.Item);
                var container = list.Path[list.Path.Length - 1];
                return (new ReadNode(ReadNodeKind.List, Arrow(list.Name, new ArrowListType(item.Arrow), list.IsNullable, list.SchemaElement?.FieldId), list.IsNullable, [item]),
                    ParquetNetInternals.WithNullability(new ParquetListField(list.Name, itemPhysical, container), list.IsNullable));
            case ParquetMapField map:
                var (key, keyPhysical) = Convert(map.Key);
                var (value, valuePhysical) = Convert(map.Value);
                var mapType = new ArrowMapType(key.Arrow, value.Arrow, keySorted: false);
                return (new ReadNode(ReadNodeKind.Map, Arrow(map.Name, mapType, map.IsNullable, map.SchemaElement?.FieldId), map.IsNullable, [key, value]),
                    ParquetNetInternals.WithNullability(new ParquetMapField(map.Name, keyPhysical, valuePhysical), map.IsNullable));
            case ParquetStructField @struct:
                var children = @struct.Fields.Select(Convert).ToList();
                var structType = new ArrowStructType(children.Select(c => c.Node.Arrow).ToList());
                return (new ReadNode(ReadNodeKind.Struct, Arrow(@struct.Name, structType, @struct.IsNullable, @struct.SchemaElement?.FieldId), @struct.IsNullable, children.Select(c => c.Node).ToList()),
                    ParquetNetInternals.WithNullability(new ParquetStructField(@struct.Name, [.. children.Select(c => c.Physical)]), @struct.IsNullable));
            default:
                throw new FormatException($"field '{field.Path}' has a kind the reader does not handle");
        }
    }

    private static ArrowField Arrow(string name, Apache.Arrow.Types.IArrowType type, bool nullable, int? fieldId, bool uuid = false)
    {
        var metadata = new Dictionary<string, string>();
        if (fieldId is { } id)
            metadata[IcebergArrowSchema.FieldIdKey] = id.ToString(CultureInfo.InvariantCulture);
        if (uuid)
            metadata[IcebergArrowSchema.ExtensionNameKey] = IcebergArrowSchema.UuidExtension;
        return new ArrowField(name, type, nullable, metadata.Count == 0 ? null : metadata);
    }
}
