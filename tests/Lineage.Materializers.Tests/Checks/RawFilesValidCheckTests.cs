using Lineage.Assets.Quantum;
using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tests.Checks;

public class RawFilesValidCheckTests
{
    [Fact]
    public async Task Passes_when_no_file_was_rejected()
    {
        var harness = new CheckHarness();
        harness.Facts.RawFilesRead = 3;

        var result = await harness.EvaluateAsync(QuantumAssetKeys.RawVqeResults, "raw_files_valid");

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(3, (int)result.Metadata["files_read"]!);
        Assert.Equal(0, (int)result.Metadata["files_rejected"]!);
        Assert.Contains("All 3 raw files", result.Summary);
    }

    [Fact]
    public async Task Fails_listing_every_rejected_file_with_its_json_path_and_problem()
    {
        var harness = new CheckHarness();
        harness.Facts.RawFilesRead = 4;
        harness.Facts.RejectedFiles.Add(new RawRecordError("1-100.json", "$.vqe_result.minimum", "expected a number, found a string"));
        harness.Facts.RejectedFiles.Add(new RawRecordError("2-200.json", "$", "invalid UTF-8 at byte 17"));

        var result = await harness.EvaluateAsync(QuantumAssetKeys.RawVqeResults, "raw_files_valid");

        Assert.False(result.Passed);
        Assert.Contains("2 of 4 raw files were rejected", result.Summary);
        Assert.Contains("1-100.json at $.vqe_result.minimum: expected a number, found a string", result.Summary);
        Assert.Equal(2, (int)result.Metadata["files_rejected"]!);
        var rejected = result.Metadata["rejected_files"]!.AsArray();
        Assert.Equal(["1-100.json", "2-200.json"], rejected.Select(r => (string)r!["file"]!));
        Assert.Equal("$.vqe_result.minimum", (string)rejected[0]!["json_path"]!);
        Assert.Equal("invalid UTF-8 at byte 17", (string)rejected[1]!["problem"]!);
    }
}
