using System.Text.Json;
using System.Text.Json.Nodes;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Materialization;

/// <summary>The processing_metadata row of a base materialization: what was written, at which snapshots, from which files.</summary>
internal static class ProcessingMetadataRow
{
    public static void Append(
        TableRows rows, ProcessingStamp stamp, IReadOnlyList<TableCommit> commits, IReadOnlyList<RawFile> files, string dataVersion, MaterializationFacts facts) =>
        rows.String(stamp.BatchId)
            .String(stamp.Name)
            .Timestamp(stamp.Timestamp)
            .Date(stamp.Date)
            .Strings(commits.Select(c => c.Table.Name).ToList())
            .Strings(commits.Select(c => c.Tag).ToList())
            .Longs(commits.Select(c => c.Rows).ToList())
            .String(SourceDataInfo(files, dataVersion, facts).ToJsonString(new JsonSerializerOptions { WriteIndented = false }))
            .EndRow();

    /// <summary>The source facts as JSON: files read and their data version, every rejected and superseded file.</summary>
    public static JsonObject SourceDataInfo(IReadOnlyList<RawFile> files, string dataVersion, MaterializationFacts facts) => new()
    {
        ["raw_files"] = files.Count,
        ["raw_bytes"] = files.Sum(f => f.Length),
        ["raw_data_version"] = dataVersion,
        ["valid_files"] = files.Count - facts.RejectedFiles.Count,
        ["rejected_files"] = new JsonArray(facts.RejectedFiles
            .Select(r => (JsonNode)new JsonObject { ["file"] = r.File, ["path"] = r.JsonPath, ["problem"] = r.Problem }).ToArray()),
        ["superseded_files"] = new JsonArray(facts.SupersededFiles
            .Select(s => (JsonNode)new JsonObject { ["file"] = s.File, ["experiment_id"] = s.ExperimentId, ["superseded_by"] = s.SupersededBy }).ToArray()),
    };
}
