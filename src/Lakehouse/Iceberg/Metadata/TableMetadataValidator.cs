namespace Lineage.Lakehouse.Iceberg.Metadata;

/// <summary>
/// The invariants of v2 table metadata that readers rely on: the current schema, default spec and default sort order
/// exist; <c>last-column-id</c> and <c>last-partition-id</c> cover every id; <c>last-sequence-number</c> is at least
/// every snapshot's; the current snapshot exists and <c>refs.main</c> points at it; every ref points at a snapshot;
/// snapshots carry a manifest list and an <c>operation</c>.
/// </summary>
internal static class TableMetadataValidator
{
    /// <exception cref="IcebergFormatException">The first invariant found broken.</exception>
    public static void Validate(TableMetadata metadata)
    {
        var where = $"table metadata of {metadata.Location}";
        if (string.IsNullOrWhiteSpace(metadata.Location))
            throw new IcebergFormatException("table metadata has an empty location");
        if (metadata.FormatVersion == 2 && metadata.TableUuid == Guid.Empty)
            throw new IcebergFormatException($"{where} has no table-uuid");
        Require(metadata.Schemas.Any(s => s.SchemaId == metadata.CurrentSchemaId),
            $"{where}: current-schema-id {metadata.CurrentSchemaId} is not among the schemas ({string.Join(", ", metadata.Schemas.Select(s => s.SchemaId))})");
        Require(metadata.Schemas.Select(s => s.SchemaId).Distinct().Count() == metadata.Schemas.Count, $"{where}: two schemas share a schema-id");
        var highestColumn = metadata.Schemas.Max(s => s.HighestFieldId);
        Require(metadata.LastColumnId >= highestColumn,
            $"{where}: last-column-id {metadata.LastColumnId} is below the highest field id {highestColumn}");
        Require(metadata.PartitionSpecs.Any(s => s.SpecId == metadata.DefaultSpecId),
            $"{where}: default-spec-id {metadata.DefaultSpecId} is not among the partition specs");
        var highestPartition = metadata.PartitionSpecs.Max(s => s.LastAssignedFieldId);
        Require(metadata.LastPartitionId >= highestPartition,
            $"{where}: last-partition-id {metadata.LastPartitionId} is below the highest partition field id {highestPartition}");
        Require(metadata.SortOrders.Any(o => o.OrderId == metadata.DefaultSortOrderId),
            $"{where}: default-sort-order-id {metadata.DefaultSortOrderId} is not among the sort orders");
        foreach (var snapshot in metadata.Snapshots)
        {
            if (metadata.FormatVersion < 2)
                continue;
            Require(snapshot.SequenceNumber <= metadata.LastSequenceNumber,
                $"{where}: snapshot {snapshot.SnapshotId} has sequence number {snapshot.SequenceNumber}, above last-sequence-number {metadata.LastSequenceNumber}");
            Require(snapshot.ManifestList is not null, $"{where}: snapshot {snapshot.SnapshotId} has no manifest-list");
            Require(snapshot.Operation is not null, $"{where}: snapshot {snapshot.SnapshotId} has no 'operation' in its summary");
        }
        if (metadata.CurrentSnapshotId is { } current)
        {
            Require(metadata.SnapshotById(current) is not null, $"{where}: current-snapshot-id {current} is not among the snapshots");
            Require(metadata.Refs.TryGetValue(SnapshotRef.MainBranch, out var main) && main.SnapshotId == current && main.IsBranch,
                $"{where}: refs.main must be a branch at the current snapshot {current}");
        }
        else
        {
            Require(!metadata.Refs.ContainsKey(SnapshotRef.MainBranch), $"{where}: refs.main is set but there is no current snapshot");
        }
        foreach (var (name, snapshotRef) in metadata.Refs)
        {
            Require(metadata.SnapshotById(snapshotRef.SnapshotId) is not null,
                $"{where}: ref '{name}' points at snapshot {snapshotRef.SnapshotId}, which is not among the snapshots");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
            throw new IcebergFormatException(message);
    }
}
