using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Checks;

/// <summary>raw_vqe_results / raw_files_valid: no raw file of the partition was rejected. Lists every rejected file.</summary>
internal sealed class RawFilesValidCheck : IAssetCheckEvaluator
{
    public const string Name = "raw_files_valid";

    public AssetKey Asset => QuantumAssetKeys.RawVqeResults;

    public string CheckName => Name;

    public Task<CheckOutcome> EvaluateAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var facts = context.Facts;
        var rejected = new JsonArray();
        foreach (var error in facts.RejectedFiles)
            rejected.Add(new JsonObject { ["file"] = error.File, ["json_path"] = error.JsonPath, ["problem"] = error.Problem });
        var metadata = new JsonObject
        {
            ["files_read"] = facts.RawFilesRead,
            ["files_rejected"] = facts.RejectedFiles.Count,
            ["rejected_files"] = rejected,
        };
        if (facts.RejectedFiles.Count == 0)
            return Task.FromResult(CheckOutcome.Pass($"All {facts.RawFilesRead} raw files of the partition are valid.", metadata));

        var first = facts.RejectedFiles[0];
        var more = facts.RejectedFiles.Count > 1 ? $" (and {facts.RejectedFiles.Count - 1} more, see rejected_files)" : "";
        return Task.FromResult(CheckOutcome.Fail(
            $"{facts.RejectedFiles.Count} of {facts.RawFilesRead} raw files were rejected and quarantined; the valid files were " +
            $"processed. {first.File} at {first.JsonPath}: {first.Problem}{more}.",
            metadata));
    }
}
