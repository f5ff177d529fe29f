using System.Text.Json.Nodes;
using Lineage.Assets.Keys;

namespace Lineage.Materializers.Recording;

/// <summary>
/// One successful commit of one asset partition: the Iceberg snapshot (with its sequence number, the table's commit
/// order) and its tag, the rows written, the code
/// version that wrote them, the data version they have and the data versions of the upstream partitions they came from.
/// </summary>
public sealed record MaterializationRecord(
    AssetKey Asset,
    string Partition,
    string BatchId,
    long SnapshotId,
    long SequenceNumber,
    string Tag,
    long Rows,
    string? CodeVersion,
    string DataVersion,
    IReadOnlyDictionary<string, string> UpstreamDataVersions,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    JsonObject Metadata);
