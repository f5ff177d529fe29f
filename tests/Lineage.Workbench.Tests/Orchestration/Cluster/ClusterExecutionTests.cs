using System.Text.Json;
using Lineage.Workbench.Cli;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Orchestration.Cluster;

/// <summary>Several <c>lineage worker</c> processes share the runs queued in one PostgreSQL catalog.</summary>
public sealed class ClusterExecutionTests
{
    private static readonly DateOnly Start = new(2026, 10, 1);

    [Fact]
    public async Task Two_workers_share_a_run_over_30_partitions_and_run_every_step_exactly_once()
    {
        using var raw = await GeneratedRaw.CreateAsync(Start, days: 30, files: 60);
        await using var cluster = await WorkerCluster.StartAsync(raw.Folder, "worker-a", "worker-b");
        var runId = await cluster.LaunchAsync("*", raw.Days);

        var run = await cluster.WaitForRunAsync(runId, TimeSpan.FromMinutes(4));

        Assert.True(run.Run.Status == "succeeded", $"run {run.Run.Status}: {run.Run.Error}\n{cluster.WorkerOutput()}");
        Assert.Equal(12 * 30, run.Steps.Count);
        Assert.All(run.Steps, s => Assert.Equal(("succeeded", 1), (s.Status, s.Attempt)));
        Assert.Equal(["worker-a", "worker-b"], run.Steps.Select(s => s.Node).Distinct().Order());
        await using var db = await cluster.OpenDatabaseAsync();
        var materialized = await db.Materializations.Where(m => m.RunId == runId).Select(m => new { m.AssetKey, m.Partition }).ToListAsync();
        var perAssetPartition = materialized.CountBy(m => (m.AssetKey, m.Partition)).ToList();
        Assert.Equal(11 * 30, perAssetPartition.Count);
        Assert.All(perAssetPartition, m => Assert.Equal(1, m.Value));
    }

    [Fact]
    public async Task A_step_whose_worker_is_killed_mid_step_is_finished_by_the_other_worker_with_one_copy_of_its_rows()
    {
        // Enough raw files for the base unit to run for seconds: long enough to kill its worker mid-step.
        using var raw = await GeneratedRaw.CreateAsync(Start, days: 1, files: 800);
        await using var cluster = await WorkerCluster.StartAsync(raw.Folder, "worker-a", "worker-b");
        var runId = await cluster.LaunchAsync("*", raw.Days);
        var started = await cluster.WaitForRunAsync(runId, TimeSpan.FromSeconds(60),
            d => d.Steps.Any(s => s.Status == "running") || d.Run.Status is "succeeded" or "failed");
        var victim = started.Steps.FirstOrDefault(s => s.Status == "running")
            ?? throw new InvalidOperationException($"no step was seen running; the run is {started.Run.Status}");

        cluster.Worker(victim.Node!).Kill();
        var survivor = cluster.Workers.Single(w => w.Node != victim.Node).Node;
        await using (var db = await cluster.OpenDatabaseAsync())
        {
            var atKill = await db.RunSteps.AsNoTracking().SingleAsync(s => s.Id == victim.Id);
            Assert.True(atKill.Status == StepStatus.Running, $"{victim.Unit} was {atKill.Status} when its worker died: the kill came too late to test recovery");
        }

        var run = await cluster.WaitForRunAsync(runId, TimeSpan.FromMinutes(3));

        Assert.True(run.Run.Status == "succeeded", $"run {run.Run.Status}: {run.Run.Error}\n{cluster.WorkerOutput()}");
        var recovered = run.Steps.Where(s => s.Unit == victim.Unit).ToList();
        Assert.All(recovered, s => Assert.Equal(("succeeded", 2, survivor), (s.Status, s.Attempt, s.Node)));
        await AssertOneCopyPerTableAsync(cluster, runId, run.Steps.Where(s => s.SnapshotId is not null).ToList());
    }

    /// <summary>
    /// Each table holds only the run's partition: its current snapshot's total records equal the rows of the step that
    /// succeeded, and the latest materialization recorded that snapshot (an attempt that died after a commit was replaced).
    /// </summary>
    private static async Task AssertOneCopyPerTableAsync(WorkerCluster cluster, long runId, IReadOnlyList<RunStepView> steps)
    {
        Assert.Equal(11, steps.Count);
        await using var db = await cluster.OpenDatabaseAsync();
        var materializations = await db.Materializations.AsNoTracking().Where(m => m.RunId == runId).ToListAsync();
        foreach (var step in steps)
        {
            Assert.Equal(step.Rows, await CurrentTotalRecordsAsync(cluster.Warehouse, step.Asset));
            var latest = materializations.Where(m => m.AssetKey == step.Asset && m.Partition == step.Partition).MaxBy(m => m.Id);
            Assert.NotNull(latest);
            Assert.Equal((step.SnapshotId, step.Rows), (latest.SnapshotId, latest.Rows));
        }
    }

    private static async Task<long> CurrentTotalRecordsAsync(string warehouse, string asset)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Lineage:Warehouse"] = warehouse }).Build();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(["iceberg", "snapshots", asset, "--json"], output, error, configuration);
        Assert.True(code == 0, error.ToString());
        var current = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("snapshots").EnumerateArray()
            .Single(s => s.GetProperty("current").GetBoolean());
        return long.Parse(current.GetProperty("summary").GetProperty("total-records").GetString()!);
    }
}
