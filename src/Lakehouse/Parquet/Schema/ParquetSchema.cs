namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>The columns of a Parquet file: top-level fields and the primitive leaves they flatten into.</summary>
public sealed class ParquetSchema
{
    public const string ListGroupName = "list";
    public const string ElementName = "element";

    public ParquetSchema(IReadOnlyList<ParquetField> fields)
    {
        var duplicate = fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"The schema has two columns named '{duplicate.Key}'.", nameof(fields));
        Fields = fields;
        var leaves = new List<LeafColumn>();
        foreach (var field in fields)
            Collect(field, [], [], leaves);
        Leaves = leaves;
    }

    public IReadOnlyList<ParquetField> Fields { get; }

    public IReadOnlyList<LeafColumn> Leaves { get; }

    public int IndexOf(string name)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Name == name)
                return i;
        }
        return -1;
    }

    /// <summary>The schema reduced to the named top-level fields, in the order given.</summary>
    public ParquetSchema Project(IEnumerable<string> names) =>
        new(names.Select(n => IndexOf(n) is var i and >= 0
            ? Fields[i]
            : throw new ArgumentException($"No column '{n}'. Columns: {string.Join(", ", Fields.Select(f => f.Name))}.")).ToList());

    private static void Collect(ParquetField field, List<ParquetField> ancestry, List<string> path, List<LeafColumn> leaves)
    {
        List<ParquetField> here = [.. ancestry, field];
        List<string> herePath = [.. path, field.Name];
        switch (field)
        {
            case PrimitiveField:
                leaves.Add(new LeafColumn(leaves.Count, here, herePath));
                break;
            case ListField list:
                Collect(list.Element.Renamed(ElementName), here, [.. herePath, ListGroupName], leaves);
                break;
            case StructField group:
                if (group.Fields.Count == 0)
                    throw new ArgumentException($"Struct '{group.Name}' has no fields; Parquet cannot store an empty group.");
                foreach (var child in group.Fields)
                    Collect(child, here, herePath, leaves);
                break;
        }
    }
}
