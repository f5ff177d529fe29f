namespace Lineage.Lakehouse.Iceberg.Schemas;

/// <summary>A list whose element field has its own id and may be required.</summary>
public sealed record ListType(int ElementId, IcebergType Element, bool ElementRequired) : IcebergType
{
    public override string ToString() => $"list<{Element}>";
}
