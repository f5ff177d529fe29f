namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>What a file tracked by a manifest holds (<c>data_file.content</c>).</summary>
public enum DataFileContent
{
    Data = 0,
    PositionDeletes = 1,
    EqualityDeletes = 2,
}
