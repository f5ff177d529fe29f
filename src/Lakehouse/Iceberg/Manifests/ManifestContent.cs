namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>Whether a manifest tracks data files or delete files.</summary>
internal enum ManifestContent
{
    Data = 0,
    Deletes = 1,
}
