namespace Lineage.Lakehouse.Iceberg.Schemas;

/// <summary>A map; keys are always required, values may be optional. Key and value fields have their own ids.</summary>
public sealed record MapType(int KeyId, IcebergType Key, int ValueId, IcebergType Value, bool ValueRequired) : IcebergType
{
    public override string ToString() => $"map<{Key}, {Value}>";
}
