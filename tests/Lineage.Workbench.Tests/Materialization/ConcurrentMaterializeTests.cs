using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Materialization;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Tests.Materialization;

/// <summary>Two <c>lineage materialize</c> processes on one partition at once: they commit one after the other, and the catalog's latest is what each table holds.</summary>
public sealed class ConcurrentMaterializeTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public async Task Two_processes_materializing_one_partition_take_turns_and_the_catalog_names_the_snapshot_each_table_holds()
    {
        using var workspace = await MaterializeWorkspace.WithRawAsync(Day, files: 8, seed: 11);
        // The test holds the partition's base group, so both processes are up and waiting before either commits;
        // released, they race for it and the loser waits for the winner.
        var now = DateTimeOffset.UtcNow;
        var holder = new BatchIntent("test-holder", QuantumMaterializer.BaseGroup, workspace.Partition, [], BatchOwner.Current, now, now);
        Assert.Null(await workspace.Log.BeginBatchAsync(holder, CancellationToken.None));
        var waiting = new[] { Waiter(), Waiter() };
        string[] args = ["materialize", "--select", "*", "--partition", workspace.Partition];
        var children = waiting.Select(w => workspace.RunChildAsync(new Dictionary<string, string>(), args, line =>
        {
            if (line.Contains("waits for batch test-holder", StringComparison.Ordinal))
                w.TrySetResult();
        })).ToList();
        var bothWait = Task.WhenAll(waiting.Select(w => w.Task));
        Assert.True(await Task.WhenAny(bothWait, Task.WhenAll(children), Task.Delay(TimeSpan.FromMinutes(1))) == bothWait, "the two processes did not both wait for the held partition");

        await workspace.Log.EndBatchAsync(holder, BatchEnd.Completed, DateTimeOffset.UtcNow, CancellationToken.None);
        var runs = await Task.WhenAll(children);

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Output));
        var batches = await BaseBatchesAsync(workspace);
        Assert.Equal(2, batches.Count);
        Assert.True(
            runs.Any(r => batches.Any(b => r.Output.Contains($"waits for batch {b} (base)", StringComparison.Ordinal))),
            "neither process waited for the other's batch:\n" + string.Join("\n---\n", runs.Select(r => r.Output)));
        Assert.Empty(await workspace.Log.UnfinishedBatchesAsync(null, CancellationToken.None));
        var held = new Dictionary<AssetKey, string>();
        foreach (var table in QuantumAssetKeys.All.Where(k => k != QuantumAssetKeys.RawVqeResults))
        {
            held[table] = await workspace.CurrentBatchAsync(table);
            var recorded = await workspace.Log.LatestMaterializationAsync(table, workspace.Partition, CancellationToken.None);
            Assert.True(recorded?.BatchId == held[table], $"the catalog's latest {table.Name} is batch {recorded?.BatchId}, the table holds {held[table]}");
        }
        Assert.Single(QuantumAssetKeys.BaseTables.Select(t => held[t]).Append(await workspace.CurrentBatchAsync(QuantumAssetKeys.ProcessingMetadata)).Distinct());
        Assert.All(await workspace.StatusLettersAsync(), s => Assert.True(s.Value == "F", $"{s.Key} is {s.Value}"));
    }

    private static TaskCompletionSource Waiter() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task<IReadOnlyList<string>> BaseBatchesAsync(MaterializeWorkspace workspace)
    {
        await using var db = await CatalogDbContextFactory.From(workspace.Configuration).OpenAsync(CancellationToken.None);
        return await db.Materializations.Where(m => m.AssetKey == QuantumAssetKeys.BaseTables[0].Value).Select(m => m.BatchId).Distinct().ToListAsync();
    }
}
