namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>A group of named fields.</summary>
public sealed record StructField(string Name, IReadOnlyList<ParquetField> Fields, bool Nullable = true, int? FieldId = null)
    : ParquetField(Name, Nullable, FieldId)
{
    public override ParquetField Renamed(string name) => this with { Name = name };
}
