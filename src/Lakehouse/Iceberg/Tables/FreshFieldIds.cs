using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>Gives a type about to join a schema new field ids (list elements, map keys and values, struct fields), counting up from a start.</summary>
internal sealed class FreshFieldIds(int lastAssigned)
{
    /// <summary>The highest id handed out so far.</summary>
    public int LastAssigned { get; private set; } = lastAssigned;

    public int Next() => ++LastAssigned;

    public IcebergType Assign(IcebergType type) => type switch
    {
        StructType @struct => AssignStruct(@struct),
        ListType list => AssignList(list),
        MapType map => AssignMap(map),
        _ => type,
    };

    private StructType AssignStruct(StructType @struct)
    {
        // Ids are taken for all fields of one level before any nested level, the order Iceberg implementations use.
        var ids = @struct.Fields.Select(_ => Next()).ToList();
        return new StructType(@struct.Fields.Select((field, i) => field with { Id = ids[i], Type = Assign(field.Type) }).ToList());
    }

    private ListType AssignList(ListType list)
    {
        var elementId = Next();
        return list with { ElementId = elementId, Element = Assign(list.Element) };
    }

    private MapType AssignMap(MapType map)
    {
        var keyId = Next();
        var valueId = Next();
        return map with { KeyId = keyId, Key = Assign(map.Key), ValueId = valueId, Value = Assign(map.Value) };
    }
}
