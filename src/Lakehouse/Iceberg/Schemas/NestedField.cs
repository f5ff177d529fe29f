namespace Lineage.Lakehouse.Iceberg.Schemas;

/// <summary>A field of a struct (or of a schema): id unique in the table, name, required flag, type and doc.</summary>
public sealed record NestedField(int Id, string Name, bool Required, IcebergType Type, string? Doc = null)
{
    public static NestedField Optional(int id, string name, IcebergType type, string? doc = null) => new(id, name, false, type, doc);

    public static NestedField Require(int id, string name, IcebergType type, string? doc = null) => new(id, name, true, type, doc);
}
