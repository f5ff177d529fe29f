using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Orchestration.Scheduling;
using Lineage.Workbench.Tests.Storage;
using Quartz;

namespace Lineage.Workbench.Tests.Orchestration.Automation;

public sealed class EagerAutomationTests
{
    private const string Day = "2026-11-19";

    private static ScriptedStepExecutor Succeeding() => new((work, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(work)));

    private static Dictionary<string, string?> Settings(bool automation = true) => new()
    {
        ["Lineage:Schedules:quantum_feature_processing:Enabled"] = "false",
        ["Lineage:Schedules:raw_observation:Enabled"] = "false",
        ["Lineage:Automation:Enabled"] = automation ? "true" : "false",
    };

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_base_table_run_is_followed_by_an_automation_run_of_the_two_ML_tables_for_its_day(string engine)
    {
        await using var host = await EngineHost.StartAsync(engine, Succeeding(), Settings());
        var launch = await host.LaunchAsync("group:base_features", Day);
        await host.WaitForRunAsync(launch.RunId!.Value);

        var automation = await WaitForAutomationRunAsync(host);
        var detail = await host.WaitForRunAsync(automation.Id);

        Assert.Equal($"automation after run {launch.RunId}", automation.LaunchedBy);
        Assert.Equal([Day], automation.Partitions);
        Assert.Equal("succeeded", detail.Run.Status);
        Assert.Equal(
            ["quantum_features/ml_iteration_features", "quantum_features/ml_run_summary"],
            detail.Steps.Select(s => s.Asset).Order());
        Assert.All(detail.Steps, s => Assert.Equal(Day, s.Partition));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_run_that_included_the_ML_tables_launches_nothing(string engine)
    {
        await using var host = await EngineHost.StartAsync(engine, Succeeding(), Settings());
        var whole = await host.LaunchAsync("*", Day);
        await WaitUntilHandledAsync(host, whole.RunId!.Value);
        // A later base-only run does bring an automation run: it shows automation was listening, and it is the only one.
        var baseOnly = await host.LaunchAsync("group:base_features", "2026-11-20");
        await host.WaitForRunAsync(baseOnly.RunId!.Value);

        var automation = await WaitForAutomationRunAsync(host);

        Assert.Equal($"automation after run {baseOnly.RunId}", automation.LaunchedBy);
        Assert.Single(await AutomationRunsAsync(host));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task With_automation_disabled_a_base_table_run_launches_nothing(string engine)
    {
        await using var host = await EngineHost.StartAsync(engine, Succeeding(), Settings(automation: false));
        var launch = await host.LaunchAsync("group:base_features", Day);

        await WaitUntilHandledAsync(host, launch.RunId!.Value);

        Assert.Empty(await AutomationRunsAsync(host));
        Assert.Single(await host.Service<RunQueries>().ListAsync(new RunFilter(), CancellationToken.None));
    }

    private static Task<IReadOnlyList<RunView>> AutomationRunsAsync(EngineHost host) =>
        host.Service<RunQueries>().ListAsync(new RunFilter(Trigger: "automation"), CancellationToken.None);

    private static async Task<RunView> WaitForAutomationRunAsync(EngineHost host)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if ((await AutomationRunsAsync(host)).LastOrDefault() is { } run)
                return run;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("no automation run appeared in 90 s");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Waits for the run to finish and for the step job that finished it to return: the run's observers are called inside
    /// that job, so once no job of the run executes, automation has had its say.
    /// </summary>
    private static async Task WaitUntilHandledAsync(EngineHost host, long runId)
    {
        await host.WaitForRunAsync(runId);
        var scheduler = await host.Service<SchedulerProvider>().GetSchedulerAsync();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await scheduler.QueryFireInstances(new FireInstanceQuery(), CancellationToken.None)).Items.Any(f => f.TriggerKey.Group == $"run-{runId}"))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"the jobs of run {runId} were still executing after 90 s");
            await Task.Delay(50);
        }
    }
}
