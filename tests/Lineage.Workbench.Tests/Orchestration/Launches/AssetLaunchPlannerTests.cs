using Lineage.Assets.Quantum;
using Lineage.Workbench.Orchestration.Backfills;
using Lineage.Workbench.Orchestration.Launches;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Tests.Orchestration.Launches;

/// <summary>What the Partitions tab of an asset page plans and launches.</summary>
public sealed class AssetLaunchPlannerTests
{
    private static readonly DateOnly Nov19 = new(2026, 11, 19);
    private static readonly DateOnly Nov21 = new(2026, 11, 21);
    private static readonly CancellationToken None = CancellationToken.None;

    private static AssetLaunchPlanner Planner(EngineHost host) =>
        new(host.Service<RunPlanner>(), host.Service<RunLauncher>(), host.Service<BackfillService>());

    private static Task<EngineHost> StartAsync() =>
        EngineHost.StartAsync("sqlite", new ScriptedStepExecutor((work, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(work))));

    [Fact]
    public async Task Materialize_plans_the_asset_alone_on_each_selected_date()
    {
        await using var host = await StartAsync();

        var plan = await Planner(host).PlanAsync(QuantumAssetKeys.Molecules, AssetLaunchKind.Materialize, [Nov21, Nov19], None);

        Assert.Equal("quantum_features/molecules", plan.Selection);
        Assert.Equal(["quantum_features/molecules@2026-11-19", "quantum_features/molecules@2026-11-21"],
            plan.Steps.Select(s => LaunchRequest.StepKey(s.Asset.Value, s.Partition)));
    }

    [Fact]
    public async Task Materialize_with_upstream_plans_the_upstream_assets_first()
    {
        await using var host = await StartAsync();

        var plan = await Planner(host).PlanAsync(QuantumAssetKeys.Molecules, AssetLaunchKind.MaterializeWithUpstream, [Nov19], None);

        Assert.Equal("+quantum_features/molecules", plan.Selection);
        Assert.Equal(QuantumAssetKeys.RawVqeResults, plan.Steps[0].Asset);
        Assert.Equal(QuantumAssetKeys.Molecules, plan.Steps[^1].Asset);
    }

    [Fact]
    public async Task A_backfill_covers_every_day_between_the_first_and_last_selected_date()
    {
        await using var host = await StartAsync();

        var plan = await Planner(host).PlanAsync(QuantumAssetKeys.Molecules, AssetLaunchKind.Backfill, [Nov19, Nov21], None);

        Assert.Equal([Nov19, Nov19.AddDays(1), Nov21], plan.Dates);
        Assert.Equal(3, plan.Steps.Count);
    }

    [Fact]
    public async Task A_confirmed_stale_plan_launches_exactly_its_steps()
    {
        await using var host = await StartAsync();
        var planner = Planner(host);
        var plan = await planner.PlanAsync(QuantumAssetKeys.Molecules, AssetLaunchKind.MaterializeStale, [Nov19], None);

        var outcome = await planner.LaunchAsync(plan, "ada", None);

        Assert.True(plan.StaleOnly);
        Assert.NotEmpty(plan.Steps);
        var run = await host.WaitForRunAsync(outcome.RunId!.Value);
        Assert.Equal(plan.Steps.Select(s => (s.Asset.Value, s.Partition)).Order(), run.Steps.Select(s => (s.Asset, s.Partition)).Order());
        Assert.Equal("ada", run.Run.LaunchedBy);
    }

    [Fact]
    public async Task A_launched_backfill_names_its_backfill_and_run()
    {
        await using var host = await StartAsync();
        var planner = Planner(host);
        var plan = await planner.PlanAsync(QuantumAssetKeys.Molecules, AssetLaunchKind.Backfill, [Nov19, Nov21], None);

        var outcome = await planner.LaunchAsync(plan, "ada", None);

        Assert.NotNull(outcome.BackfillId);
        Assert.Equal(3, outcome.Steps);
        await host.WaitForRunAsync(outcome.RunId!.Value);
    }

    [Fact]
    public async Task Nothing_selected_is_refused()
    {
        await using var host = await StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Planner(host).PlanAsync(QuantumAssetKeys.Molecules, AssetLaunchKind.Materialize, [], None));
    }
}
