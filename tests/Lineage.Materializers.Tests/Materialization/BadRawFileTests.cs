using System.Text.Json.Nodes;
using Lineage.Assets.Checks;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Materialization;
using Lineage.Materializers.Tests.Raw;

namespace Lineage.Materializers.Tests.Materialization;

public sealed class BadRawFileTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 19);

    private readonly SampleWarehouse _warehouse = new();

    // Landing times inside the sample's 2026-11-19 partition.
    private string Write(string name, string content)
    {
        File.WriteAllText(Path.Combine(_warehouse.TopicFolder, name), content);
        return name;
    }

    private string ValidJson() => File.ReadAllText(SampleFiles.All().First(f => Lineage.Materializers.Raw.RawFileName.Parse(Path.GetFileName(f)).LandedOn == Day));

    [Fact]
    public async Task Bad_files_are_rejected_with_file_path_and_problem_while_the_valid_files_land()
    {
        var valid = RawOracle.For(_warehouse.TopicFolder, Day);
        var notJson = Write("900-1795046400000000001.json", "this is not json");
        var truncated = Write("901-1795046400000000002.json", ValidJson()[..200]);
        var wrongType = Write("902-1795046400000000003.json", ValidJson().Replace("\"molecule_id\":", "\"molecule_id\":\"x\",\"ignored\":", StringComparison.Ordinal));
        var missing = JsonNode.Parse(ValidJson())!.AsObject();
        missing.Remove("basis_set");
        var missingField = Write("903-1795046400000000004.json", missing.ToJsonString());

        var results = await _warehouse.MaterializeAsync("group:base_features", Day);

        var raw = Assert.Single(results, r => r.Asset == QuantumAssetKeys.RawVqeResults);
        Assert.Equal([notJson, truncated, wrongType, missingField], raw.RejectedFiles.Select(r => r.File).Order(StringComparer.Ordinal));
        Assert.Equal("basis_set", raw.RejectedFiles.Single(r => r.File == missingField).JsonPath);
        Assert.Equal("molecule_id", raw.RejectedFiles.Single(r => r.File == wrongType).JsonPath);
        Assert.All(raw.RejectedFiles, r => Assert.False(string.IsNullOrWhiteSpace(r.Problem)));

        var check = Assert.Single(raw.Checks, c => c.CheckName == "raw_files_valid");
        Assert.False(check.Passed);
        Assert.Equal(AssetCheckSeverity.Error, check.Severity);
        Assert.False(check.Blocking);
        foreach (var file in new[] { notJson, truncated, wrongType, missingField })
            Assert.Contains(file, check.Metadata.ToJsonString());

        Assert.All(results.Where(r => r.Asset != QuantumAssetKeys.RawVqeResults), r => Assert.Equal(StepStatus.Materialized, r.Status));
        Assert.Equal(valid.Experiments, (await _warehouse.RowsAsync(QuantumAssetKeys.VqeResults, Day)).Count);
        Assert.Equal(valid.DistinctIterations, (await _warehouse.RowsAsync(QuantumAssetKeys.VqeIterations, Day)).Count);
        var audit = Assert.Single(await _warehouse.RowsAsync(QuantumAssetKeys.ProcessingMetadata, Day));
        Assert.Contains(missingField, (string)audit["source_data_info"]!);
        Assert.Contains("\"path\":\"basis_set\"", (string)audit["source_data_info"]!);
    }

    [Fact]
    public async Task A_failing_raw_check_made_blocking_stops_the_base_tables_before_anything_is_committed()
    {
        Write("900-1795046400000000001.json", "{");
        var specs = QuantumAssets.CreateSpecs(new DateOnly(2026, 11, 18)).Select(spec => spec.Key == QuantumAssetKeys.RawVqeResults
            ? spec with { Checks = spec.Checks.Select(c => c with { Blocking = true }).ToList() }
            : spec);
        var materializer = new QuantumMaterializer(
            Assets.Graph.AssetGraph.Build(specs), _warehouse.Raw, _warehouse.Warehouse, _warehouse.Log, new MaterializerOptions(), TimeProvider.System);

        var results = await materializer.MaterializeAsync([QuantumAssetKeys.VqeResults, QuantumAssetKeys.Molecules], [Day], null, CancellationToken.None);

        Assert.True(Assert.Single(results, r => r.Asset == QuantumAssetKeys.RawVqeResults).FailsRun);
        Assert.All(results.Where(r => r.Asset != QuantumAssetKeys.RawVqeResults), r =>
        {
            Assert.Equal(StepStatus.Blocked, r.Status);
            Assert.Contains("raw_files_valid", r.Error);
        });
        Assert.Null(await _warehouse.Warehouse.TryLoadAsync(QuantumAssetKeys.ProcessingMetadata, CancellationToken.None) is { } t ? t.Metadata.CurrentSnapshotId : null);
    }

    public void Dispose() => _warehouse.Dispose();
}
