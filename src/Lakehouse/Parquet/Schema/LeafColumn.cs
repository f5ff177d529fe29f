namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>
/// One primitive column of a (possibly nested) schema, as Parquet stores it: its path from the root through the
/// fields above it, and its maximum definition and repetition levels.
/// </summary>
public sealed class LeafColumn
{
    internal LeafColumn(int index, IReadOnlyList<ParquetField> ancestry, IReadOnlyList<string> path)
    {
        Index = index;
        Ancestry = ancestry;
        Path = path;
        Field = (PrimitiveField)ancestry[^1];
        foreach (var field in ancestry)
        {
            if (field.Nullable) MaxDefinitionLevel++;
            if (field is ListField)
            {
                MaxDefinitionLevel++;
                MaxRepetitionLevel++;
            }
        }
    }

    /// <summary>Position among the schema's leaves, in schema order.</summary>
    public int Index { get; }

    /// <summary>The fields from the top-level field down to the primitive itself (list elements included).</summary>
    public IReadOnlyList<ParquetField> Ancestry { get; }

    /// <summary>The Parquet path in schema, e.g. <c>coordinates.list.element.list.element</c>.</summary>
    public IReadOnlyList<string> Path { get; }

    public string DottedPath => string.Join('.', Path);

    public PrimitiveField Field { get; }

    public int MaxDefinitionLevel { get; }

    public int MaxRepetitionLevel { get; }

    /// <summary>The top-level field this leaf belongs to.</summary>
    public ParquetField TopLevel => Ancestry[0];

    public override string ToString() => DottedPath;
}
