namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>What expiring snapshots removed: snapshots from the metadata, then the files only they referenced.</summary>
public sealed record ExpireResult(int ExpiredSnapshots, int DeletedDataFiles, int DeletedManifests, int DeletedManifestLists);
