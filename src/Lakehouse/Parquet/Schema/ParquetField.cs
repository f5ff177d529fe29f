namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>A node of a Parquet schema: a primitive column, a list or a struct.</summary>
public abstract record ParquetField(string Name, bool Nullable, int? FieldId)
{
    /// <summary>The same field with another name (list elements are always called <c>element</c>).</summary>
    public abstract ParquetField Renamed(string name);
}
