using System.Text.Json;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Metadata;

/// <summary>
/// The content of a table metadata file (<c>metadata/v&lt;N&gt;.metadata.json</c>): schemas, partition specs, sort
/// orders, properties, snapshots, refs and logs. Read with <see cref="FromJson"/> (v1 and v2), written as v2 with
/// <see cref="ToJson"/>.
/// </summary>
public sealed record TableMetadata
{
    public int FormatVersion { get; init; } = 2;

    public required Guid TableUuid { get; init; }

    public required string Location { get; init; }

    public long LastSequenceNumber { get; init; }

    public required long LastUpdatedMs { get; init; }

    public required int LastColumnId { get; init; }

    public required IReadOnlyList<IcebergSchema> Schemas { get; init; }

    public required int CurrentSchemaId { get; init; }

    public required IReadOnlyList<PartitionSpec> PartitionSpecs { get; init; }

    public required int DefaultSpecId { get; init; }

    public required int LastPartitionId { get; init; }

    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Null when the table has no snapshot yet.</summary>
    public long? CurrentSnapshotId { get; init; }

    public IReadOnlyList<Snapshot> Snapshots { get; init; } = [];

    public IReadOnlyList<SnapshotLogEntry> SnapshotLog { get; init; } = [];

    public IReadOnlyList<MetadataLogEntry> MetadataLog { get; init; } = [];

    public IReadOnlyList<SortOrder> SortOrders { get; init; } = [SortOrder.Unsorted];

    public int DefaultSortOrderId { get; init; }

    public IReadOnlyDictionary<string, SnapshotRef> Refs { get; init; } = new Dictionary<string, SnapshotRef>();

    /// <summary>Statistics files, kept as their JSON objects.</summary>
    public IReadOnlyList<JsonElement> Statistics { get; init; } = [];

    /// <summary>Partition statistics files, kept as their JSON objects.</summary>
    public IReadOnlyList<JsonElement> PartitionStatistics { get; init; } = [];

    public IcebergSchema CurrentSchema => SchemaById(CurrentSchemaId);

    public PartitionSpec DefaultSpec => SpecById(DefaultSpecId);

    public Snapshot? CurrentSnapshot => CurrentSnapshotId is { } id ? SnapshotById(id) : null;

    public IcebergSchema SchemaById(int schemaId) =>
        Schemas.FirstOrDefault(s => s.SchemaId == schemaId)
        ?? throw new IcebergFormatException($"table {Location} has no schema {schemaId}; its schemas are {string.Join(", ", Schemas.Select(s => s.SchemaId))}");

    public PartitionSpec SpecById(int specId) =>
        PartitionSpecs.FirstOrDefault(s => s.SpecId == specId)
        ?? throw new IcebergFormatException($"table {Location} has no partition spec {specId}; its specs are {string.Join(", ", PartitionSpecs.Select(s => s.SpecId))}");

    public Snapshot? SnapshotById(long snapshotId) => Snapshots.FirstOrDefault(s => s.SnapshotId == snapshotId);

    /// <summary>Checks the invariants every v2 reader relies on (see <see cref="TableMetadataValidator"/>).</summary>
    /// <exception cref="IcebergFormatException">An invariant is broken; the message names it.</exception>
    public void Validate() => TableMetadataValidator.Validate(this);

    /// <summary>The metadata as a v2 metadata JSON document (validated first).</summary>
    public string ToJson() => TableMetadataJson.Write(this);

    /// <summary>Reads v1 or v2 metadata JSON; unknown fields are ignored. v2 metadata is validated.</summary>
    /// <exception cref="IcebergFormatException">The JSON is malformed, misses required fields or breaks an invariant.</exception>
    public static TableMetadata FromJson(string json) => TableMetadataJson.Read(json);
}
