namespace Lineage.Lakehouse.Iceberg.Partitioning;

/// <summary>A field of a partition spec: the source column's id, the partition field's own id (1000 and up), its name and transform.</summary>
public sealed record PartitionField(int SourceId, int FieldId, string Name, Transform Transform)
{
    public static PartitionField Identity(int sourceId, int fieldId, string name) => new(sourceId, fieldId, name, Transform.Identity);
}
