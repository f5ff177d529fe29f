using Lineage.Assets.Quantum;
using Lineage.Lakehouse.IO;
using Lineage.Materializers.Materialization;

namespace Lineage.Materializers.Tests.Materialization;

public sealed class CommitFailureTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    private readonly MetadataWriteFault _fault = new(new LocalFileIO());
    private readonly SampleWarehouse _warehouse;

    public CommitFailureTests() => _warehouse = new SampleWarehouse(warehouseIo: _fault);

    private async Task<Dictionary<string, long?>> CurrentSnapshotsAsync()
    {
        var snapshots = new Dictionary<string, long?>();
        foreach (var key in QuantumAssetKeys.BaseTables.Append(QuantumAssetKeys.ProcessingMetadata))
            snapshots[key.Value] = (await _warehouse.Warehouse.TryLoadAsync(key, CancellationToken.None))?.Metadata.CurrentSnapshotId;
        return snapshots;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(10)]
    public async Task A_crash_during_the_nth_table_commit_leaves_every_table_at_its_previous_snapshot(int failingCommit)
    {
        await _warehouse.MaterializeAsync("group:base_features", Day);
        var before = await CurrentSnapshotsAsync();
        var rowsBefore = await _warehouse.RowsAsync(QuantumAssetKeys.VqeIterations, Day);

        _fault.Arm(failingCommit);
        var results = await _warehouse.MaterializeAsync("group:base_features", Day);

        Assert.True(_fault.Fired);
        var failed = results.Where(r => r.Asset != QuantumAssetKeys.RawVqeResults).ToList();
        Assert.Equal(9, failed.Count);
        Assert.All(failed, r =>
        {
            Assert.Equal(StepStatus.Failed, r.Status);
            Assert.Contains("injected failure", r.Error);
            Assert.Contains("every table is back at its previous snapshot", r.Error);
        });
        Assert.Equal(before, await CurrentSnapshotsAsync());
        Assert.Equal(rowsBefore.Count, (await _warehouse.RowsAsync(QuantumAssetKeys.VqeIterations, Day)).Count);
        Assert.Single(await _warehouse.RowsAsync(QuantumAssetKeys.ProcessingMetadata, Day));
    }

    [Fact]
    public async Task After_a_failed_commit_the_next_run_succeeds_and_leaves_one_copy_of_the_partition()
    {
        await _warehouse.MaterializeAsync("group:base_features", Day);
        var expected = (await _warehouse.RowsAsync(QuantumAssetKeys.IterationParameters, Day)).Count;
        _fault.Arm(4);
        await _warehouse.MaterializeAsync("group:base_features", Day);
        _fault.Arm(0);

        var results = await _warehouse.MaterializeAsync("group:base_features", Day);

        Assert.All(results.Where(r => r.Asset != QuantumAssetKeys.RawVqeResults), r => Assert.Equal(StepStatus.Materialized, r.Status));
        Assert.Equal(expected, (await _warehouse.RowsAsync(QuantumAssetKeys.IterationParameters, Day)).Count);
        Assert.Equal(2, (await _warehouse.RowsAsync(QuantumAssetKeys.ProcessingMetadata, Day)).Count);
    }

    public void Dispose() => _warehouse.Dispose();
}
