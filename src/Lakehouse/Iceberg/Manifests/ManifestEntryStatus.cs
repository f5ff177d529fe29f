namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>Whether a manifest entry's file was kept from an earlier snapshot, added or deleted by the manifest's snapshot.</summary>
internal enum ManifestEntryStatus
{
    Existing = 0,
    Added = 1,
    Deleted = 2,
}
