using Lineage.Assets.Keys;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Health;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Tests.Storage;

namespace Lineage.Workbench.Tests.Orchestration;

public sealed class PartitionHealthFromRunsTests
{
    private const string Day = "2026-11-19";

    private static async Task<AssetPartitionHealth> HealthOfAsync(EngineHost host, string asset)
    {
        var key = host.Service<AssetCatalog>().Graph.Resolve(asset).Key;
        return (await host.Service<PartitionStatusService>().GetAsync([key], [Day], CancellationToken.None)).Single();
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_partition_a_run_is_working_on_is_running_and_one_whose_last_attempt_failed_is_failed(string engine)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = new ScriptedStepExecutor(async (work, _) =>
        {
            started.TrySetResult();
            await gate.Task;
            return ScriptedStepExecutor.Failed(work, "out of memory");
        });
        await using var host = await EngineHost.StartAsync(engine, executor, new Dictionary<string, string?> { ["Lineage:Jobs:Policies:*:Retries"] = "0" });
        var launch = await host.LaunchAsync("ml_run_summary", Day);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var running = await HealthOfAsync(host, "ml_run_summary");
        Assert.Equal(PartitionHealth.Running, running.Health);
        Assert.Equal([$"running in run {launch.RunId}"], running.Reasons);

        gate.SetResult();
        await host.WaitForRunAsync(launch.RunId!.Value);
        var failed = await HealthOfAsync(host, "ml_run_summary");
        Assert.Equal(PartitionHealth.Failed, failed.Health);
        Assert.Equal($"last attempt failed in run {launch.RunId}: out of memory", failed.Reasons[0]);
        Assert.Contains("never materialized", failed.Reasons);
        Assert.Contains(StaleSteps.Plan(host.Service<AssetCatalog>().Graph, [failed]), p => p.Assets.Contains(failed.Asset));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Materialize_stale_launches_exactly_the_missing_steps_and_nothing_once_they_are_fresh(string engine)
    {
        await using var host = await EngineHost.StartAsync(engine);
        var first = await host.Service<RunLauncher>().LaunchAsync(
            new LaunchRequest("+ml_iteration_features", [DateOnly.Parse(Day)], StaleOnly: true), CancellationToken.None);
        var run = await host.WaitForRunAsync(first.RunId!.Value);
        Assert.Equal("succeeded", run.Run.Status);
        Assert.DoesNotContain(run.Steps, s => s.Asset == "raw_vqe_results");

        var second = await host.Service<RunLauncher>().LaunchAsync(
            new LaunchRequest("+ml_run_summary", [DateOnly.Parse(Day)], StaleOnly: true), CancellationToken.None);
        var summaryOnly = await host.WaitForRunAsync(second.RunId!.Value);
        Assert.Equal(["ml_run_summary"], summaryOnly.Steps.Select(s => new AssetKey(s.Asset).Name));

        var third = await host.Service<RunLauncher>().LaunchAsync(
            new LaunchRequest("+ml_run_summary", [DateOnly.Parse(Day)], StaleOnly: true), CancellationToken.None);
        Assert.Null(third.RunId);
        Assert.Equal(0, third.Steps);
    }
}
