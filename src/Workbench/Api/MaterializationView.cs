using System.Text.Json.Nodes;
using Lineage.Materializers.Recording;

namespace Lineage.Workbench.Api;

/// <summary>A recorded materialization as the REST API returns it.</summary>
public sealed record MaterializationView(
    string Asset, string Partition, string BatchId, long? SnapshotId, string? Tag, long Rows, string? CodeVersion, string DataVersion,
    IReadOnlyDictionary<string, string> UpstreamDataVersions, DateTimeOffset StartedAt, double Seconds, JsonObject Metadata)
{
    public static MaterializationView From(MaterializationRecord record) => new(
        record.Asset.Value, record.Partition, record.BatchId, record.SnapshotId, record.Tag, record.Rows, record.CodeVersion,
        record.DataVersion, record.UpstreamDataVersions, record.StartedAt, Math.Round(record.Duration.TotalSeconds, 3), record.Metadata);
}
