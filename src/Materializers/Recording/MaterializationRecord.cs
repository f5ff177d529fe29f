using System.Text.Json.Nodes;
using Lineage.Assets.Keys;

namespace Lineage.Materializers.Recording;

/// <summary>
/// One successful materialization of one asset partition: the Iceberg snapshot it committed (with its sequence number,
/// the table's commit order) and its tag, the rows written, the code version that wrote them, the data version they
/// have and the data versions of the upstream partitions they came from. An empty partition (no raw files) whose table
/// held nothing there commits nothing: no snapshot, no tag, 0 rows, and the sequence number of the table as it stood.
/// </summary>
public sealed record MaterializationRecord(
    AssetKey Asset,
    string Partition,
    string BatchId,
    long? SnapshotId,
    long SequenceNumber,
    string? Tag,
    long Rows,
    string? CodeVersion,
    string DataVersion,
    IReadOnlyDictionary<string, string> UpstreamDataVersions,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    JsonObject Metadata);
