using System.Text.Json;
using Lineage.Assets.Keys;
using Lineage.Materializers.Recording;

namespace Lineage.Workbench.Storage.Batches;

/// <summary>A row of <c>batches</c>, the commit journal: one commit group's intent, its owner's heartbeat and how it ended.</summary>
public sealed class StoredBatch
{
    public required string BatchId { get; set; }

    /// <summary><c>base</c>, or the ML table's name.</summary>
    public required string Group { get; set; }

    public required string Partition { get; set; }

    /// <summary>A JSON array of <c>{"asset": …, "parent_snapshot_id": …}</c>, in commit order.</summary>
    public required string Tables { get; set; }

    public required string OwnerHost { get; set; }

    public int OwnerProcessId { get; set; }

    public DateTimeOffset OwnerStartedAt { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public BatchEnd? Outcome { get; set; }

    public static StoredBatch From(BatchIntent intent) => new()
    {
        BatchId = intent.BatchId,
        Group = intent.Group,
        Partition = intent.Partition,
        Tables = JsonSerializer.Serialize(intent.Tables.Select(t => new StoredBatchTable(t.Asset.Value, t.ParentSnapshotId))),
        OwnerHost = intent.Owner.Host,
        OwnerProcessId = intent.Owner.ProcessId,
        OwnerStartedAt = intent.Owner.ProcessStartedAt,
        StartedAt = intent.StartedAt,
        LastSeenAt = intent.LastSeenAt,
    };

    public BatchIntent ToIntent() => new(
        BatchId,
        Group,
        Partition,
        (JsonSerializer.Deserialize<List<StoredBatchTable>>(Tables) ?? throw new JsonException($"The catalog holds '{Tables}' where batch {BatchId}'s tables belong."))
            .Select(t => new BatchTable(new AssetKey(t.Asset), t.ParentSnapshotId)).ToList(),
        new BatchOwner(OwnerHost, OwnerProcessId, OwnerStartedAt),
        StartedAt,
        LastSeenAt);

    private sealed record StoredBatchTable(
        [property: System.Text.Json.Serialization.JsonPropertyName("asset")] string Asset,
        [property: System.Text.Json.Serialization.JsonPropertyName("parent_snapshot_id")] long? ParentSnapshotId);
}
