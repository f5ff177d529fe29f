namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>
/// A list, written in the standard three-level form: <c>optional group name (LIST) { repeated group list { element } }</c>.
/// </summary>
public sealed record ListField(string Name, ParquetField Element, bool Nullable = true, int? FieldId = null)
    : ParquetField(Name, Nullable, FieldId)
{
    public override ParquetField Renamed(string name) => this with { Name = name };
}
